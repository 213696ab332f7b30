"""Building a corpus: `build` on this machine; `corpus_job`, the steps and `merge` for other executors."""

from .corpus import BuildReport, build, corpus_job


def __getattr__(name: str):
    """`merge` and `Merge`, from `newscorpus.build.merging`, imported when first asked for: it imports pyarrow, which
    a build's workers never need."""
    if name in ("merge", "Merge"):
        from . import merging

        return getattr(merging, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BuildReport", "Merge", "build", "corpus_job", "merge"]
