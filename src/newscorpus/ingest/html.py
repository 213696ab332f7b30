"""A news page's article: its body text (trafilatura, then news-layout cleanup) and what the page says about it.

The page is parsed once; trafilatura, htmldate and the metadata readers all work on that tree (the few pages that need
trafilatura's fallbacks are parsed again: those read the whole page but what trafilatura's cleaning deletes, not
the article's container the fast pass gets).
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from itertools import islice

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

from ..errors import InputError
from .boilerplate import clean_paragraphs, prune_layout
from .fast_pass import extract_text
from .html_tree import html_tree
from .narrow import narrow
from .normalize.language import language_of
from .page_meta import page_meta
from .preclean import preclean

EXTRACTOR = "trafilatura_news_v1"
MIN_WORDS = 25  # below this a page is an index, an error page or a paywall stub, not an article
FALLBACK_WORDS = 100  # a short news brief; below this trafilatura may have taken a sidebar for the article
_WORD = re.compile(r"\w+")
ISO_639_1 = {"English": "en", "German": "de", "French": "fr", "Spanish": "es", "Italian": "it", "Dutch": "nl",
             "Portuguese": "pt"}


@dataclass(frozen=True)
class Article:
    text: str  # the article body: paragraphs separated by one blank line, no title line
    title: str | None  # og:title or <h1>, site name stripped
    published: str | None  # ISO date YYYY-MM-DD (the original date, not the last modification)
    url: str | None  # canonical URL (link rel=canonical / og:url), else the `url` argument
    outlet: str | None  # og:site_name (or equivalent)
    authors: tuple[str, ...]  # bylines, normalized names
    language: str | None  # html lang / og:locale, else read from the text, as an ISO 639-1 code when known


def extract_article(html: str, path: str, url: str | None = None) -> Article:
    """The article in `html` (read from `path`, fetched from `url` if known).

    Raises InputError(path, problem) when the page has no article.
    """
    tree = parse(html, path)
    meta = page_meta(tree, url)
    published = published_date(tree, meta.url or url)
    headlines = (meta.title or "", *meta.headlines)
    paragraphs = body_paragraphs(tree, meta.url or url, headlines)  # prunes the tree: last
    words = _words(paragraphs)
    if words < FALLBACK_WORDS:  # the fallbacks read the whole page: parsed again, not the narrowed tree
        paragraphs = body_paragraphs(parse(html, path), meta.url or url, headlines, fast=False)
        words = _words(paragraphs)
    if words < MIN_WORDS:
        raise InputError(path, f"no article text found ({words} word{'' if words == 1 else 's'})")
    text = "\n\n".join(paragraphs)
    return Article(text, meta.title, published, meta.url, meta.outlet, meta.authors, meta.language or _language(text))


def _language(text: str) -> str | None:
    """The ISO 639-1 code of the language the text reads as, for a page whose markup names none."""
    return ISO_639_1.get(language_of(text) or "")


def parse(html: str, path: str) -> HtmlElement:
    if not html or not html.strip():
        raise InputError(path, "empty HTML page")
    tree = html_tree(html)
    if tree is None:
        raise InputError(path, "not an HTML page: no element could be parsed")
    return tree


def body_paragraphs(tree: HtmlElement, url: str | None, headlines: tuple[str, ...], fast: bool = True) -> list[str]:
    """The article's paragraphs, boilerplate removed. Prunes `tree` in place.

    trafilatura's own extraction is trusted; only when it finds next to nothing (under FALLBACK_WORDS) is it worth
    running again with `fast=False`: its fallbacks (readability, jusText), which on news pages more often pick a wrong
    block than they rescue one. Both get the page without what trafilatura's cleaning deletes anyway (`preclean`:
    readability and jusText, which read the raw tree, then do not score menus and footers either); the fast pass
    gets only the article's container when one element holds nearly all of the paragraph text (`narrow`).
    """
    pruned = prune_layout(tree)
    preclean(pruned)
    if fast:
        narrow(pruned)
    return _trafilatura(pruned, url, headlines, fast=fast)


def _trafilatura(tree: HtmlElement, url: str | None, headlines: tuple[str, ...], fast: bool) -> list[str]:
    if fast:
        text = extract_text(tree, _options(url, fast))
    else:
        document = bare_extraction(tree, options=_options(url, fast))
        text = document.text if document is not None else ""
    return clean_paragraphs([line for line in (text or "").split("\n") if line.strip()], headlines)


# trafilatura's settings, read from its config file once: building them for every page took a tenth of a millisecond
_OPTIONS = {fast: Extractor(output_format="python", fast=fast, precision=True, comments=False) for fast in (True, False)}


def _options(url: str | None, fast: bool) -> Extractor:
    options = copy(_OPTIONS[fast])
    options.url = options.source = url
    return options


def _words(paragraphs: list[str]) -> int:
    """How many words the paragraphs hold, counted no further than FALLBACK_WORDS (all it is compared with)."""
    return sum(1 for _ in islice(_WORD.finditer("\n".join(paragraphs)), FALLBACK_WORDS))


def published_date(tree: HtmlElement, url: str | None) -> str | None:
    """The original publication date (htmldate: markup, URL, then date elements' text), as YYYY-MM-DD.

    Without htmldate's extensive search, whose last resort is a copyright year read as 1 January: an invented date.
    """
    return find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
