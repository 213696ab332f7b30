import pytest


@pytest.mark.parametrize("text, expected", [
    ("It was signed on September 12, 2017.", ("September 12, 2017", "DATE", "2017-09-12")),
    ("It was signed on Tuesday, Sept. 12, 2017.", ("Tuesday, Sept. 12, 2017", "DATE", "2017-09-12")),
    ("It was signed on 12 September 2017.", ("12 September 2017", "DATE", "2017-09-12")),
    ("It was signed on 2017-09-12.", ("2017-09-12", "DATE", "2017-09-12")),
    ("It was signed on 12/09/2017.", ("12/09/2017", "DATE", "2017-12-09")),
    ("It was signed on 25/09/2017.", ("25/09/2017", "DATE", "2017-09-25")),
    ("Reports surfaced in November 2016.", ("November 2016", "DATE", "2016-11")),
    ("It grew in 2017.", ("2017", "DATE", "2017")),
    ("It will be ready by mid-2019.", ("mid-2019", "DATE", "2019")),
    ("It was the fashion in the 1990s.", ("the 1990s", "DATE", "199")),
    ("It was the fashion in the nineties.", ("the nineties", "DATE", "199")),
    ("It changed in the 20th century.", ("the 20th century", "DATE", "19")),
    ("Sales fell in fiscal 1998.", ("fiscal 1998", "DATE", "FY1998")),
    ("It happened in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
    ("It happened in the summer of 2018.", ("the summer of 2018", "DATE", "2018-SU")),
])
def test_dates_with_their_own_year(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text", [
    "He sold 1998 shares.",
    "The price rose to $2019.",
    "Flight 1549 landed.",
    "Read: 1566",
    "The S-400 and F-35 systems.",
    "Airbus A380 jets.",
    "It cost 1,998 dollars.",
])
def test_numbers_that_are_not_years(timexes, text):
    assert timexes(text) == []


def test_impossible_dates_are_skipped(timexes):
    assert timexes("It was on February 30, 2019.") == [("2019", "DATE", "2019")]


@pytest.mark.parametrize("text, expected", [
    ("Cars of the 70s and 80s were boxy.", [("the 70s", "DATE", "197"), ("80s", "DATE", "198")]),
    ("Prices are the highest since '82.", [("'82", "DATE", "1982")]),
    ("Harwick released iQuill '11 today.", [("today", "DATE", "2019-05-03")]),
    ("He is in his 30s.", []),
])
def test_clipped_decades_and_years(timexes, text, expected):
    assert timexes(text) == expected
