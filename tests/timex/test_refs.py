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
    "The current system works.",
    "Future earnings may fall.",
])
def test_words_that_are_not_references(timexes, text):
    assert timexes(text) == []
