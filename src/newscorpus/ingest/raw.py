"""Raw inputs as received: bytes checked and decoded, plus an optional sidecar of metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 10 * 2**20  # far beyond any article; a larger file is not one
SIDECAR_SUFFIX = ".meta.json"
DEFAULTS = "defaults.json"  # a folder's metadata for the inputs below it
SIDECAR_FIELDS = {"outlet", "url", "published", "language"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"\A\s*<(?:!doctype\s+html|html|head|body|div|p)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Rejected:
    """An input that did not become a record, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class RawDocument:
    """One article as received. `path` is relative to the corpus folder, POSIX style."""

    path: str
    text: str
    sha256: str
    meta: dict = field(default_factory=dict)


def read_raw(path: Path, root: Path, defaults: dict | None = None) -> RawDocument:
    """Read and check one raw file and its sidecar, whose fields override `defaults`; `InputError` says what is
    wrong with it."""
    name = path.absolute().relative_to(root.absolute()).as_posix() if path.absolute().is_relative_to(
        root.absolute()) else path.as_posix()
    check_inside(path, root, name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(name, f"{size / 2**20:.1f} MiB is too large for an article (limit {MAX_BYTES // 2**20} MiB)")
    data = path.read_bytes()
    meta = {**(defaults or {}), **read_sidecar(path, name, root)}
    return RawDocument(name, decode(name, data), hashlib.sha256(data).hexdigest(), meta)


def check_inside(path: Path, root: Path, name: str) -> None:
    """An `InputError` if `path`, once links are followed, is not inside the corpus folder `root`."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise InputError(name, f"leads to {path.resolve()}, outside the corpus folder: "
                               "inputs (and their sidecars) must be files inside it, not links out of it")


def decode(name: str, data: bytes) -> str:
    """UTF-8 page text, or an `InputError` for empty, binary, mis-encoded or markup input."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data":
            raise InputError(name, f"truncated: the file ends inside a UTF-8 character at byte {e.start}") from None
        raise InputError(name, f"not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start} "
                               "(Latin-1 or another legacy encoding? re-save as UTF-8)") from None
    if control := _CONTROL.search(text):
        raise InputError(name, f"binary data: control character U+{ord(control.group()):04X} at {control.start()}")
    if _MARKUP.match(text):
        raise InputError(name, "HTML markup, not page text: extract the article text first")
    return text


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
    if "published" in meta:
        try:
            dt.date.fromisoformat(meta["published"])
        except ValueError:
            raise InputError(where, f"published: {meta['published']!r} is not an ISO date (YYYY-MM-DD)") from None
    return meta
