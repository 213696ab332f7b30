"""Errors that name what is wrong and where."""


class InputError(ValueError):
    """A raw input that cannot become a record: names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RecordError(ValueError):
    """A record that breaks the contract: names the record and the field."""

    def __init__(self, record_id: str, field: str, problem: str):
        super().__init__(f"record {record_id}: {field}: {problem}")
        self.record_id = record_id
        self.field = field
        self.problem = problem


class AnnotationError(RuntimeError):
    """An annotator that failed on a record: a defect to fix, named with the component and the input."""

    def __init__(self, path: str, component: str, problem: str):
        super().__init__(f"{path}: {component} failed: {problem}")
        self.path = path
        self.component = component
        self.problem = problem

    def __reduce__(self):  # raised in a worker process, re-raised in the build's
        return type(self), (self.path, self.component, self.problem)
