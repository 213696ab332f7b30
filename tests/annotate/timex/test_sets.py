import pytest


@pytest.mark.parametrize("text, expected", [
    ("They meet every week.", ("every week", "SET", "P1W")),
    ("They meet each year.", ("each year", "SET", "P1Y")),
    ("They meet every two years.", ("every two years", "SET", "P2Y")),
    ("They publish weekly.", ("weekly", "SET", "P1W")),
    ("They meet twice a month.", ("twice a month", "SET", "P1M")),
    ("It pays $5 a year.", ("a year", "SET", "P1Y")),
    ("They meet each Thursday.", ("each Thursday", "SET", "XXXX-WXX-4")),
    ("They meet on Mondays.", ("Mondays", "SET", "XXXX-WXX-1")),
    ("They meet every July.", ("every July", "SET", "XXXX-07")),
    ("The show airs on Tuesday nights.", ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
    ("Markets are quiet on Sunday mornings.", ("Sunday mornings", "SET", "XXXX-WXX-7TMO")),
])
def test_recurrences(timexes, text, expected):
    assert timexes(text) == [expected]


def test_amount_adjectives_and_names_are_not_recurrences(timexes):
    assert timexes("It raised its quarterly dividend, the Harbour Gazette said.") == []


def test_an_average_daily_amount_is_not_a_recurrence(timexes):
    assert timexes("The average daily volume rose.") == []
