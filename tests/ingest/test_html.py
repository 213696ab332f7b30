"""HTML news pages become an article: body without the page's furniture, and the page's own metadata."""

import pytest
from news_pages import PARAGRAPHS, news_page

from newscorpus.errors import InputError
from newscorpus.ingest.html import Article, extract_article


def test_a_news_page_gives_its_body_paragraph_by_paragraph():
    article = extract_article(news_page(), "raw/ferry.html")
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("furniture", ["Read more", "Follow us", "Share", "Tweet", "Photo: Harbour Archive",
                                       "Related stories", "Council approves", "All rights reserved", "By Tom Reilly",
                                       "Old ferry terminal to close"])
def test_the_page_furniture_is_not_in_the_body(furniture):
    assert furniture not in extract_article(news_page(), "raw/ferry.html").text


def test_the_page_metadata_becomes_the_article_fields():
    article = extract_article(news_page(), "raw/ferry.html", url="https://www.baycourier.example/news/ferry?ref=home")
    assert article.title == "Old ferry terminal to close after 60 years"
    assert article.outlet == "The Bay Courier"
    assert article.authors == ("Tom Reilly", "Ana Costa")
    assert article.published == "2024-03-05"  # the original date, not the modification
    assert article.url == "https://www.baycourier.example/news/ferry-terminal-to-close"  # canonical, made absolute
    assert article.language == "en"


def test_without_metadata_the_title_is_the_h1_and_the_url_the_one_given():
    page = news_page(head="", lang="fr").replace("By Tom Reilly and Ana Costa", "Par la rédaction")
    article = extract_article(page, "raw/ferry.html", url="https://example.org/ferry")
    assert article.title == "Old ferry terminal to close after 60 years"
    assert article.url == "https://example.org/ferry"
    assert article.outlet is None
    assert article.authors == ()
    assert article.language == "fr"


def test_a_byline_in_the_page_gives_the_authors_when_the_markup_names_none():
    page = news_page(head="").replace("By Tom Reilly and Ana Costa", "By TOM REILLY, Staff Writer")
    assert extract_article(page, "raw/ferry.html").authors == ("Tom Reilly",)


def test_the_authors_come_from_the_first_three_bylines_marked_in_the_page_the_innermost_of_nested_ones():
    bylines = ('<div class="byline-block"><span class="byline">By Tom Reilly</span></div>'
               '<a rel="author" href="/ana">Ana Costa</a><span itemprop="author">Lena Park</span>'
               '<p class="byline">By Omar Haddad</p>')
    page = news_page(head="").replace('<div class="byline">By Tom Reilly and Ana Costa</div>', bylines)
    assert extract_article(page, "raw/ferry.html").authors == ("Tom Reilly", "Ana Costa", "Lena Park")


def test_the_site_name_is_stripped_from_a_title_tag():
    page = news_page(head="").replace("<h1>Old ferry terminal to close after 60 years</h1>", "")
    assert extract_article(page, "raw/ferry.html").title == "Old ferry terminal to close after 60 years"


def test_the_date_in_the_url_is_used_when_the_markup_has_none():
    page = news_page(head="")
    assert extract_article(page, "raw/ferry.html").published is None
    assert extract_article(page, "raw/ferry.html", url="https://example.org/2023/11/02/ferry").published == "2023-11-02"


def test_an_article_body_cut_by_an_advertisement_is_joined():
    page = news_page().replace(
        "<p>Read more: Island school to get new boat next year</p>",
        '</div><div class="ad-slot"><span>Advertisement</span></div><div class="article-body">')
    assert extract_article(page, "raw/ferry.html").text.split("\n\n") == PARAGRAPHS


INDEX_PAGE = """<!DOCTYPE html><html lang="en"><head><title>News | The Bay Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<ul>""" + "".join(f'<li><a href="/news/{i}">Story number {i}</a></li>' for i in range(30)) + """</ul>
<footer>© 2024 The Bay Courier</footer></body></html>"""

NOT_FOUND = """<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>
<p>The requested URL was not found on this server.</p></body></html>"""


@pytest.mark.parametrize("page", [INDEX_PAGE, NOT_FOUND], ids=["index page", "404 body"])
def test_a_page_with_no_article_is_rejected_naming_the_file_and_the_word_count(page):
    with pytest.raises(InputError) as raised:
        extract_article(page, "raw/page.html")
    assert raised.value.path == "raw/page.html"
    assert raised.value.problem.startswith("no article text found (")


@pytest.mark.parametrize("page", ["", "   \n", "just some words, no markup"], ids=["empty", "blank", "text"])
def test_an_empty_or_non_html_page_is_rejected(page):
    with pytest.raises(InputError) as raised:
        extract_article(page, "raw/page.html")
    assert raised.value.path == "raw/page.html"


def test_the_json_ld_authors_survive_a_broken_ld_block():
    head = news_page().split("<head>")[1].split("</head>")[0]
    broken = head.replace('<script type="application/ld+json">', '<script type="application/ld+json">{oops}</script>'
                                                                  '<script type="application/ld+json">')
    assert extract_article(news_page(head=broken), "raw/ferry.html").authors == ("Tom Reilly", "Ana Costa")


def test_a_page_whose_markup_names_no_language_gets_the_language_its_text_reads_as():
    page = news_page(head="", lang="").replace('<html lang="">', "<html>")
    assert extract_article(page, "raw/ferry.html").language == "en"


def test_a_byline_naming_the_outlet_is_not_an_author():
    page = news_page().replace('{"@type": "Person", "name": "Ana Costa"}',
                               '{"@type": "Organization", "name": "The Bay Courier"}')
    assert extract_article(page, "raw/ferry.html").authors == ("Tom Reilly",)


def test_a_short_brief_goes_through_the_fallbacks_without_the_menus_and_footer(monkeypatch):
    import newscorpus.ingest.html as html

    brief = ("The coastal road between the two harbours will close overnight on Thursday for resurfacing, the county "
             "council said, with a signed diversion through the village. Buses will keep their usual times.")
    menu = "".join(f'<li><a href="/{n}">Section number {n} of the site</a></li>' for n in range(12))
    page = (f'<html lang="en"><head><title>Road to close</title></head><body><nav><ul>{menu}</ul></nav>'
            f'<div class="story"><h1>Road to close</h1><p>{brief}</p></div>'
            f'<aside><ul>{menu}</ul></aside><footer><p>Copyright The County Paper, all rights reserved.</p></footer>'
            '</body></html>')
    passes = []
    real = html._trafilatura


    def spy(tree, *args, fast):
        passes.append((fast, [element.tag for element in tree.iter("nav", "aside", "footer")]))
        return real(tree, *args, fast=fast)

    monkeypatch.setattr(html, "_trafilatura", spy)
    assert extract_article(page, "raw/brief.html").text == brief
    assert passes == [(True, []), (False, [])]  # under FALLBACK_WORDS: trafilatura's fallbacks, on the precleaned page
