"""Readers: where raw documents come from. Page files (text or HTML), JSON Lines or CSV collections of articles and
WARC crawls, streamed.

Every input gets a place `(file number, line)` in a stable order; `part=(rank, parts)` keeps every input whose
number in that order is `rank` modulo `parts`, reading (and for rows, parsing) only those. A WARC's records are
inputs as a collection's rows are, placed by their offset; the responses that are not HTML pages are `Skipped`.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from ..errors import InputError
from . import warc
from .raw import (
    DEFAULTS,
    MAX_BYTES,
    SIDECAR_SUFFIX,
    RawDocument,
    Rejected,
    Skipped,
    check_inside,
    read_defaults,
    read_raw,
    read_sidecar,
)

FIELDS_SUFFIX = ".fields.json"
COLLECTIONS = (".jsonl", ".csv")
ROW_FIELDS = ("text", "html", "title", "published", "url", "outlet", "language", "license", "id")
REQUIRED = ("text", "title")  # of a row without an `html` page, whose article and title the page gives

Place = tuple[int, int]  # (file number, line number; a WARC record's offset; 0 for a page file)


@dataclass(frozen=True)
class FieldMap:
    """Which field of a collection row holds each record field; a field not mapped is read from its own name.

    `id`, when a row has one, names the row in `source.path` (`raw/x.jsonl#id=17`) instead of its line (`#L12`).
    `defaults` are values of metadata fields for inputs that have none (`build --published`, a folder's
    `defaults.json`); a page file's sidecar and a row's own fields override them.
    """

    sources: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if unknown := sorted(set(self.sources) - set(ROW_FIELDS)):
            raise ValueError(f"unknown record fields {unknown} in the field mapping; known: {list(ROW_FIELDS)}")

    @classmethod
    def parse(cls, pairs: list[str]) -> FieldMap:
        """From `record_field=row_field` pairs, as given on a command line."""
        if bad := [p for p in pairs if "=" not in p]:
            raise ValueError(f"a field mapping is record_field=row_field, not {bad[0]!r}")
        return cls(dict(p.split("=", 1) for p in pairs))

    def __hash__(self) -> int:
        return hash((frozenset(self.sources.items()), frozenset(self.defaults.items())))

    def with_defaults(self, defaults: dict[str, str]) -> FieldMap:
        """This mapping with `defaults` over its own."""
        return FieldMap(self.sources, {**self.defaults, **defaults}) if defaults else self

    def source(self, name: str) -> str:
        return self.sources.get(name, name)

    def raw(self, row: object, where: str) -> RawDocument:
        """The row as a raw document for the `fields_v1` layout, or an `InputError` saying what it lacks."""
        if not isinstance(row, dict):
            raise InputError(where, f"a row must be an object of fields, not {type(row).__name__}")
        values = {}
        for name in ROW_FIELDS:
            value = row.get(self.source(name))
            if isinstance(value, int) and name == "id":
                value = str(value)
            if value is not None and not isinstance(value, str):
                raise InputError(where, f"{name}: field {self.source(name)!r} must be a string, "
                                        f"not {type(value).__name__}")
            if value and value.strip():
                values[name] = value
        defaulted = frozenset(k for k in self.defaults if k in ROW_FIELDS and k not in values)
        values = {**{k: v for k, v in self.defaults.items() if k in ROW_FIELDS}, **values}
        html = "html" in values or "html" in self.sources  # a mapping that names a page field wants one in every row
        for name in ("html",) if html else REQUIRED:
            if name not in values:
                raise InputError(where, f"no {name}: field {self.source(name)!r} is missing or empty")
        if "id" in values:
            where = f"{where.partition('#')[0]}#id={values.pop('id')}"
        text = values.pop("html") if html else values.pop("text")
        values.pop("text", None)
        digest = hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        return RawDocument(where, text, digest, values, html, defaulted=defaulted & values.keys())


def raw_files(folder: Path) -> list[Path]:
    """Every raw input file under `folder`, in a stable order; sidecars and hidden files are not inputs."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not p.name.endswith((SIDECAR_SUFFIX, FIELDS_SUFFIX)) and p.name != DEFAULTS
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def raw_bytes(folder: Path) -> int:
    """The size of every raw input file under `folder`."""
    return sum(p.stat().st_size for p in raw_files(folder))


