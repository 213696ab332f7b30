"""fields_v1: one row of an article collection (JSON Lines or CSV), its fields already mapped by the reader.

The row's body is `raw.text`; `title`, `published` and the other mapped fields are in `raw.meta`. Bodies may be
hard-wrapped: a paragraph starts after a blank line or at an indented line, and wrapped lines join with a space.
"""

from __future__ import annotations

import datetime as dt
import re

from ...errors import InputError
from ..raw import RawDocument
from .layouts import Page
from .text import clean_line

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n|\n(?=[ \t])")
_END_OF_TEXT = "\x03"  # the ASCII end-of-text mark some newswires close a story with


class FieldsRow:
    name = "fields_v1"

    def parse(self, raw: RawDocument) -> Page | None:
        if "title" not in raw.meta:  # page files never carry a title in their metadata; rows always do
            return None
        body = raw.text.replace("\r\n", "\n").replace("\r", "\n").replace(_END_OF_TEXT, "")
        paragraphs = [p for p in (" ".join(filter(None, map(clean_line, block.split("\n"))))
                                  for block in _PARAGRAPH_BREAK.split(body)) if p]
        if not paragraphs:
            raise InputError(raw.path, f"{self.name}: the text field holds no words")
        return Page(clean_line(raw.meta["title"]), paragraphs, published_date(raw))


def published_date(raw: RawDocument) -> dt.date | None:
    """The date part of an ISO date or datetime (`1987-02-26T15:01:01` is 1987-02-26)."""
    value = raw.meta.get("published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(raw.path, f"published: {value!r} is not an ISO date or datetime") from None
