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
