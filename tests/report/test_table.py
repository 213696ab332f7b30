"""The corpus page's article table in headless Chromium, driven as a reader would: type a search, click a heading."""

import json

import pytest
from browser import Browser

from newscorpus.build import build
from newscorpus.report import build_site

STORIES = [  # title, published, text: entity counts from 1 to over 10, so that 10 must sort after 9
    ("Central bank keeps rates", "2020-03-02", "The Bank of England kept rates on hold in London on Monday."),
    ("Talks in Geneva", "2019-11-20", "Diplomats from France, Germany, Italy, Spain, Poland, Greece, Austria, Sweden, "
                                      "Finland, Denmark and Norway met in Geneva with officials of the United Nations."),
    ("Bank shares rise", "2021-01-15", "Shares in Barclays and HSBC rose in early trading in London and New York."),
    ("Storm hits the coast", "2018-07-04", "A storm hit Florida and Georgia, the National Weather Service said."),
    ("Election results", "2020-11-05", "Voters in Ohio, Texas and Arizona waited for the results on Thursday."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("table") / "corpus"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "raw" / "wire.jsonl").write_text("".join(
        json.dumps({"title": title, "published": published, "text": text}) + "\n"
        for title, published, text in STORIES), encoding="utf-8")
    build(corpus)
    out = corpus.parent / "report"
    build_site(corpus, out)
    return out / "index.html"


@pytest.fixture
def page(index, tmp_path):
    with Browser(tmp_path / "profile") as browser:
        yield browser.open(index.as_uri())


def visible(page) -> list[list[str]]:
    return page.evaluate("Array.from(document.querySelectorAll('#articles tbody tr'))"
                         ".filter(row => !row.hidden).map(row => Array.from(row.cells, cell => cell.textContent))")


def column(page, i: int) -> list[str]:
    return [row[i] for row in visible(page)]


def test_without_a_search_every_article_is_listed_by_date(page):
    assert column(page, 1) == sorted(published for _, published, _ in STORIES)
    assert page.evaluate("document.querySelector('#articles th:nth-child(2)').getAttribute('aria-sort')") == "ascending"
    assert page.evaluate("document.getElementById('article-count').textContent") == "5 articles"
    assert page.evaluate("document.getElementById('article-search').hidden") is False  # shown once the script ran


def test_typing_a_search_keeps_the_matching_articles(page):
    page.type("#article-search", "bank")
    page.wait_for("document.getElementById('article-count').textContent === '2 of 5 articles'")
    assert sorted(column(page, 0)) == ["Bank shares rise", "Central bank keeps rates"]
    page.type("#article-search", " 2021")
    page.wait_for("document.getElementById('article-count').textContent === '1 of 5 articles'")
    assert column(page, 0) == ["Bank shares rise"]


def test_clicking_a_heading_sorts_by_it_and_again_reverses(page):
    page.click("#articles th:nth-child(1) button")
    page.wait_for("document.querySelector('#articles th:nth-child(1)').getAttribute('aria-sort') === 'ascending'")
    assert column(page, 0) == sorted((title for title, _, _ in STORIES), key=str.lower)
    page.click("#articles th:nth-child(2) button")
    page.wait_for("document.querySelector('#articles th:nth-child(2)').getAttribute('aria-sort') === 'ascending'")
    assert column(page, 1) == sorted(published for _, published, _ in STORIES)
    page.click("#articles th:nth-child(2) button")
    page.wait_for("document.querySelector('#articles th:nth-child(2)').getAttribute('aria-sort') === 'descending'")
    assert column(page, 1) == sorted((published for _, published, _ in STORIES), reverse=True)
    assert page.evaluate("document.querySelector('#articles th:nth-child(1)').hasAttribute('aria-sort')") is False


def test_count_columns_sort_as_numbers(page):
    page.click("#articles th:nth-child(3) button")
    page.wait_for("document.querySelector('#articles th:nth-child(3)').getAttribute('aria-sort') === 'ascending'")
    counts = [int(n) for n in column(page, 2)]
    assert counts == sorted(counts) and counts[-1] >= 10 > counts[0]  # as text, "10" would come before "2"


def test_sorting_keeps_the_search(page):
    page.type("#article-search", "bank")
    page.wait_for("document.getElementById('article-count').textContent === '2 of 5 articles'")
    page.click("#articles th:nth-child(2) button")  # sorted by date already: now the latest first
    page.wait_for("document.querySelector('#articles th:nth-child(2)').getAttribute('aria-sort') === 'descending'")
    assert column(page, 0) == ["Bank shares rise", "Central bank keeps rates"]
