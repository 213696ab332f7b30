"""Raw inputs as received: bytes checked and decoded, plus an optional sidecar of metadata."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .encoding import decode_bytes, known_encoding, meta_charset

MAX_BYTES = 10 * 2**20  # far beyond any article; a larger file is not one
SIDECAR_SUFFIX = ".meta.json"
DEFAULTS = "defaults.json"  # a folder's metadata for the inputs below it
SIDECAR_FIELDS = {"outlet", "url", "published", "language", "license", "encoding"}
HTML_SUFFIXES = (".html", ".htm")  # page files read as HTML, also gzipped (`.html.gz`)
_MARKUP = re.compile(r"\A\s*<(?:!doctype\s+html|html|head|body|div|p)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Rejected:
    """An input that did not become a record, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class Skipped:
    """Something read that is not an article input and is not meant to be (a WARC's image, its 404 page)."""

    path: str
    reason: str  # short, shared by all skipped for the same reason: "WARC record not HTML"


@dataclass(frozen=True)
class RawDocument:
    """One article as received. `path` is relative to the corpus folder, POSIX style."""

    path: str
    text: str
    sha256: str
    meta: dict = field(default_factory=dict)
    html: bool = False  # `text` is an HTML page, whose article the `html_article_v1` layout extracts
    encoding: str = "utf-8"  # what the input's bytes were decoded from
    defaulted: frozenset[str] = frozenset()  # fields of `meta` that are defaults, which a page's own metadata overrides
    size: int = 0  # bytes of input read, for progress


def read_raw(path: Path, root: Path, defaults: dict | None = None) -> RawDocument:
    """Read and check one raw file (gzipped if its name ends in `.gz`; HTML if `.html` or `.htm`) and its sidecar,
    whose fields override `defaults`; `InputError` says what is wrong with it."""
    name = path.absolute().relative_to(root.absolute()).as_posix() if path.absolute().is_relative_to(
        root.absolute()) else path.as_posix()
    check_inside(path, root, name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(name, f"{size / 2**20:.1f} MiB is too large for an article (limit {MAX_BYTES // 2**20} MiB)")
    data = path.read_bytes()
    sidecar = read_sidecar(path, name, root)
    meta = {**(defaults or {}), **sidecar}
    content = gunzip(name, data) if path.suffix == ".gz" else data
    html = path.name.removesuffix(".gz").lower().endswith(HTML_SUFFIXES)
    decoded = decode_bytes(content, name, meta.get("encoding") or (meta_charset(content) if html else None))
    if not html:
        check_not_markup(name, decoded.text)
    return RawDocument(name, decoded.text, hashlib.sha256(data).hexdigest(), meta, html, decoded.encoding,
                       frozenset(meta) - frozenset(sidecar), size)


def gunzip(name: str, data: bytes) -> bytes:
    """The content of a gzipped file; `InputError` if it is cut short, damaged or too large."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as file:
            content = file.read(MAX_BYTES + 1)
    except EOFError:
        raise InputError(name, "truncated gzip: the file ends before the compressed data does") from None
    except (OSError, zlib.error) as e:
        raise InputError(name, f"damaged gzip: {e}") from None
    if len(content) > MAX_BYTES:
        raise InputError(name, f"more than {MAX_BYTES // 2**20} MiB once decompressed: too large for an article")
    return content


def check_inside(path: Path, root: Path, name: str) -> None:
    """An `InputError` if `path`, once links are followed, is not inside the corpus folder `root`."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise InputError(name, f"leads to {path.resolve()}, outside the corpus folder: "
                               "inputs (and their sidecars) must be files inside it, not links out of it")


def decode(name: str, data: bytes) -> str:
    """Page text, or an `InputError` for empty, binary, undecodable or markup input."""
    text = decode_bytes(data, name).text
    check_not_markup(name, text)
    return text


def check_not_markup(name: str, text: str) -> None:
    if _MARKUP.match(text):
        raise InputError(name, "HTML markup in a text file: name it .html (or .htm) to have its article extracted")


def read_sidecar(path: Path, name: str, root: Path) -> dict:
    """Metadata from `<file>.meta.json` next to the raw file: outlet, url, published, language."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    return read_metadata(sidecar, f"{name}{SIDECAR_SUFFIX}", root) if sidecar.exists() else {}


def read_defaults(folder: Path, root: Path) -> dict:
    """Metadata from `defaults.json` in a folder of inputs, for every input below it that does not say otherwise."""
    path = folder / DEFAULTS
    if not path.exists():
        return {}
    meta = read_metadata(path, path.relative_to(root).as_posix(), root)
    if "url" in meta:
        raise InputError(path.relative_to(root).as_posix(), "url: a folder's inputs cannot share one url")
    return meta


def read_metadata(path: Path, where: str, root: Path) -> dict:
    """A JSON object of metadata fields (a sidecar or a folder's defaults), checked; `InputError` names `where`."""
    check_inside(path, root, where)
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(where, f"not valid UTF-8 JSON: {e}") from None
    if not isinstance(meta, dict):
        raise InputError(where, "must be a JSON object")
    if unknown := sorted(set(meta) - SIDECAR_FIELDS):
        raise InputError(where, f"unknown fields {unknown}; known: {sorted(SIDECAR_FIELDS)}")
    for key, value in meta.items():
        if not isinstance(value, str) or not value.strip():
            raise InputError(where, f"{key}: must be a non-empty string")
    if "encoding" in meta and not known_encoding(meta["encoding"]):
        raise InputError(where, f"encoding: {meta['encoding']!r} is not a character encoding Python knows")
    if "published" in meta:
        try:
            dt.date.fromisoformat(meta["published"])
        except ValueError:
            raise InputError(where, f"published: {meta['published']!r} is not an ISO date (YYYY-MM-DD)") from None
    return meta
