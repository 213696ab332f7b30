"""The page's tree is the one trafilatura's load_html builds, whether or not the page needs its repairs."""

import pytest
from lxml import etree
from news_pages import news_page
from trafilatura.utils import load_html

from newscorpus.ingest.html_tree import html_tree

XHTML = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><body><p>Text.</p></body></html>')


@pytest.mark.parametrize("page", [
    news_page(),
    news_page().replace("Board chair", "Board\x0b chair\x01"),  # control characters XML forbids
    news_page().replace("Ferry operator", "Ferry \ufffeoperator"),  # a noncharacter
    XHTML,
    XHTML.replace("\n", " "),  # one line
    '<html lang="en"/>\n<body><p>Text after a self-closed html tag.</p></body>',
    "<p>Öl und Straße: ein Absatz ohne html.</p><p>Noch einer.</p>",
    "<p>one paragraph, no html around it</p>",
    "Plain text, no markup at all.",
], ids=["page", "controls", "noncharacter", "xhtml-doctype", "one-line", "self-closed-html", "fragment",
        "one-element", "text"])
def test_the_tree_is_load_htmls(page):
    expected, tree = load_html(page), html_tree(page)
    if expected is None:
        assert tree is None
    else:
        assert etree.tostring(tree, encoding="unicode") == etree.tostring(expected, encoding="unicode")
