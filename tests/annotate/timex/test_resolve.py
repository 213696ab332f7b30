import datetime

from newscorpus.annotate.timex import resolve
from newscorpus.annotate.timex.tense import FUTURE, PAST

ANCHOR = datetime.date(2019, 5, 3)  # a Friday


def test_month_day_follows_the_tense():
    assert resolve.month_day(ANCHOR, 5, 2, PAST) == "2019-05-02"
    assert resolve.month_day(ANCHOR, 4, 11, PAST) == "2019-04-11"
    assert resolve.month_day(ANCHOR, 9, 12, PAST) == "2018-09-12"
    assert resolve.month_day(ANCHOR, 9, 12, FUTURE) == "2019-09-12"
    assert resolve.month_day(ANCHOR, 2, 1, FUTURE) == "2020-02-01"


def test_month_day_without_tense_is_the_nearest():
    assert resolve.month_day(ANCHOR, 4, 11, None) == "2019-04-11"
    assert resolve.month_day(ANCHOR, 6, 1, None) == "2019-06-01"


def test_february_29_is_the_nearest_leap_day_in_the_tense_direction():
    no_leap_year_near = datetime.date(2002, 1, 1)
    assert resolve.month_day(no_leap_year_near, 2, 29, PAST) == "2000-02-29"
    assert resolve.month_day(no_leap_year_near, 2, 29, FUTURE) == "2004-02-29"
    assert resolve.month_day(no_leap_year_near, 2, 29, None) == "2000-02-29"
    assert resolve.month_day(datetime.date(2001, 3, 1), 2, 29, PAST) == "2000-02-29"
    assert resolve.month_day(datetime.date(1899, 3, 1), 2, 29, FUTURE) == "1904-02-29"  # 1900 is no leap year
    assert resolve.month_day(datetime.date(1, 1, 1), 2, 29, PAST) == "0004-02-29"  # none before year 1


def test_a_far_closer_date_overrules_a_noisy_tense_cue():
    december_anchor = datetime.date(1989, 11, 2)
    assert resolve.month_day(december_anchor, 12, 15, PAST) == "1989-12-15"


def test_month():
    assert resolve.month(ANCHOR, 3, PAST) == "2019-03"
    assert resolve.month(ANCHOR, 12, FUTURE) == "2019-12"
    assert resolve.month(ANCHOR, 12, PAST) == "2018-12"


def test_weekday_is_past_unless_future_tense():
    assert resolve.weekday(ANCHOR, 5, None) == "2019-05-03"
    assert resolve.weekday(ANCHOR, 2, PAST) == "2019-04-30"
    assert resolve.weekday(ANCHOR, 2, FUTURE) == "2019-05-07"


def test_weekend():
    assert resolve.weekend(ANCHOR, PAST) == "2019-W17-WE"
    assert resolve.weekend(ANCHOR, FUTURE) == "2019-W18-WE"


def test_quarter_and_season():
    assert resolve.quarter(ANCHOR, 1, PAST) == "2019-Q1"
    assert resolve.quarter(ANCHOR, 3, PAST) == "2018-Q3"
    assert resolve.quarter(ANCHOR, 3, FUTURE) == "2019-Q3"
    assert resolve.season(ANCHOR, "SU", PAST) == "2018-SU"
    assert resolve.season(ANCHOR, "FA", FUTURE) == "2019-FA"


def test_without_anchor_unknown_parts_are_placeholders():
    assert resolve.month_day(None, 5, 2, PAST) == "XXXX-05-02"
    assert resolve.month(None, 3, None) == "XXXX-03"
    assert resolve.weekday(None, 5, None) == "XXXX-WXX-5"
    assert resolve.quarter(None, 3, None) == "XXXX-Q3"
