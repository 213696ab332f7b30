"""Deleting what trafilatura's cleaning deletes anyway leaves its extraction as it was, and only where it would."""

from lxml.html import document_fromstring
from news_pages import news_page
from trafilatura import bare_extraction

from newscorpus.ingest.preclean import preclean

ARTICLE = "".join(f"<p>Paragraph {n} of the story, long enough for the extractor to keep it as the body.</p>"
                  for n in range(1, 6))


def _text(tree) -> str:
    return bare_extraction(tree, include_comments=False, favor_precision=True, fast=True, with_metadata=False).text


def _page(body: str):
    return document_fromstring(f"<html><head><title>A story</title></head><body>{body}</body></html>")


def test_the_extracted_text_is_the_same_without_what_cleaning_deletes():
    tree = document_fromstring(news_page())
    before = _text(tree)
    preclean(tree)
    assert not list(tree.iter("head", "nav", "aside", "footer"))
    assert _text(tree) == before


def test_a_deleted_element_keeps_its_tail_text_in_the_page():
    tree = _page(f"<article>{ARTICLE}<p>Before <button>Share</button>after.</p></article>")
    before = _text(tree)
    preclean(tree)
    assert "Before after." in _text(tree) == before


def test_on_a_page_with_nested_asides_the_asides_stay_as_trafilatura_keeps_one_there():
    kept = "An aside paragraph that trafilatura keeps on this page."
    tree = _page(f"<aside><aside>Inner</aside></aside><nav>Menu</nav><article>{ARTICLE}<aside><p>{kept}</p></aside>"
                 "</article><footer>Footer <aside>note</aside></footer><footer>Plain footer</footer>")
    before = _text(tree)
    preclean(tree)
    assert len(list(tree.iter("aside"))) == 4  # the footer holding one stays too
    assert [footer.text for footer in tree.iter("footer")] == ["Footer "]
    assert not list(tree.iter("nav"))
    assert kept in _text(tree) == before
    assert kept not in _text(_page(f"<article>{ARTICLE}<aside><p>{kept}</p></aside></article>"))


def test_an_element_holding_the_headline_stays():
    tree = _page(f"<aside><h1>The headline</h1></aside><article>{ARTICLE}</article><nav>Menu</nav>")
    preclean(tree)
    assert [element.tag for element in tree.iter("aside", "nav")] == ["aside"]
