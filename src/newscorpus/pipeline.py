"""The runner: raw documents through the steps, in batches, with failures kept apart.

Steps know one record; the runner does the looping, batching and counting. The same steps run
under datatrove for many workers (see `newscorpus.engines`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .annotation import Annotator, default_annotators
from .checks import record_problems
from .errors import InputError, RecordError
from .normalize import Normalizer
from .raw import RawDocument


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass(frozen=True)
class Rejected:
    """An input that did not become a record, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class SchemaCheck:
    """check(record) -> record, or a `RecordError` naming the first field that breaks the contract."""

    def check(self, record: dict) -> dict:
        if problems := record_problems(record):
            field, problem = problems[0]
            raise RecordError(record["id"], field, problem)
        return record

    __call__ = check


@dataclass
class Pipeline:
    normalizer: Normalizer
    annotators: list[Annotator]
    checker: SchemaCheck

    @classmethod
    def default(cls) -> Pipeline:
        return cls(Normalizer(), default_annotators(), SchemaCheck())

    def components(self) -> list[str]:
        return [a.name for a in self.annotators]

    def run(self, raws: Iterable[RawDocument | Rejected], batch_size: int = 64) -> Iterator[dict | Rejected]:
        """Records, and rejections for inputs that could not become one, in input order."""
        for batch in batched(raws, batch_size):
            normalized = [raw if isinstance(raw, Rejected) else self._attempt(self.normalizer.normalize, raw, raw.path)
                          for raw in batch]
            records = iter(self.annotate(r for r in normalized if isinstance(r, dict)))
            for item in normalized:
                if isinstance(item, Rejected):
                    yield item
                else:
                    record = next(records)
                    yield self._attempt(self.checker.check, record, record["source"]["path"])

    def annotate(self, records: Iterable[dict]) -> Iterable[dict]:
        for annotator in self.annotators:
            records = annotator.pipe(records)
        return records

    @staticmethod
    def _attempt(step, item, path: str) -> dict | Rejected:
        try:
            return step(item)
        except InputError as e:
            return Rejected(e.path, e.problem)
        except RecordError as e:
            return Rejected(path, str(e))
