"""Errors that name what is wrong and where.

`NewscorpusError` is the base of all. Beneath it, a `Rejection` means this input does not become a record and the
build goes on (`InputError`, `RecordError`); a `BuildError` means the build stops and publishes nothing
(`AnnotationError`, `CurationError`).
"""

from pathlib import Path


class NewscorpusError(Exception):
    """Anything newscorpus reports as a problem of its input or its data."""


class Rejection(NewscorpusError, ValueError):
    """An input that does not become a record; the build reports it and goes on."""


class BuildError(NewscorpusError, RuntimeError):
    """A problem that stops the build; the published files stay as they were."""


class InputError(Rejection):
    """A raw input that cannot become a record: names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RecordError(Rejection):
    """A record that breaks the contract: names the record and the field."""

    def __init__(self, record_id: str, field: str, problem: str):
        super().__init__(f"record {record_id}: {field}: {problem}")
        self.record_id = record_id
        self.field = field
        self.problem = problem


class AnnotationError(BuildError):
    """An annotator that failed on a record: a defect to fix, named with the component and the input."""

    def __init__(self, path: str, component: str, problem: str):
        super().__init__(f"{path}: {component} failed: {problem}")
        self.path = path
        self.component = component
        self.problem = problem

    def __reduce__(self):  # raised in a worker process, re-raised in the build's
        return type(self), (self.path, self.component, self.problem)


class CurationError(BuildError):
    """A curation file that cannot be applied: names the file and the problem."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):
        return type(self), (self.path, self.problem)
