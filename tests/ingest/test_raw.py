import json

import pytest

from newscorpus.errors import InputError
from newscorpus.ingest.raw import read_raw


def write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def problem(tmp_path, name, data: bytes) -> str:
    with pytest.raises(InputError) as error:
        read_raw(write(tmp_path, name, data), tmp_path)
    assert error.value.path == name
    return error.value.problem


def test_reads_utf8_with_path_relative_to_the_corpus_and_its_hash(tmp_path):
    raw = read_raw(write(tmp_path, "raw/a.txt", "Headline\n\nBody – “quoted”.\n".encode()), tmp_path)
    assert raw.path == "raw/a.txt"
    assert raw.text.startswith("Headline")
    assert len(raw.sha256) == 64 and raw.meta == {}


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    (bytes(range(0x80, 0x100)) * 3, "undecodable"),
    ("Headline\n\nBody ends mid-char \u2014".encode()[:-1], "truncated"),
    (b"Headline\x07\n\nBody", "control character U+0007"),
    (b"<!DOCTYPE html><html><body><p>News</p></body></html>", "HTML markup in a text file"),
])
def test_bad_bytes_are_named(tmp_path, data, message):
    assert message in problem(tmp_path, "raw/bad.txt", data)


def test_sidecar_gives_metadata(tmp_path):
    path = write(tmp_path, "raw/a.txt", b"Headline\n\nBody.")
    meta = {"outlet": "News Line", "url": "https://example.org/a", "published": "2019-05-03"}
    write(tmp_path, "raw/a.txt.meta.json", json.dumps(meta).encode())
    assert read_raw(path, tmp_path).meta == meta


@pytest.mark.parametrize("sidecar, message", [
    (b"{not json", "not valid UTF-8 JSON"),
    (b"[]", "must be a JSON object"),
    (b'{"author": "x"}', "unknown fields ['author']"),
    (b'{"published": "3 May 2019"}', "not an ISO date"),
    (b'{"url": 5}', "url: must be a non-empty string"),
])
def test_bad_sidecar_is_named(tmp_path, sidecar, message):
    path = write(tmp_path, "raw/a.txt", b"Headline\n\nBody.")
    write(tmp_path, "raw/a.txt.meta.json", sidecar)
    with pytest.raises(InputError) as error:
        read_raw(path, tmp_path)
    assert error.value.path == "raw/a.txt.meta.json"
    assert message in error.value.problem


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "raw" / "huge.txt"
    path.parent.mkdir()
    with path.open("wb") as f:
        f.truncate(50 * 2**20)
    with pytest.raises(InputError, match="50.0 MiB is too large"):
        read_raw(path, tmp_path)
