import pytest


@pytest.mark.parametrize("text, expected", [
    ("Prices are now higher.", ("now", "DATE", "PRESENT_REF")),
    ("He is currently abroad.", ("currently", "DATE", "PRESENT_REF")),
    ("He recently returned.", ("recently", "DATE", "PAST_REF")),
    ("Prices rose in recent years.", ("recent years", "DATE", "PAST_REF")),
    ("It was better in the past.", ("the past", "DATE", "PAST_REF")),
    ("It will improve in the near future.", ("the near future", "DATE", "FUTURE_REF")),
    ("It will improve soon.", ("soon", "DATE", "FUTURE_REF")),
])
def test_vague_references(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text", [
    "They left as soon as possible.",
    "The former minister spoke.",
    "Future earnings may fall.",
])
def test_words_that_are_not_references(timexes, text):
    assert timexes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Prices are fixed for the time being.", ("the time being", "DATE", "PRESENT_REF")),
    ("It pays off in the long term.", ("the long term", "DATE", "FUTURE_REF")),
    ("The recent fall worried investors.", ("recent", "DATE", "PAST_REF")),
    ("The current system works.", ("current", "DATE", "PRESENT_REF")),
])
def test_more_vague_references(timexes, text, expected):
    assert timexes(text) == [expected]


def test_most_recent_is_an_order_not_a_time(timexes):
    assert timexes("Its most recent model sold well.") == []


@pytest.mark.parametrize("text, expected", [
    ("Holders may sell at the then current market price.", [("then current", "DATE", "PAST_REF")]),
    ("The then-current chairman resigned.", [("then-current", "DATE", "PAST_REF")]),
    ("Holders may sell at the current market price.", [("current", "DATE", "PRESENT_REF")]),
])
def test_then_current_is_the_present_of_a_past_time(timexes, text, expected):
    assert timexes(text) == expected
