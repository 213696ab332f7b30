"""The article in an HTML page: its text and what the page says of it (title, date, URL, outlet, authors, language)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from htmldate import find_date

from ..errors import InputError

MIN_WORDS = 40  # fewer words than this is a stub, an index or an error page, not an article
_WORD = re.compile(r"\w+")
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?(?P<code>[a-zA-Z]{2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    text: str  # paragraphs separated by line breaks
    title: str | None
    published: str | None  # ISO YYYY-MM-DD
    url: str | None
    outlet: str | None
    authors: tuple[str, ...]
    language: str | None  # ISO 639-1, as the page declares it


def extract_article(html: str, path: str, url: str | None = None) -> Article:
    """The article of the page `html` (found at `url`, if known), or an `InputError` naming `path` if it has none."""
    document = trafilatura.bare_extraction(html, url=url, include_comments=False, favor_precision=True,
                                           with_metadata=True)
    text = (document.text or "").strip() if document is not None else ""
    if (words := len(_WORD.findall(text))) < MIN_WORDS:
        raise InputError(path, f"no article text found ({words} words)")
    published = document.date or find_date(html, url=url, original_date=True, extensive_search=False)
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    language = document.language or ((match := _LANG.search(html)) and match["code"].lower())
    return Article(text, document.title or None, published or None, document.url or url, document.sitename or None,
                   authors, language or None)
