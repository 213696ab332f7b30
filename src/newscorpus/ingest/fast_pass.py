"""trafilatura's extraction in the fast pass's settings (fast, precision, no comments), step by step as
`bare_extraction` runs it there, without what those settings never use: the copies of the tree it keeps for the
fallbacks and the comment capture, and its searches for comment sections and infinite-scroll containers on pages where
no element's id or class could match them (those XPaths test every element's attributes with regexes that call into
Python: a tenth of the extraction's time).

The steps are trafilatura 2.3's (`core.bare_extraction`, `core.trafilatura_sequence`); the fallbacks still go through
`bare_extraction` itself.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_content
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

# what an id or class holds wherever these XPaths match (more than they need: a page that holds one is searched)
_SCROLL_OR_SHARE = re.compile(r"mvp-post-add|infinite-?scroll|elementor-share-buttons")  # RAW_TREE_PRUNE_XPATH
_COMMENTS = re.compile(r"omment|comol|disqus_thread")  # REMOVE_COMMENTS_XPATH and REMOVE_COMMENTS_AND_LISTS_XPATH
_NAMES = XPath(".//@id|.//@class", smart_strings=False)  # the elements' ids and classes, as plain strings


def extract_text(tree: HtmlElement, options: Extractor) -> str:
    """The text `bare_extraction(tree, options=options)` gives ("" where it gives None), for `options` with `fast`,
    precision and comments off, on a tree without scripts (so never a forum page, whose comments are its posts).
    Changes `tree`."""
    names = "\n".join(_NAMES(tree))
    if _SCROLL_OR_SHARE.search(names):
        prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    comments = _COMMENTS.search(names) is not None
    if comments:
        prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned = convert_tags(tree_cleaning(tree, options), options, options.url)
    if comments:  # again once lists are <list>
        prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = extract_content(cleaned, options)
    return xmltotxt(body, options.formatting) if len(text) >= options.min_output_size else ""
