"""The article's container: when one element holds nearly all of the page's paragraph text (or the page's only
<article> holds most of it), trafilatura is handed that element instead of the whole page: the container and any <h1> outside it, each with the elements holding it
and nothing else beside (trafilatura's first pruning keeps a container holding the headline).

trafilatura's searches (regex tests calling into Python for each element) scale with the tree it is given; what
lies beside the article (related stories, teasers, comment threads, promotions) is what it should discard anyway.
The page's metadata is read before, from the whole page.
"""

from __future__ import annotations

from lxml.html import HtmlElement

SHARE = 0.9  # of the page's <p> text, held by the container: a lede or standfirst beside the body is kept
ARTICLE_SHARE = 0.5  # of the page's <p> text, held by the page's only <article>: the rest is comments, teasers...
MIN_CHARS = 200  # of <p> text in the page: below this the paragraphs say too little about where the article is


def narrow(tree: HtmlElement) -> HtmlElement | None:
    """Delete (in place) what lies outside the article's container but the <h1>s and the elements holding it or them;
    the container, or None where no element below <body> holds nearly all of the paragraph text, nor an only <article>
    most of it (the tree is then left as it was)."""
    body = tree.find("body")
    if body is None:
        return None
    by_parent: dict[HtmlElement, int] = {}  # most <p>s share a parent: their ancestors are walked once
    for p in body.iter("p"):
        parent = p.getparent()
        by_parent[parent] = by_parent.get(parent, 0) + len(p.text_content())
    total = sum(by_parent.values())
    held: dict[HtmlElement, int] = {}
    for parent, size in by_parent.items():
        for element in (parent, *_ancestors(parent, body)):
            held[element] = held.get(element, 0) + size
    if total < MIN_CHARS:
        return None
    container = body
    while True:
        child = next((child for child in container if held.get(child, 0) >= SHARE * total), None)
        if child is None:
            break
        container = child
    articles = list(body.iter("article"))
    if len(articles) == 1 and held.get(articles[0], 0) >= ARTICLE_SHARE * total \
            and container in articles[0].iterancestors():
        container = articles[0]  # within the container: what lies beside it in there is not the article
    if container is body:
        return None
    # the container and the headlines outside it stay whole, with the elements holding them and nothing else
    kept = [container, *(h1 for h1 in body.iter("h1") if container not in h1.iterancestors())]
    holding = {ancestor for element in kept for ancestor in _ancestors(element, body)}
    for element in holding:
        element.text = None
        for child in list(element):
            if child in holding or child in kept:
                child.tail = None
            else:
                element.remove(child)
    return container


def _ancestors(element: HtmlElement, body: HtmlElement):
    """The elements holding `element`, from its parent up to `body` (none for `body`)."""
    if element is body:
        return
    for ancestor in element.iterancestors():
        yield ancestor
        if ancestor is body:
            return
