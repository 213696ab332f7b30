"""Building a corpus: the pipeline's steps under datatrove, the record cache, and the merge into the dataset."""

from .corpus import BuildReport, Merge, build, corpus_job, merge

__all__ = ["BuildReport", "Merge", "build", "corpus_job", "merge"]
