import pytest


@pytest.mark.parametrize("text, expected", [
    ("Growth is expected in the third quarter.", ("the third quarter", "DATE", "2019-Q3")),
    ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2018-Q3")),
    ("Third-quarter profit rose.", ("Third-quarter", "DATE", "2018-Q3")),
    ("The firm reported the third-quarter loss it had warned of.", ("third-quarter", "DATE", "2018-Q3")),
    ("It blamed the fiscal second-quarter loss on costs.", ("fiscal second-quarter", "DATE", "2019-Q2")),
    ("Profit rose in the first quarter.", ("the first quarter", "DATE", "2019-Q1")),
    ("Profit rose in the third quarter of 2017.", ("the third quarter of 2017", "DATE", "2017-Q3")),
    ("Profit rose in last year's fourth quarter.", ("last year's fourth quarter", "DATE", "2018-Q4")),
    ("Profit rose in the final quarter of 2009.", ("the final quarter of 2009", "DATE", "2009-Q4")),
    ("Profit rose in the quarter.", ("the quarter", "DATE", "2019-Q1")),
    ("Profit rose in the year-ago quarter.", ("the year-ago quarter", "DATE", "2018-Q1")),
    ("It will improve next quarter.", ("next quarter", "DATE", "2019-Q3")),
    ("Profit was flat in the 2018 period.", ("the 2018 period", "DATE", "2018-Q1")),
    ("Sales in the latest period rose.", ("the latest period", "DATE", "2019-Q1")),
    ("Sales rose in the first half of 2018.", ("the first half of 2018", "DATE", "2018-H1")),
    ("Sales rose in Q3 2018.", ("Q3 2018", "DATE", "2018-Q3")),
])
def test_reporting_periods(timexes, text, expected):
    assert timexes(text) == [expected]


def test_quarter_as_a_fraction_is_not_a_period(timexes):
    assert timexes("The island imports about three-quarters of its water.") == []
