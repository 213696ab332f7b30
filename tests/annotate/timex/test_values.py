import datetime

from newscorpus.annotate.timex import values

ANCHOR = datetime.date(2019, 5, 3)


def test_duration_units():
    assert values.duration(3, "year") == "P3Y"
    assert values.duration(24, "hour") == "PT24H"
    assert values.duration(5, "minute") == "PT5M"
    assert values.duration(1, "month") == "P1M"
    assert values.duration(1, "decade") == "P10Y"
    assert values.duration(None, "week") == "PXW"


def test_shift_keeps_the_granularity_of_the_unit():
    assert values.shift(ANCHOR, "day", -1) == "2019-05-02"
    assert values.shift(ANCHOR, "week", -1) == "2019-W17"
    assert values.shift(ANCHOR, "month", 1) == "2019-06"
    assert values.shift(ANCHOR, "quarter", -2) == "2018-Q4"
    assert values.shift(ANCHOR, "year", -2) == "2017"
    assert values.shift(ANCHOR, "decade", -1) == "200"
    assert values.shift(ANCHOR, "century", 0) == "20"


def test_add_months_clamps_to_the_end_of_shorter_months():
    assert values.add_months(datetime.date(2019, 1, 31), 1) == datetime.date(2019, 2, 28)
    assert values.add_months(datetime.date(2019, 1, 15), -1) == datetime.date(2018, 12, 15)


def test_iso_week_and_quarter():
    assert values.week(datetime.date(2013, 3, 15)) == "2013-W11"
    assert values.quarter_of(ANCHOR) == 2


def test_duration_and_a_half_uses_the_next_smaller_unit_where_exact():
    assert values.duration_and_a_half(2, "year") == "P2Y6M"
    assert values.duration_and_a_half(5, "hour") == "PT5H30M"
    assert values.duration_and_a_half(1, "day") == "P1DT12H"
    assert values.duration_and_a_half(1, "week") == "P1.5W"
    assert values.duration_and_a_half(2, "decade") == "P25Y"
