import pytest

from newscorpus.dataset.checks import timex_value_problem


@pytest.mark.parametrize("text, expected", [
    ("It rained yesterday.", ("yesterday", "DATE", "2019-05-02")),
    ("It rains today.", ("today", "DATE", "2019-05-03")),
    ("It will rain tomorrow.", ("tomorrow", "DATE", "2019-05-04")),
    ("It rained the day before yesterday.", ("the day before yesterday", "DATE", "2019-05-01")),
    ("They met last week.", ("last week", "DATE", "2019-W17")),
    ("They meet this week.", ("this week", "DATE", "2019-W18")),
    ("They meet next month.", ("next month", "DATE", "2019-06")),
    ("Sales rose this year.", ("this year", "DATE", "2019")),
    ("Sales rose earlier this year.", ("earlier this year", "DATE", "2019")),
    ("Sales fell last year.", ("last year", "DATE", "2018")),
    ("He resigned two years ago.", ("two years ago", "DATE", "2017")),
    ("He resigned six weeks ago.", ("six weeks ago", "DATE", "2019-W12")),
    ("He resigned about five months ago.", ("about five months ago", "DATE", "2018-12")),
    ("He resigned a decade ago.", ("a decade ago", "DATE", "200")),
    ("He resigned years ago.", ("years ago", "DATE", "PAST_REF")),
    ("He resigned several years ago.", ("several years ago", "DATE", "PAST_REF")),
    ("They met the previous day.", ("the previous day", "DATE", "2019-05-02")),
    ("They met over the weekend.", ("the weekend", "DATE", "2019-W17-WE")),
    ("They will meet this weekend.", ("this weekend", "DATE", "2019-W18-WE")),
    ("Stocks ended the day higher.", ("the day", "DATE", "2019-05-03")),
    ("It was signed later in the year.", ("later in the year", "DATE", "2019")),
    ("It closes by year-end.", ("year-end", "DATE", "2019")),
])
def test_relative_to_the_anchor(timexes, text, expected):
    assert timexes(text) == [expected]


def test_gaps_before_or_after_an_event_are_durations_without_later_or_before(timexes):
    assert timexes("Three days later, it fell.") == [("Three days", "DURATION", "P3D")]
    assert timexes("A few weeks before, it fell.") == [("A few weeks", "DURATION", "PXW")]
    assert timexes("He bought the fuel 10 days before the fire.") == [("10 days", "DURATION", "P10D")]
    assert timexes("The plant closed two years ago.") == [("two years ago", "DATE", "2017")]


def test_the_year_is_a_date_unless_it_ends_on_a_named_day(timexes):
    assert timexes("Profit rose for the year.") == [("the year", "DATE", "2019")]
    assert timexes("Profit rose in the year ended Jan. 31.") == [
        ("the year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "2019-01-31"),
    ]


def test_a_year_ago_in_a_results_story_is_the_reported_quarter(timexes):
    text = "Profit rose in the quarter. It was $5 a year ago."
    assert timexes(text)[-1] == ("a year ago", "DATE", "2018-Q1")


@pytest.mark.parametrize("text, expected", [
    ("It began in January this year.", ("January this year", "DATE", "2019-01")),
    ("It began in June last year.", ("June last year", "DATE", "2018-06")),
    ("It ends in early April next year.", ("early April next year", "DATE", "2020-04")),
])
def test_months_of_a_deictic_year(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Prices rose over the past year.", ("the past year", "DATE", "2018")),
    ("Prices rose in the last decade.", ("the last decade", "DATE", "200")),
])
def test_the_last_period_is_the_calendar_period_before(timexes, text, expected):
    assert timexes(text) == [expected]


def test_that_period_without_an_earlier_date_is_the_anchors(timexes):
    assert timexes("Earlier that day, he left.") == [("Earlier that day", "DATE", "2019-05-03")]
    assert timexes("Sales fell that year.") == [("that year", "DATE", "2019")]
    assert timexes("He recalled that day of the attack.") == []


def test_the_day_before_an_event_is_not_the_day_before_the_anchor(timexes):
    assert timexes("Bonds recovered late in the day after slipping.") == [("late in the day", "DATE", "2019-05-03")]


@pytest.mark.parametrize("text, expected", [
    ("For the week, the FTSE 100 index lost 2.1%.", [("the week", "DATE", "2019-WXX")]),
    ("Troops will leave by the end of the month.", [("the end of the month", "DATE", "2019-05")]),
    ("Shares should keep rising for the rest of the week.", []),
    ("He was named player of the month.", []),
    ("Prices slid as a result of the week's heavy selling.", [("the week", "DATE", "2019-WXX")]),
])
def test_the_week_and_the_month(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Car sales fell 30% in January, compared with the same month a year ago.",
     [("January", "DATE", "2019-01"), ("the same month a year ago", "DATE", "2018-01")]),
    ("Exports rose 4% in March from the same period last year.",
     [("March", "DATE", "2019-03"), ("the same period last year", "DATE", "2018-03")]),
    ("Profit rose 8% in the quarter from the corresponding period last year.",
     [("the quarter", "DATE", "2019-Q1"), ("the corresponding period last year", "DATE", "2018-Q1")]),
])
def test_the_same_period_a_year_before(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Families matter in today's world, she said.", []),
    ("The case is for today's youth what the war was for their parents.", []),
    ("The offer is printed in today's editions.", [("today", "DATE", "2019-05-03")]),
])
def test_todays_world_is_the_present_age_not_the_day(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("His van was seen nearby in the weeks before the fire.", [("weeks", "DATE", "XXXX-XX")]),
    ("Prices soared in the months after the war.", [("months", "DATE", "XXXX")]),
    ("He was seen there 10 days before the fire.", [("10 days", "DURATION", "P10D")]),
    ("The talks went on for weeks.", [("weeks", "DURATION", "PXW")]),
])
def test_the_weeks_before_an_event_are_a_date_of_unknown_month(timexes, text, expected):
    assert timexes(text) == expected
    assert all(timex_value_problem(kind, value) is None for _, kind, value in timexes(text))


@pytest.mark.parametrize("text, expected", [
    ("Experts say solar will one day be the second largest power source there.", [("one day", "DATE", "FUTURE_REF")]),
    ("She hopes they could still one day return home.", [("one day", "DATE", "FUTURE_REF")]),
    ("She had only been in the post one day.", [("one day", "DURATION", "P1D")]),
])
def test_will_one_day_is_the_future_not_a_length(timexes, text, expected):
    assert timexes(text) == expected
