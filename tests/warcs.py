"""WARC files written with warcio, as crawlers write them, for the tests."""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes]], gzip: bool = True) -> list[int]:
    """A WARC of a warcinfo record, then a request and a response for each (url, status, content type, body);
    returns each response's byte offset."""
    offsets = []
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "a test crawler"}))
        for url, status, content_type, body in responses:
            request = StatusAndHeaders(f"GET /{url.rsplit('/', 1)[-1]} HTTP/1.1", [("Host", "news.example.com")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            offsets.append(file.tell())
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http))
    return offsets
