"""The runner: raw documents through the steps, in batches, with failures kept apart.

Steps know one record; the runner does the looping, batching and counting. The same steps run
under datatrove for many workers (see `newscorpus.build.engines`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from .. import __version__
from ..annotate import Annotator, default_annotators
from ..annotate.curation import Curator
from ..dataset.checks import record_problems
from ..dataset.schema import schema_version
from ..errors import AnnotationError, CurationError, InputError, RecordError
from ..ingest.normalize import Normalizer
from ..ingest.raw import RawDocument, Rejected, Skipped
from .batches import batched

RECORD_MAKING = ("newscorpus.ingest", "newscorpus.annotate")  # packages whose code and data make a record


class SchemaCheck:
    """check(record) -> record, or a `RecordError` naming the first field that breaks the contract."""

    def check(self, record: dict) -> dict:
        if problems := record_problems(record):
            field, problem = problems[0]
            raise RecordError(record.get("id") or "(no id)", field, problem)
        return record

    __call__ = check


@dataclass
class Pipeline:
    """normalize, annotate, check: what the record cache keeps; then curate, which every build applies anew."""

    normalizer: Normalizer
    annotators: list[Annotator]
    checker: SchemaCheck
    curator: Curator | None = None

    @classmethod
    def default(cls, curation: Path | None = None) -> Pipeline:
        """The default steps, then the human corrections in the `curation` folder (see `newscorpus.annotate.curation`)."""
        return cls(Normalizer(), default_annotators(), SchemaCheck(), Curator(curation) if curation else None)

    def components(self) -> list[str]:
        return [a.name for a in [*self.annotators, *filter(None, [self.curator])]]

    def fingerprint(self) -> str:
        """Changes whenever a record of the same input could come out of the annotators different: the package,
        the schema, the layouts, the annotators and their models, and the code and data that make a record (so an
        edited rule annotates again with no version bump). Not the curation, which is applied after."""
        parts = {"package_version": __version__, "schema_version": schema_version(),
                 "layouts": [layout.name for layout in self.normalizer.layouts],
                 "components": [a.component() for a in self.annotators], "code": code_digest()}
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()

    def run(self, raws: Iterable[RawDocument | Rejected], batch_size: int = 64) -> Iterator[dict | Rejected]:
        """Records, and rejections for inputs that could not become one, in input order: the steps in one
        process. `newscorpus.build.engines.datatrove` runs the same steps on many."""
        for batch in batched(raws, batch_size):
            normalized = [self.normalize(raw) for raw in batch]
            records = iter(self.annotate(r for r in normalized if isinstance(r, dict)))
            for item in normalized:
                yield item if isinstance(item, Rejected) else self.curate(self.check(next(records)))

    def normalize(self, raw: RawDocument | Rejected | Skipped) -> dict | Rejected | Skipped:
        return raw if isinstance(raw, Rejected | Skipped) else self._attempt(self.normalizer.normalize, raw, raw.path)

    def annotate(self, records: Iterable[dict]) -> Iterable[dict]:
        for annotator in self.annotators:
            records = _failures_named(annotator, records)
        return records

    def check(self, record: dict) -> dict | Rejected:
        return self._attempt(self.checker.check, record, record["source"]["path"])

    def curate(self, item: dict | Rejected) -> dict | Rejected:
        """The human corrections applied to a checked record, cached or fresh; checked again if they changed it, and
        a correction that makes it invalid stops the build (`CurationError`). `curation_v1` is in every record's
        components, as it runs on every record."""
        if self.curator is None or isinstance(item, Rejected):
            return item
        curated = self.curator.annotate(item)
        if curated["entities"] != item["entities"]:
            try:
                self.checker.check(curated)
            except RecordError as e:
                raise CurationError(self.curator.file(item["id"]), f"makes the record invalid: {e}") from None
        return curated

    @staticmethod
    def _attempt(step, item, path: str) -> dict | Rejected:
        try:
            return step(item)
        except InputError as e:
            return Rejected(e.path, e.problem)
        except RecordError as e:
            return Rejected(path, str(e))


@cache
def code_digest() -> str:
    """A digest of every source and data file of the packages that make a record from an input."""
    digest = hashlib.sha256()
    for package in RECORD_MAKING:
        for name, data in sorted(_package_files(files(package), package)):
            digest.update(f"{name} {len(data)} ".encode())
            digest.update(data)
    return digest.hexdigest()


def _package_files(folder, name: str) -> Iterator[tuple[str, bytes]]:
    for entry in folder.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _package_files(entry, f"{name}/{entry.name}")
        elif entry.name.endswith((".py", ".json")):
            yield f"{name}/{entry.name}", entry.read_bytes()


def _failures_named(annotator: Annotator, records: Iterable[dict]) -> Iterator[dict]:
    """`annotator.pipe(records)`, any exception it raises an `AnnotationError` naming the input of the last record
    it took (an annotator that works in batches, like spaCy's, may have failed on one taken just before)."""
    last = None

    def taken():
        nonlocal last
        for last in records:  # noqa: UP028  (keeps the last record taken)
            yield last

    try:
        yield from annotator.pipe(taken())
    except AnnotationError:  # an earlier annotator's
        raise
    except Exception as e:
        path = last["source"]["path"] if last else "(before any record)"
        raise AnnotationError(path, annotator.name, f"{type(e).__name__}: {e}") from e
