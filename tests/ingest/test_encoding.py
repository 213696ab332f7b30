"""Bytes of any common encoding become text, noted with the encoding they were read in; only undecodable bytes fail."""

import gzip
import json
import re

import pytest

from newscorpus.errors import InputError
from newscorpus.ingest.encoding import decode_bytes
from newscorpus.ingest.raw import read_raw

STORY = "Fuel prices rise again\n\nPetrol now costs £1.52 a litre, up from £1.38 a year ago, the AA said on Tuesday.\n"
FRENCH = "Le président a déclaré mercredi que les négociations reprendraient à Genève après l'été.\n"


@pytest.mark.parametrize("data, text, encoding", [
    (STORY.encode("utf-8"), STORY, "utf-8"),
    (b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY, "utf-8"),
    (STORY.encode("utf-16"), STORY, "utf-16"),
    (STORY.encode("cp1252"), STORY, "cp1252"),  # byte 0xa3 is £ in Latin-1 and Windows-1252
    ("He said \u201cno\u201d \u2014 and left; the firm\u2019s shares fell.".encode("cp1252"),
     "He said \u201cno\u201d \u2014 and left; the firm\u2019s shares fell.", "cp1252"),
    (FRENCH.encode("cp1252"), FRENCH, "cp1252"),
    ("Президент заявил в среду, что переговоры возобновятся в Женеве после лета.".encode("cp1251"),
     "Президент заявил в среду, что переговоры возобновятся в Женеве после лета.", "cp1251"),
])
def test_text_is_read_in_the_encoding_it_was_written_in(data, text, encoding):
    decoded = decode_bytes(data, "raw/a.txt")
    assert (decoded.text.removeprefix("\ufeff"), decoded.encoding) == (text, encoding)


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8():
    data = "Ça coûte 3 €.".encode("iso8859-15")
    assert decode_bytes(data, "raw/a.txt", declared="ISO-8859-15").text == "Ça coûte 3 €."
    assert decode_bytes(data, "raw/a.txt", declared="latin1").encoding == "cp1252"  # as browsers read Latin-1


def test_a_charset_that_lies_gives_way_to_what_the_bytes_are():
    page = '<html><head><meta charset="utf-8"></head><body><p>Tickets cost £40.</p></body></html>'
    decoded = decode_bytes(page.encode("cp1252"), "raw/a.html", declared="utf-8")
    assert "£40" in decoded.text and decoded.encoding == "cp1252"
    assert decode_bytes(page.encode("cp1252"), "raw/a.html", declared="no-such-charset").encoding == "cp1252"


def test_utf8_wins_over_a_declared_legacy_charset():
    assert decode_bytes(STORY.encode("utf-8"), "raw/a.html", declared="windows-1251").text == STORY


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"Headline\x00\x00body", "binary file (contains NUL bytes)"),
    (b"Headline\x1b[31m\n\nBody", "control character U+001B"),
    (bytes(range(0x80, 0x100)) * 3, "undecodable: not UTF-8, not in its declared charset, and no text encoding"),
    ("Headline\n\nBody ends mid-character \u2014".encode()[:-1], "truncated: the file ends inside a UTF-8 character"),
])
def test_bytes_that_are_not_text_are_rejected_with_the_reason(data, message):
    with pytest.raises(InputError, match=re.escape(message)) as error:
        decode_bytes(data, "raw/bad.txt")
    assert error.value.path == "raw/bad.txt"


def test_a_latin1_file_keeps_its_pound_sign_and_says_how_it_was_read(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "fuel.txt").write_bytes(STORY.encode("latin-1"))
    raw = read_raw(tmp_path / "raw" / "fuel.txt", tmp_path)
    assert "£1.52" in raw.text and raw.encoding == "cp1252"


def test_a_sidecar_can_name_the_encoding(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_bytes("Головна новина\n\nТекст статті.".encode("koi8-u"))
    (tmp_path / "raw" / "a.txt.meta.json").write_text(json.dumps({"encoding": "koi8-u"}))
    raw = read_raw(tmp_path / "raw" / "a.txt", tmp_path)
    assert raw.text.startswith("Головна новина") and raw.encoding == "koi8-u"
    (tmp_path / "raw" / "a.txt.meta.json").write_text(json.dumps({"encoding": "klingon-8"}))
    with pytest.raises(InputError, match="encoding: 'klingon-8' is not a character encoding"):
        read_raw(tmp_path / "raw" / "a.txt", tmp_path)


def test_gzipped_pages_are_read_and_a_truncated_one_is_named(tmp_path):
    (tmp_path / "raw").mkdir()
    page = '<html><head><meta charset="windows-1252"></head><body><p>Tickets cost £40.</p></body></html>'
    (tmp_path / "raw" / "a.html.gz").write_bytes(gzip.compress(page.encode("cp1252")))
    raw = read_raw(tmp_path / "raw" / "a.html.gz", tmp_path)
    assert raw.html and raw.text == page and raw.encoding == "cp1252"
    (tmp_path / "raw" / "b.html.gz").write_bytes(gzip.compress(page.encode("cp1252"))[:-12])
    with pytest.raises(InputError, match="truncated gzip") as error:
        read_raw(tmp_path / "raw" / "b.html.gz", tmp_path)
    assert error.value.path == "raw/b.html.gz"


@pytest.mark.parametrize("control", [*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
def test_every_control_character_in_utf8_text_is_found_at_its_character_position(control):
    data = f"Caf\u00e9 \u2014 {chr(control)} menu".encode()  # two- and three-byte characters before it (NUL: binary)
    with pytest.raises(InputError, match=re.escape(f"control character U+{control:04X} at 7")):
        decode_bytes(data, "raw/bad.txt")


def test_tabs_and_line_ends_are_text():
    assert decode_bytes("Caf\u00e9\tmenu\r\n\nprices\u2014".encode(), "raw/a.txt").text == "Caf\u00e9\tmenu\r\n\nprices\u2014"
