import pytest


@pytest.mark.parametrize("text, expected", [
    ("It lasted a month.", ("a month", "DURATION", "P1M")),
    ("It lasted three years.", ("three years", "DURATION", "P3Y")),
    ("It lasted 24 hours.", ("24 hours", "DURATION", "PT24H")),
    ("It lasted twenty-five minutes.", ("twenty-five minutes", "DURATION", "PT25M")),
    ("It lasted several weeks.", ("several weeks", "DURATION", "PXW")),
    ("It lasted a few days.", ("a few days", "DURATION", "PXD")),
    ("It lasted more than two decades.", ("more than two decades", "DURATION", "P20Y")),
    ("Sales fell over the past two months.", ("the past two months", "DURATION", "P2M")),
    ("Sales fell over the past decade.", ("the past decade", "DURATION", "P10Y")),
    ("Sales fell in the first nine months.", ("the first nine months", "DURATION", "P9M")),
    ("It is a five-year plan.", ("five-year", "DURATION", "P5Y")),
    ("They fought for years.", ("years", "DURATION", "PXY")),
])
def test_lengths_of_time(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text", ["Mr. Reupke, 52 years old, resigned.", "A 10-year-old boy.", "He tried a second time."])
def test_not_durations(timexes, text):
    assert timexes(text) == []
