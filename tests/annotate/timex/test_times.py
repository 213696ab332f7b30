import pytest


@pytest.mark.parametrize("text, expected", [
    ("It exploded at 3 p.m.", ("3 p.m.", "TIME", "2019-05-03T15:00")),
    ("It exploded at 10:35 a.m. local time.", ("10:35 a.m. local time", "TIME", "2019-05-03T10:35")),
    ("The offer will expire at 5 p.m. EST Nov. 9.", ("5 p.m. EST Nov. 9", "TIME", "2019-11-09T17:00")),
    ("The offer expires at noon Thursday.", ("noon Thursday", "TIME", "2019-05-02T12:00")),
    ("Trading halted at 16:08 UTC.", ("16:08 UTC", "TIME", "2019-05-03T16:08Z")),
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
