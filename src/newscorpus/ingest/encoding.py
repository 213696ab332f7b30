"""Bytes to text: UTF-8 first, then the charset the input declares, then detection; only undecodable bytes fail."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the same characters as UTF-8 bytes: there each is its own byte, which no other character's bytes include
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*(?P<charset>[\w.:-]+)", re.IGNORECASE)
META_SNIFF_BYTES = 4096  # where a page declares its charset, if it does
LATIN_SHARE = 0.2  # at most this share of non-ASCII bytes: Latin-script prose in a Windows-1252 family encoding
# WHATWG: browsers read pages labelled Latin-1 or ASCII as Windows-1252, which they are in practice
_AS_WINDOWS_1252 = {"iso8859-1", "ascii", "cp1252"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name: utf-8, cp1252, iso8859-1, cp1251...


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """The text of `data`, read as UTF-8 (with or without a BOM) if it is, else in the `declared` charset (an HTTP
    header's, a page's meta charset, a sidecar's) if that reads it, else in the detected encoding. `InputError`
    naming `name` for empty, binary or undecodable bytes."""
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(name, Decoded(data.decode("utf-16"), "utf-16"))
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    try:
        decoded = Decoded(data.decode("utf-8-sig"), "utf-8")
        # the bytes are searched (in C, a sixth of the regex's time over the text) and the text only if one is found
        return decoded if len(data.translate(None, _CONTROL_BYTES)) == len(data) else _checked(name, decoded)
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and _utf8_before(data, e.start):
            raise InputError(name, f"truncated: the file ends inside a UTF-8 character at byte {e.start}") from None
    for encoding in filter(None, (_codec(declared), _codec(meta_charset(data)), *_guesses(data))):
        try:
            return _checked(name, Decoded(data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    raise InputError(name, "undecodable: not UTF-8, not in its declared charset, and no text encoding reads it")


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` near its start, if any."""
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    return match["charset"].decode("ascii", "replace") if match else None


def known_encoding(label: str) -> bool:
    return _codec(label) is not None


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label (Latin-1 and ASCII read as Windows-1252), or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def _guesses(data: bytes) -> list[str]:
    """Windows-1252 for mostly-ASCII bytes (English with a £ or an é; detection takes those for Central European
    code pages), else what charset-normalizer detects; Latin-1 last, as it reads any bytes."""
    high = sum(byte >= 0x80 for byte in data)
    if high <= LATIN_SHARE * len(data.strip()):
        return ["cp1252", "iso8859-1"]
    best = from_bytes(data).best()
    return [*([best.encoding] if best else []), "cp1252"]


def _utf8_before(data: bytes, end: int) -> bool:
    """Whether `data` up to `end` is UTF-8: then the broken character at its end is a cut."""
    try:
        data[:end].decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _checked(name: str, decoded: Decoded) -> Decoded:
    if control := _CONTROL.search(decoded.text):
        raise InputError(name, f"binary data: control character U+{ord(control.group()):04X} at "
                               f"{control.start()}")
    return decoded
