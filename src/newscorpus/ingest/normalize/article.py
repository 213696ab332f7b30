"""html_article_v1: an HTML page (a page file, a WARC response, a collection's `html` field) by its extracted
article. What the page says of itself (title, date, URL, outlet, authors, language) fills the record's fields,
overriding the build's and a folder's defaults but not a sidecar's or a row's own fields."""

from __future__ import annotations

import datetime as dt

from ...errors import InputError
from ..raw import RawDocument
from .layouts import Page
from .text import clean_line


class HtmlArticle:
    name = "html_article_v1"

    def parse(self, raw: RawDocument) -> Page | None:
        if not raw.html:
            return None
        from ..html import extract_article  # trafilatura takes half a second to import: only for HTML

        stated = {k: v for k, v in raw.meta.items() if k not in raw.defaulted}
        article = extract_article(raw.text, raw.path, url=raw.meta.get("url"))
        paragraphs = [p for p in map(clean_line, article.text.splitlines()) if p]
        title = clean_line(stated.get("title") or article.title or "")
        if not title:
            raise InputError(raw.path, f"{self.name}: the page gives no title (no og:title, <title> or <h1>)")
        if paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        if not paragraphs:
            raise InputError(raw.path, f"{self.name}: no article text found (0 words)")
        own = {"url": article.url, "outlet": article.outlet, "published": article.published,
               "language": article.language.split("-")[0].lower() if article.language else None}
        meta = {k: v for k, v in own.items() if v and k not in stated}
        published = stated.get("published") or meta.get("published") or raw.meta.get("published")
        return Page(title, paragraphs, _date(published, raw.path), meta=meta, authors=list(article.authors))


def _date(value: str | None, path: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(path, f"published: {value!r} is not an ISO date") from None
