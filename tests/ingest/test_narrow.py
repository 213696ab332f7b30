"""When one element holds nearly all of a page's paragraph text, trafilatura is handed only that element (and what
holds it or the headline): what lies beside it is gone from the tree, the article's text is not."""

from lxml.html import document_fromstring
from news_pages import PARAGRAPHS, news_page

from newscorpus.ingest.html import extract_article
from newscorpus.ingest.narrow import narrow

BODY = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
TEASERS = "".join(f'<div class="teaser"><a href="/{n}">Story {n}</a><p>A short teaser for story {n}.</p></div>'
                  for n in range(3))


def _page(body: str):
    return document_fromstring(f"<html><head><title>A story</title></head><body>{body}</body></html>")


def test_the_element_holding_the_paragraphs_is_kept_and_what_lies_beside_it_goes():
    tree = _page(f'<div class="page"><div class="column"><h1>The headline</h1><div class="story">{BODY}</div>'
                 f'<div class="comments"><p>First!</p></div></div><div class="rail">{TEASERS}</div></div>'
                 "<p>Footer text of the site.</p>")
    container = narrow(tree)
    assert container.get("class") == "story"
    assert [element.get("class") for element in tree.iter("div")] == ["page", "column", "story"]
    assert tree.find("head/title").text == "A story"  # the page's metadata is read from the whole page before
    assert [p.text for p in tree.iter("p")] == PARAGRAPHS


def test_the_headline_and_what_holds_it_stay_but_not_what_lies_beside_it():
    tree = _page(f'<div class="top"><h1>The <em>headline</em></h1><p class="byline">By A. Writer</p></div>'
                 f'<div class="story">{BODY}</div><div class="rail">{TEASERS}</div>')
    assert narrow(tree).get("class") == "story"
    assert [element.get("class") for element in tree.iter("div")] == ["top", "story"]
    assert tree.find("body/div/h1").text_content() == "The headline"
    assert "By A. Writer" not in tree.text_content()


def test_a_headline_inside_the_container_leaves_the_container_whole():
    tree = _page(f'<div class="story"><div class="head"><h1>The headline</h1><p>By A. Writer</p></div>{BODY}</div>'
                 f'<div class="rail">{TEASERS}</div>')
    assert narrow(tree).get("class") == "story"
    assert [element.get("class") for element in tree.iter("div")] == ["story", "head"]
    assert "By A. Writer" in tree.text_content()


def test_a_standfirst_beside_the_body_keeps_the_whole_page():
    standfirst = ("Islanders face longer crossings for a year and a half while a new landing is built on the west "
                  "quay, and the board promises a shuttle bus between the quays in the meantime.")
    tree = _page(f'<p class="standfirst">{standfirst}</p><div class="story">{BODY}</div><div class="rail">{TEASERS}</div>')
    assert narrow(tree) is None
    assert len(list(tree.iter("div"))) == 5  # untouched
    assert tree.find("body/p").text == standfirst


def test_a_page_with_little_paragraph_text_is_left_whole():
    tree = _page('<div class="story"><p>Short.</p></div><div class="rail"><a href="/a">Story</a></div>')
    assert narrow(tree) is None
    assert len(list(tree.iter("div"))) == 2


def test_a_news_page_gives_the_same_body_narrowed():
    tree = document_fromstring(news_page())
    assert narrow(tree).get("class") == "article-body"
    assert extract_article(news_page(), "raw/ferry.html").text.split("\n\n") == PARAGRAPHS


def test_related_stories_with_paragraphs_beside_the_article_are_not_in_the_body():
    teaser = "Council approves the harbour car park after a long debate about the parking charges."
    rail = f'<div class="most-read"><div class="item"><p>{teaser}</p></div></div>'
    page = news_page().replace("</main>", f"</main>{rail}")
    assert teaser not in extract_article(page, "raw/ferry.html").text


def test_the_only_article_holding_most_of_the_paragraphs_is_the_container():
    comments = "".join(f'<div class="reply"><p>{paragraph}</p></div>' for paragraph in PARAGRAPHS[:3])
    tree = _page(f'<div class="main"><article class="post"><h1>The headline</h1>{BODY}</article>'
                 f'<section class="replies">{comments}</section></div>')
    assert narrow(tree).get("class") == "post"
    assert not list(tree.iter("section"))


def test_two_articles_are_a_list_of_posts_and_the_page_stays_whole():
    tree = _page(f'<article class="one">{BODY}</article><article class="two">{BODY}</article>')
    assert narrow(tree) is None
    assert len(list(tree.iter("article"))) == 2
