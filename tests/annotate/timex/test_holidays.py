import datetime

import pytest

from newscorpus.annotate.timex.holidays import HOLIDAYS


@pytest.mark.parametrize("text, expected", [
    ("He was found on Thanksgiving Day.", ("Thanksgiving Day", "DATE", "2018-11-22")),
    ("They met last Christmas.", ("last Christmas", "DATE", "2018-12-25")),
    ("The vote will take place on Election Day.", ("Election Day", "DATE", "2019-11-05")),
    ("Prayers marked Easter week.", ("Easter week", "DATE", "2019-W16")),
    ("Stores will close on Memorial Day.", ("Memorial Day", "DATE", "2019-05-27")),
])
def test_named_days_resolve_by_tense(timexes, text, expected):
    assert timexes(text) == [expected]


def test_without_anchor_the_year_is_unknown(timexes):
    assert timexes("They met at Halloween.", None) == [("Halloween", "DATE", "XXXX-XX-XX")]


def test_lowercase_words_are_not_holidays(timexes):
    assert timexes("The good friday feeling of a labor day.") == []


@pytest.mark.parametrize("name, year, date", [
    ("easter", 2019, datetime.date(2019, 4, 21)),
    ("easter", 2000, datetime.date(2000, 4, 23)),
    ("good friday", 2024, datetime.date(2024, 3, 29)),
    ("thanksgiving", 1999, datetime.date(1999, 11, 25)),
    ("election day", 1998, datetime.date(1998, 11, 3)),
    ("labor day", 2019, datetime.date(2019, 9, 2)),
    ("memorial day", 2018, datetime.date(2018, 5, 28)),
])
def test_calendar_rules(name, year, date):
    assert HOLIDAYS[name](year) == date
