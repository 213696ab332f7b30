"""newscorpus: an annotated news corpus and the library that builds it."""

from importlib.metadata import version

__version__ = version("newscorpus")

from .annotate import annotate  # noqa: E402

__all__ = ["__version__", "annotate"]
