import pytest


@pytest.mark.parametrize("text, expected", [
    ("It exploded at 3 p.m.", ("3 p.m.", "TIME", "2019-05-03T15:00")),
    ("It exploded at 10:35 a.m. local time.", ("10:35 a.m. local time", "TIME", "2019-05-03T10:35")),
    ("The offer will expire at 4 p.m. EST Oct. 7.", ("4 p.m. EST Oct. 7", "TIME", "2019-10-07T16:00")),
    ("The offer expires at noon Thursday.", ("noon Thursday", "TIME", "2019-05-02T12:00")),
    ("Trading halted at 14:52 UTC.", ("14:52 UTC", "TIME", "2019-05-03T14:52Z")),
    ("Shares fell this morning.", ("this morning", "TIME", "2019-05-03TMO")),
    ("He will speak tonight.", ("tonight", "TIME", "2019-05-03TNI")),
    ("Rebels attacked Saturday night.", ("Saturday night", "TIME", "2019-04-27TNI")),
    ("Rebels attacked last night.", ("last night", "TIME", "2019-05-02TNI")),
    ("Shares rose in mid-afternoon yesterday.", ("mid-afternoon yesterday", "TIME", "2019-05-02TAF")),
])
def test_times_of_day(timexes, text, expected):
    assert timexes(text) == [expected]


def test_scores_are_not_clock_times(timexes):
    assert timexes("The team won 3:2.") == []
    assert timexes("It was a good morning for them.") == []


@pytest.mark.parametrize("text, expected", [
    ("Voting ended at 1800 GMT on Thursday.", [("1800 GMT on Thursday", "TIME", "2019-05-02T18:00Z")]),
    ("LONDON, May 3 (Reuters) - European shares were 0.4 percent higher by 1400 GMT.",
     [("May 3", "DATE", "2019-05-03"), ("1400 GMT", "TIME", "2019-05-03T14:00Z")]),
    ("May 3 1400 GMT - Oil prices fell.", [("May 3 1400 GMT", "TIME", "2019-05-03T14:00Z")]),
    ("3 May 1400 GMT - Oil prices fell.", [("3 May 1400 GMT", "TIME", "2019-05-03T14:00Z")]),
    ("The ceasefire took effect at 0600 EDT.", [("0600 EDT", "TIME", "2019-05-03T06:00")]),
])
def test_twenty_four_hour_clock_times_are_times_not_years(timexes, text, expected):
    assert timexes(text) == expected


def test_a_clock_time_given_again_in_another_zone_is_not_tagged_twice(timexes):
    assert timexes("The quake struck at 4:20 a.m. (2320 GMT).") == [("4:20 a.m.", "TIME", "2019-05-03T04:20")]


@pytest.mark.parametrize("text", [
    "The curfew starts at 1800 hours.",
    "Polls opened at 0700 local time.",
])
def test_clock_times_without_a_zone_keyword_are_not_years(timexes, text):
    assert timexes(text) == []
