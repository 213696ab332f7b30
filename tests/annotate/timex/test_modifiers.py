import pytest


@pytest.mark.parametrize("text, extent", [
    ("It opens in early 2020.", "early 2020"),
    ("It opened in mid-November.", "mid-November"),
    ("It opened at the end of 2018.", "the end of 2018"),
    ("It opened late yesterday.", "late yesterday"),
    ("It opened at the beginning of the month.", "the beginning of the month"),
])
def test_modifiers_stay_inside_the_extent(timexes, text, extent):
    assert [t[0] for t in timexes(text)] == ([extent] if extent else [])


def test_modifiers_do_not_change_the_value(timexes):
    assert timexes("It opens in early 2020.") == [("early 2020", "DATE", "2020")]


def test_modifiers_do_not_attach_to_durations(timexes):
    assert timexes("It took late three years.")[0][0] == "three years"


def test_a_frequency_keeps_its_approximation_outside(timexes):
    assert timexes("Protesters rallied almost daily.") == [("daily", "SET", "P1D")]
    assert timexes("It took about five hours.") == [("about five hours", "DURATION", "PT5H")]
