import datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscorpus.annotate.timex import tag
from newscorpus.dataset.checks import timex_value_problem

TEMPORAL_WORDS = [
    "May", "2", "2017", "last", "week", "ago", "years", "the", "past", "Friday", "3", "p.m.", "every",
    "quarter", "third", "-", "mid", "early", "12/09/2017", "now", "tonight", ",", ".", " ", "\n", "'s",
    "September", "February", "31", "30", "29", "April",
]
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(TEMPORAL_WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(TEMPORAL_WORDS), max_size=30).map("".join),
)
anchors = st.one_of(st.none(), st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)))


EVERY_RULE = (
    "yesterday, last week, two years ago, the previous day, in December, Friday, last May, 3 p.m. Friday,"
    " the next day, that year, last Christmas, Easter week, 5 1/2 hours, January next year, the past century"
)


@settings(max_examples=3 * settings.default.max_examples)  # a fast test: three times the profile's number
@given(texts, anchors)
@example(EVERY_RULE, datetime.date(1, 1, 1))
@example(EVERY_RULE, datetime.date(9999, 12, 31))
@example("February29", datetime.date(2002, 1, 1))  # no leap year within a year of it
@example("last year", datetime.date(1, 12, 31))  # year 0000
@example("September 31, 31 April, February 30", datetime.date(2017, 5, 3))  # days the month never has
def test_tag_returns_valid_ordered_disjoint_spans(text, anchor):
    found = tag(text, anchor)
    previous_end = 0
    for timex in found:
        assert 0 <= timex["start"] < timex["end"] <= len(text)
        assert text[timex["start"]:timex["end"]] == timex["text"]
        assert timex["start"] >= previous_end
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert timex_value_problem(timex["type"], timex["value"]) is None, timex
        previous_end = timex["end"]
