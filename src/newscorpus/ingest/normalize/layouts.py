"""Page layouts: each recognizes one way an article arrives and takes it apart.

`parse` returns None for a page that is not of its layout, and raises `InputError` for a page
that is of its layout but broken (truncated, a field unreadable).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...errors import InputError
from ..raw import RawDocument
from .text import blocks, clean_line


@dataclass(frozen=True)
class Page:
    """What a layout finds in a raw page, before it becomes a record."""

    title: str
    paragraphs: list[str]
    published: dt.date | None
    tags: list[str] = field(default_factory=list)
    read_count: int | None = None
    authors: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # metadata the page gives, over the input's defaults, under its sidecar


class NewsLinePage:
    """A News Line site page: headline, dateline with view counter, headline again, body,
    `More about:` tags, `News Line` footer."""

    name = "news_line_page_v1"
    _DATELINE = re.compile(r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}) Read: (?P<reads>\d+)")
    _TAGS = "More about:"
    _FOOTER = "News Line"

    def parse(self, raw: RawDocument) -> Page | None:
        head, rest = _head_lines(raw.text, 3)
        if len(head) < 3 or not (dateline := self._DATELINE.fullmatch(head[1])):
            return None
        title = head[0]
        if head[2] != title:
            raise InputError(raw.path, f"{self.name}: the headline is not repeated after the dateline")
        body = blocks(rest)
        if not body or body[-1] != self._FOOTER:
            raise InputError(raw.path, f"{self.name}: truncated: no '{self._FOOTER}' footer at the end")
        paragraphs, tags = body[:-1], []
        if paragraphs and paragraphs[-1].startswith(self._TAGS):
            tags = self._tags(rest)
            paragraphs = paragraphs[:-1]
        if not paragraphs:
            raise InputError(raw.path, f"{self.name}: no body paragraphs")
        try:
            published = dt.datetime.strptime(dateline["date"], "%d %B %Y").date()
        except ValueError:
            raise InputError(raw.path, f"{self.name}: unreadable date {dateline['date']!r}") from None
        return Page(title, paragraphs, published, tags, int(dateline["reads"]))

    def _tags(self, text: str) -> list[str]:
        line = next(line.strip() for line in text.splitlines() if line.strip().startswith(self._TAGS))
        # tags are separated by no-break spaces; a tag may itself contain ordinary spaces
        return [tag for tag in map(clean_line, line[len(self._TAGS):].split("\u00a0")) if tag]


class HeadlineBody:
    """Plain text: a headline line, then the body. The date comes from the sidecar or the defaults, if any."""

    name = "headline_body_v1"
    MAX_TITLE = 300

    def parse(self, raw: RawDocument) -> Page | None:
        text = raw.text.lstrip()
        first, _, rest = text.partition("\n")
        title = clean_line(first)
        paragraphs = blocks(rest)
        if not title or len(title) > self.MAX_TITLE or not paragraphs:
            return None
        published = dt.date.fromisoformat(raw.meta["published"]) if "published" in raw.meta else None
        return Page(title, paragraphs, published)


LAYOUTS = (NewsLinePage(), HeadlineBody())


def _head_lines(text: str, count: int) -> tuple[list[str], str]:
    """The first `count` non-empty cleaned lines, and the raw text after them."""
    head, rest = [], text
    while len(head) < count and rest:
        line, _, rest = rest.partition("\n")
        if cleaned := clean_line(line):
            head.append(cleaned)
    return head, rest
