"""What trafilatura's tree cleaning deletes anyway (head, nav, aside, footer, buttons...), deleted before trafilatura
copies and searches the tree: over two fifths of a page's elements on the dev pages, the same text.

Only what trafilatura deletes whatever the order: its cleaning loop deletes while it iterates and stops at an element
of the tag nested in another, so on a page with such nesting later elements of that tag stay. Elements of a nested
tag stay, and so does any element holding one (the loop must meet the same ones), or holding the <h1> (trafilatura's
first pruning looks for it).
"""

from __future__ import annotations

from lxml.html import HtmlElement
from trafilatura.settings import MANUALLY_CLEANED
from trafilatura.xml import delete_element

# left to trafilatura: forms it keeps when they hold the page, figures with tables and tables it keeps, MathML
# whose LaTeX it keeps
_KEPT = frozenset({"form", "figure", "table", "td", "th", "tr", "math"})
DELETED = tuple(tag for tag in MANUALLY_CLEANED if tag not in _KEPT)


def preclean(tree: HtmlElement) -> None:
    """Delete (in place) the elements trafilatura's cleaning would delete in any case."""
    nested = {element.tag for element in tree.iter(*MANUALLY_CLEANED)
              if next(element.iterdescendants(element.tag), None) is not None}
    kept = ("h1", *nested)
    for element in list(tree.iter(*(tag for tag in DELETED if tag not in nested))):
        if next(element.iter(*kept), None) is None:
            delete_element(element)  # its tail kept, as trafilatura does
