"""The fast pass's steps give the text trafilatura's `bare_extraction` gives in the same settings, with comment
sections, infinite-scroll containers and share buttons pruned as it prunes them, and pages without them too."""

from copy import deepcopy

import pytest
from lxml.html import document_fromstring
from news_pages import PARAGRAPHS, news_page
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

from newscorpus.ingest.fast_pass import extract_text

OPTIONS = Extractor(output_format="python", fast=True, precision=True, comments=False)
BODY = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
COMMENT = "What a shame, I took that ferry every week for forty years."
FOLLOW_UP = "The next story in the endless scroll, about the harbour's new car park and its opening hours."


def _page(body: str) -> str:
    return f"<html><head><title>A story</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("html", [
    news_page(),
    _page(f'<div class="story"><h1>The headline</h1>{BODY}</div>'),
    _page(f'<div class="story">{BODY}<div id="comments"><p>{COMMENT}</p></div></div>'),
    _page(f'<div class="story">{BODY}<section class="comment-list"><p>{COMMENT}</p></section></div>'),
    _page(f'<div class="story">{BODY}<ol class="commentlist"><li><p>{COMMENT}</p></li></ol></div>'),
    _page(f'<div class="story">{BODY}<ul id="disqus_thread"><li><p>{COMMENT}</p></li></ul></div>'),
    _page(f'<div class="story">{BODY}<div class="post-comments"><p>{COMMENT}</p></div></div>'),
    _page(f'<div class="story"><h1>The headline</h1>{BODY}<div class="infinite-scroll"><p>{FOLLOW_UP}</p></div></div>'),
    _page(f'<div class="story">{BODY}<div class="mvp-post-add-box"><p>{FOLLOW_UP}</p></div></div>'),
    _page(f'<div class="story"><div class="elementor-widget">{BODY}</div>'  # too much for the discard lists to go
          f'<div class="elementor-share-buttons"><p>{FOLLOW_UP}</p></div></div>'),
], ids=["news-page", "plain", "comments-id", "comment-list", "ol-comments", "disqus", "post-comments",
        "infinite-scroll", "mvp-post-add", "share-buttons"])
def test_the_text_is_bare_extractions(html):
    tree = document_fromstring(html)
    expected = bare_extraction(deepcopy(tree), options=OPTIONS).text
    assert extract_text(tree, OPTIONS) == expected
    assert PARAGRAPHS[0] in expected
    assert COMMENT not in expected and FOLLOW_UP not in expected


def test_a_page_with_no_text_gives_none():
    tree = document_fromstring(_page("<div><a href='/'>Home</a></div>"))
    assert bare_extraction(deepcopy(tree), options=OPTIONS) is None
    assert extract_text(tree, OPTIONS) == ""
