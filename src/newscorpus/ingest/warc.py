"""WARC crawl files: each HTML response (HTTP 200) is one input, named by the WARC and the record's offset.

Other responses are skipped, and said so. A WARC cut short or damaged keeps every record before the damage; the
damage is a rejection naming the offset where the file breaks (found before reading, by walking the gzip members
of a `.warc.gz`, or the records' lengths in a plain `.warc`).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..errors import InputError
from .encoding import decode_bytes, meta_charset
from .raw import MAX_BYTES, RawDocument, Skipped

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 2**20
_PIECE = 2**16
_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def entries(path: Path, name: str, meta: dict) -> Iterator[tuple[int, Callable[[], RawDocument | Skipped]]]:
    """(offset, read) for each response record of the WARC before any damage, then, if it is damaged, one whose
    read raises the `InputError` saying where. `read` must be called before the next entry is taken, or never;
    `meta` are the records' metadata defaults (each record's URL is its own)."""
    broken, position = damaged_at(path), 0
    with path.open("rb") as file:
        records = ArchiveIterator(file, record_types=WarcRecordType.response, parse_http=True)
        while broken != 0:
            try:
                record = next(records)
            except StopIteration:
                break
            except OSError:  # damage the walk before reading did not see: at the record after the last read
                broken = position
                break
            if broken is not None and record.stream_pos >= broken:
                break
            position = record.stream_pos + 1
            yield record.stream_pos, lambda record=record: _input(record, name, meta)
    if broken is not None:
        where = f"{name}#offset={broken}"
        yield broken, lambda: _fail(where, f"truncated or damaged WARC: it breaks at byte offset {broken}; "
                                           "the records before it were read")


def _input(record, name: str, meta: dict) -> RawDocument | Skipped:
    where = f"{name}#offset={record.stream_pos}"
    http = record.http_headers
    if http is None or http.status_code != 200:
        return Skipped(where, "WARC response not HTTP 200")
    if (record.http_content_type or "").lower() not in HTML_TYPES:
        return Skipped(where, "WARC response not HTML")
    if record.content_length > MAX_BYTES:
        raise InputError(where, f"{record.content_length / 2**20:.1f} MiB is too large for an article page")
    body = record.reader.read()
    if len(body) < record.content_length:
        raise InputError(where, f"truncated WARC record: {len(body)} of {record.content_length} bytes")
    decoded = decode_bytes(body, where, meta.get("encoding") or record.http_charset or meta_charset(body))
    url = record.headers.get("WARC-Target-URI")
    own = {"url": url} if url else {}
    return RawDocument(where, decoded.text, hashlib.sha256(body).hexdigest(), {**meta, **own}, True,
                       decoded.encoding, frozenset(meta) - frozenset(own), len(body))


def damaged_at(path: Path) -> int | None:
    """The byte offset of the first record (gzip member, for a `.warc.gz`) that the file does not hold whole."""
    return _gzip_damage(path) if path.name.lower().endswith(".gz") else _plain_damage(path)


def _gzip_damage(path: Path) -> int | None:
    start = position = 0  # where the current member starts; bytes read so far
    member = zlib.decompressobj(31)
    with path.open("rb") as file:
        while piece := file.read(_PIECE):
            while piece:
                try:
                    member.decompress(piece)  # output dropped: a piece inflates to 64 MiB at most
                except zlib.error:
                    return start
                if not member.eof:
                    position += len(piece)
                    break
                position += len(piece) - len(member.unused_data)
                piece, start = member.unused_data, position
                member = zlib.decompressobj(31)
    return start if position > start else None


def _plain_damage(path: Path) -> int | None:
    size = path.stat().st_size
    offset = 0
    with path.open("rb") as file:
        while offset < size:
            file.seek(offset)
            head = file.read(min(_CHUNK, size - offset))
            skipped = len(head) - len(head.lstrip(b"\r\n"))
            if skipped == len(head):
                return None
            end = head.find(b"\r\n\r\n", skipped)
            length = _LENGTH.search(head, skipped, end) if end >= 0 else None
            if not head.startswith(b"WARC/", skipped) or length is None:
                return offset + skipped
            after = offset + end + 4 + int(length[1])
            if after > size:
                return offset + skipped
            offset = after
    return None


def _fail(where: str, problem: str):
    raise InputError(where, problem)
