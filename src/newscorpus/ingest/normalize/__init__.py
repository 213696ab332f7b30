"""normalize(raw) -> record: a raw page becomes a record without annotations."""

from __future__ import annotations

import hashlib

from ... import __version__
from ...dataset.schema import schema_version
from ...errors import InputError
from ..raw import RawDocument
from .article import HtmlArticle
from .fields import FieldsRow
from .language import language_of
from .layouts import LAYOUTS, Page
from .text import join_paragraphs


class Normalizer:
    """Recognizes the page layout and builds the record; a page no layout knows is reported, not guessed."""

    def __init__(self, layouts=(HtmlArticle(), FieldsRow(), *LAYOUTS)):
        self.layouts = layouts

    def normalize(self, raw: RawDocument) -> dict:
        layout, page = self.recognize(raw)
        meta = {**raw.meta, **page.meta}
        text, paragraphs = join_paragraphs([page.title, *page.paragraphs])
        language = meta.get("language", "en")
        if language != "en":
            raise InputError(raw.path, f"language {language!r}: the corpus and its annotators are English only")
        if (read_as := language_of(text)) not in (None, "English"):
            raise InputError(raw.path, f"reads as {read_as}, not English: the corpus and its annotators are English only")
        return {
            "schema_version": schema_version(),
            "id": article_id(text),
            "title": page.title,
            "published": page.published.isoformat() if page.published else None,
            "authors": page.authors,
            "language": language,
            "text": text,
            "paragraphs": paragraphs,
            "tags": page.tags,
            "read_count": page.read_count,
            "source": {
                "path": raw.path,
                "sha256": raw.sha256,
                "layout": layout.name,
                "outlet": meta.get("outlet"),
                "url": meta.get("url"),
                "encoding": raw.encoding,
                "license": meta.get("license"),
            },
            "provenance": {
                "package": "newscorpus",
                "package_version": __version__,
                "components": [{"name": layout.name, "model": None, "model_version": None}],
            },
            "entities": [],
            "dates": [],
        }

    __call__ = normalize

    def recognize(self, raw: RawDocument) -> tuple[object, Page]:
        for layout in self.layouts:
            if (page := layout.parse(raw)) is not None:
                return layout, page
        names = ", ".join(layout.name for layout in self.layouts)
        raise InputError(raw.path, f"no known page layout recognizes this file (tried {names})")


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
