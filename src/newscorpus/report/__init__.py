"""The static report: every article with its entities and dates highlighted, and the corpus in charts."""

from .site import build_site

__all__ = ["build_site"]
