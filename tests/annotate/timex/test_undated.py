"""In an undated article, relative and partial dates keep what the text does not say as X: no year is invented."""

import re

import pytest

from newscorpus.annotate import annotate
from newscorpus.annotate.dates import DateAnnotator
from newscorpus.dataset.checks import timex_value_problem

STORY = ("Talks between the two governments will resume on May 2, the foreign minister said on Tuesday. "
         "Officials met in Geneva last week, and a second round is planned for next month. "
         "Yesterday the minister told reporters that the deal signed two years ago still stood, and that "
         "he would travel to Ankara on Friday. In the third quarter exports fell, and this summer the "
         "ministry expects them to recover. The treaty of March 2019 was ratified the next day.")


def dates(text: str, published: str | None = None) -> dict[str, str]:
    record = {"text": text, "published": published}
    return {d["text"]: d["value"] for d in DateAnnotator().spans(record)}


def test_an_undated_story_gets_underspecified_values():
    values = dates(STORY)
    assert values["May 2"] == "XXXX-05-02"
    assert values["Tuesday"] == "XXXX-WXX-2"
    assert values["Friday"] == "XXXX-WXX-5"
    assert values["the third quarter"] == "XXXX-Q3"
    assert values["March 2019"] == "2019-03"  # the year the text gives is kept


def test_no_year_appears_that_the_text_does_not_state():
    stated = set(re.findall(r"\b\d{4}\b", STORY))
    for text, value in dates(STORY).items():
        year = re.match(r"\d{4}", value)
        assert year is None or year.group() in stated, (text, value)


@pytest.mark.parametrize("sentence, expression", [
    ("Shares fell sharply yesterday after the results.", "yesterday"),
    ("The company will report its earnings next month.", "next month"),
    ("The plant closed two years ago.", "two years ago"),
    ("Prices rose last year, the agency said.", "last year"),
])
def test_relative_expressions_get_no_absolute_value_without_a_date(sentence, expression):
    value = dates(sentence)[expression]
    assert not re.match(r"\d{4}", value), value
    assert re.match(r"\d{4}", dates(sentence, "2019-05-03")[expression])  # which a dated article resolves


@pytest.mark.parametrize("published", [None, "1987-04-07"])
def test_wire_clock_times_make_values_the_record_checks_accept(published):
    """A 24-hour time with its zone, dated or not, is a TIME value the dataset's checks take (it once made a
    whole undated story fail them)."""
    dates = annotate("Trading resumed at 1400 GMT on Tuesday, and closed at 1630 GMT.", published)["dates"]
    times = [d for d in dates if d["type"] == "TIME"]
    assert len(times) == 2 and all(d["value"].endswith("Z") for d in times)
    assert [timex_value_problem(d["type"], d["value"]) for d in dates] == [None] * len(dates)