@dataclass(frozen=True)
class Row:
    """A row of a collection as read, parsed only when needed: a build that finds the row's record in its cache
    never parses it. `content` identifies the row: a JSON line's bytes, a CSV row's fields as JSON."""

    file: str  # the collection, named relative to the root
    line: int
    content: bytes
    fields: FieldMap

    def raw(self) -> RawDocument | Rejected:
        where = f"{self.file}#L{self.line}"
        return _attempt(lambda: self.fields.raw(_json_row(self.content, where), where))

    def where(self, named: str) -> str:
        """The row's path now, given the path its record had: named by its id if it was, else by its line."""
        fragment = named.partition("#")[2]
        return f"{self.file}#{fragment}" if fragment.startswith("id=") else f"{self.file}#L{self.line}"


def read_folder(folder: Path, root: Path, fields: FieldMap = FieldMap(),
                part: tuple[int, int] = (0, 1)) -> Iterator[tuple[Place, Row | RawDocument | Rejected | Skipped]]:
    """Each input under `folder` that falls in `part`, with its place: a collection's rows as `Row`s, a page file or
    a WARC's HTML response as a `RawDocument`, or what is wrong with it; a WARC's other responses as `Skipped`.
    Paths are named relative to `root`."""
    rank, parts = part
    numbers = count()
    defaults = Defaults(folder, root, fields.defaults)
    for number, path in enumerate(raw_files(folder)):
        name = path.relative_to(root).as_posix()
        if path.suffix in COLLECTIONS:
            try:
                mapping = (_field_map(path, name) or fields).with_defaults(defaults.of(path.parent))
            except InputError as e:
                if next(numbers) % parts == rank:
                    yield (number, 0), Rejected(e.path, e.problem)
                continue
            for line, content in _rows(path, name):
                if next(numbers) % parts == rank:
                    yield (number, line), _attempt(lambda: Row(name, line, content(), mapping))
        elif warc.is_warc(path):
            try:
                check_inside(path, root, name)
                meta = {**defaults.of(path.parent), **read_sidecar(path, name, root)}
            except InputError as e:
                if next(numbers) % parts == rank:
                    yield (number, 0), Rejected(e.path, e.problem)
                continue
            for offset, read in warc.entries(path, name, meta):
                if next(numbers) % parts == rank:
                    yield (number, offset), _attempt(read)
        elif next(numbers) % parts == rank:
            yield (number, 0), _attempt(lambda: read_raw(path, root, defaults.of(path.parent)))


class Defaults:
    """The metadata defaults of each folder of inputs: the build's, then each folder's `defaults.json` from the
    top down, the nearest winning."""

    def __init__(self, top: Path, root: Path, given: dict[str, str]):
        self.top, self.root, self.given = top, root, given
        self.folders: dict[Path, dict] = {}

    def of(self, folder: Path) -> dict[str, str]:
        if folder not in self.folders:
            above = self.of(folder.parent) if folder != self.top and folder.is_relative_to(self.top) else self.given
            self.folders[folder] = {**above, **read_defaults(folder, self.root)}
        return self.folders[folder]


def _rows(path: Path, name: str) -> Iterator[tuple[int, Callable[[], bytes]]]:
    """(line, content) for each row of a collection; getting the content is left to the caller, who may skip the
    row. A CSV row's content is its fields as JSON; where a CSV file cannot be read further, getting it fails."""
    if path.suffix == ".jsonl":
        with path.open("rb") as lines:
            for line, data in enumerate(lines, 1):
                if data.strip():
                    yield line, data.strip
    else:
        csv.field_size_limit(MAX_BYTES)
        with path.open(encoding="utf-8-sig", newline="") as text:
            reader = csv.DictReader(text)
            reader.fieldnames  # reads the header, so that line numbers count from the first row
            while True:
                line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except (csv.Error, UnicodeDecodeError) as e:
                    yield line, lambda e=e, line=line: _fail(f"{name}#L{line}", f"unreadable CSV: {e}")
                    return
                yield line, lambda row=row: json.dumps(row, ensure_ascii=False).encode("utf-8")


def _json_row(data: bytes, where: str) -> object:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(where, f"not a JSON object on this line: {e}") from None


def _field_map(path: Path, name: str) -> FieldMap | None:
    """The mapping in `<collection>.fields.json` next to the collection, if there is one."""
    sidecar = path.with_name(path.name + FIELDS_SUFFIX)
    if not sidecar.exists():
        return None
    try:
        sources = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
            raise ValueError("must be a JSON object of record_field: row_field names")
        return FieldMap(sources)
    except ValueError as e:
        raise InputError(f"{name}{FIELDS_SUFFIX}", str(e)) from None


def _fail(where: str, problem: str):
    raise InputError(where, problem)


def _attempt(read) -> RawDocument | Row | Rejected | Skipped:
    try:
        return read()
    except InputError as e:
        return Rejected(e.path, e.problem)
