"""Building a corpus: the pipeline's steps under datatrove, the record cache, and the merge into the dataset."""

from .corpus import BuildReport, build, corpus_job, merge

__all__ = ["BuildReport", "build", "corpus_job", "merge"]
