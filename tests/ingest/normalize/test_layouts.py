import datetime as dt

import pytest

from newscorpus.errors import InputError
from newscorpus.ingest.normalize.layouts import HeadlineBody, NewsLinePage
from newscorpus.ingest.raw import RawDocument

PAGE = (
    "Ships collide off Baku\n\n"
    "\u00a0 04 June 2020\u00a0 \u00a0 \u00a0 Read: 12\n"
    "Ships collide off Baku\n\n"
    "Two ships collided on Tuesday.\u00a0 Nobody was hurt.\n\n"
    "The port reopened.\n\n\n"
    "More about: Baku \u00a0 Caspian Sea \u00a0\n\n\n"
    "News Line"
)


def raw(text, **meta):
    return RawDocument("raw/x.txt", text, "0" * 64, meta)


def test_news_line_page_takes_the_page_apart():
    page = NewsLinePage().parse(raw(PAGE))
    assert page.title == "Ships collide off Baku"
    assert page.published == dt.date(2020, 6, 4)
    assert page.read_count == 12
    assert page.tags == ["Baku", "Caspian Sea"]
    assert page.paragraphs == ["Two ships collided on Tuesday. Nobody was hurt.", "The port reopened."]


def test_news_line_page_leaves_other_pages_to_other_layouts():
    assert NewsLinePage().parse(raw("Headline\n\nBody text.")) is None


@pytest.mark.parametrize("page, message", [
    (PAGE.rsplit("News Line", 1)[0], "truncated: no 'News Line' footer"),
    (PAGE.replace("Ships collide off Baku\n\nTwo", "Other headline\n\nTwo"), "headline is not repeated"),
    (PAGE.replace("04 June 2020", "31 June 2020"), "unreadable date '31 June 2020'"),
])
def test_a_broken_news_line_page_is_reported(page, message):
    with pytest.raises(InputError, match=message):
        NewsLinePage().parse(raw(page))


def test_headline_body_takes_the_date_from_the_sidecar():
    page = HeadlineBody().parse(raw("Markets rally\nStocks rose\non Friday.\n\nBonds fell.", published="2020-01-03"))
    assert (page.title, page.published) == ("Markets rally", dt.date(2020, 1, 3))
    assert page.paragraphs == ["Stocks rose on Friday.", "Bonds fell."]


def test_headline_body_needs_a_body():
    assert HeadlineBody().parse(raw("Just one line")) is None
