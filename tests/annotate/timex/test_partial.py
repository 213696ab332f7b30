import pytest

from newscorpus.dataset.checks import timex_value_problem

from .conftest import FRIDAY_MAY_3_2019


@pytest.mark.parametrize("text, expected", [
    ("He told reporters on May 2 that talks continue.", ("May 2", "DATE", "2019-05-02")),
    ("On April 11, the minister said so.", ("April 11", "DATE", "2019-04-11")),
    ("The minister said on Sept. 12 that it was over.", ("Sept. 12", "DATE", "2018-09-12")),
    ("The vote will take place on Sept. 12.", ("Sept. 12", "DATE", "2019-09-12")),
    ("The vote is on the 12th of September.", ("the 12th of September", "DATE", "2019-09-12")),
    ("The vote is on March eighth.", ("March eighth", "DATE", "2019-03-08")),
    ("Prices rose in March.", ("March", "DATE", "2019-03")),
    ("Elections will be held in March.", ("March", "DATE", "2020-03")),
    ("Talks resumed in early March.", ("early March", "DATE", "2019-03")),
    ("He resigned last April.", ("last April", "DATE", "2019-04")),
    ("It opened this September.", ("this September", "DATE", "2019-09")),
    ("The ministers met in May.", ("May", "DATE", "2019-05")),
])
def test_months_and_days_resolved_by_tense(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text", ["It closed on September 31.", "On 31 April, nothing.", "Friday, February 30"])
def test_a_day_the_month_never_has_is_no_date(timexes, text):
    assert [timex_value_problem(kind, value) for _, kind, value in timexes(text)] == [None] * len(timexes(text))
    assert not any(value.endswith(("-09-31", "-04-31", "-02-30")) for _, _, value in timexes(text))


def test_the_modal_may_is_not_a_month(timexes):
    assert timexes("May I ask a question? Prices May rise.") == []


@pytest.mark.parametrize("text, expected", [
    ("The minister said Friday that talks continue.", ("Friday", "DATE", "2019-05-03")),
    ("The minister said Tuesday that talks continue.", ("Tuesday", "DATE", "2019-04-30")),
    ("The ministers will meet Tuesday.", ("Tuesday", "DATE", "2019-05-07")),
    ("They met last Friday.", ("last Friday", "DATE", "2019-04-26")),
    ("They meet next Friday.", ("next Friday", "DATE", "2019-05-10")),
])
def test_weekdays(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Sales slumped last summer.", ("last summer", "DATE", "2018-SU")),
    ("Sales will recover this fall.", ("this fall", "DATE", "2019-FA")),
    ("The plant will open in the spring.", ("the spring", "DATE", "2020-SP")),
])
def test_seasons(timexes, text, expected):
    assert timexes(text) == [expected]


def test_a_bare_season_word_is_not_tagged(timexes):
    assert timexes("Prices fall when supply rises.") == []


def test_without_anchor_the_year_stays_unknown(timexes):
    assert timexes("They met on May 2 and again Friday.", None) == [
        ("May 2", "DATE", "XXXX-05-02"), ("Friday", "DATE", "XXXX-WXX-5"),
    ]


def test_a_dateline_with_weekday_and_colon(timexes):
    assert timexes("In an editorial on Saturday, April 27: prices fell.") == [
        ("Saturday, April 27", "DATE", "2019-04-27"),
    ]


def test_a_season_named_with_last_or_next_is_a_season_before_in_or_of(timexes):
    assert timexes("The baker was robbed in his shop last fall in Dayton.") == [("last fall", "DATE", "2018-FA")]
    assert timexes("The fall in prices hurt farmers.") == []


def test_the_fall_is_the_season_only_after_a_preposition_of_time(timexes):
    assert timexes("The fall was the steepest since records began.") == []
    assert timexes("The plant will reopen in the fall.") == [("the fall", "DATE", "2019-FA")]


@pytest.mark.parametrize("text, anchor, expected", [
    ("Bike sales rose in the last week of March 2009.", None, ("the last week of March 2009", "DATE", "2009-W13")),
    ("Talks are due in the first week of June.", FRIDAY_MAY_3_2019, ("the first week of June", "DATE", "2019-W23")),
    ("The plant shut in the second week of January.", FRIDAY_MAY_3_2019,
     ("the second week of January", "DATE", "2019-W02")),
    ("Talks are due in the first week of June.", None, ("the first week of June", "DATE", "XXXX-WXX")),
])
def test_a_week_of_a_month(timexes, text, anchor, expected):
    assert timexes(text, anchor) == [expected]


def test_a_month_of_next_year_is_next_years(timexes):
    assert timexes("The franchises will lapse after October of next year.") == [
        ("October", "DATE", "2020-10"), ("next year", "DATE", "2020")]


def test_since_points_to_the_past(timexes):
    assert timexes("The carrier has been at sea since March and was scheduled to sail home.") == [
        ("March", "DATE", "2019-03")]
    assert timexes("The carrier has been at sea since June and was scheduled to sail home.") == [
        ("June", "DATE", "2018-06")]


@pytest.mark.parametrize("text, expected", [
    ("The airline aims to double flights, untouched by the slump, by August.", ("August", "DATE", "2019-08")),
    ("Talks that stalled are supposed to conclude by February.", ("February", "DATE", "2020-02")),
    ("By February the rebels had left the town.", ("February", "DATE", "2019-02")),
])
def test_by_a_month_is_a_deadline_unless_the_sentence_looks_back_with_had(timexes, text, expected):
    assert timexes(text) == [expected]
