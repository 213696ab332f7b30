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
    ("Sales grew in the first decade.", ("the first decade", "DURATION", "P10Y")),
    ("Sales fell in the first nine months.", ("the first nine months", "DURATION", "P9M")),
    ("It is a five-year plan.", ("five-year", "DURATION", "P5Y")),
    ("They fought for years.", ("years", "DURATION", "PXY")),
])
def test_lengths_of_time(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text", ["Mr. Tolliver, 52 years old, resigned.", "A 10-year-old boy.", "He tried a second time."])
def test_not_durations(timexes, text):
    assert timexes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("It lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
    ("It lasted 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
    ("It lasted a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ("It lasted one and a half weeks.", ("one and a half weeks", "DURATION", "P1.5W")),
    ("It ended a day-long meeting.", ("day-long", "DURATION", "P1D")),
    ("It ended a decades-long feud.", ("decades-long", "DURATION", "PXY")),
    ("It was the largest single-day fall.", ("single-day", "DURATION", "P1D")),
    ("Thanks for your work over the years.", ("the years", "DURATION", "PXY")),
])
def test_halves_and_adjectival_lengths(timexes, text, expected):
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The festival goes back more than two thousand years.",
     [("more than two thousand years", "DURATION", "P2000Y")]),
    ("The new government has a hundred days to act.", [("a hundred days", "DURATION", "P100D")]),
    ("Two thousand people marched through the city.", []),
    ("The bridge was finished in two thousand and six.", [("two thousand and six", "DATE", "2006")]),
])
def test_hundreds_and_thousands_count_units_and_are_not_years(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unions rejected the 30-day cooling-off period.", [("30-day", "DURATION", "P30D")]),
    ("She ended the eight-year feud.", [("eight-year", "DURATION", "P8Y")]),
    ("Sales rose over the past two years.", [("the past two years", "DURATION", "P2Y")]),
])
def test_the_article_of_an_adjectival_length_is_left_out(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mood will not change for a couple of years.", [("a couple of years", "DURATION", "P2Y")]),
    ("Over the next couple of months the plant will close.", [("the next couple of months", "DURATION", "P2M")]),
    ("The plant closed a couple of weeks ago.", [("a couple of weeks ago", "DATE", "2019-W16")]),
    ("The plant will close in a few years.", [("a few years", "DURATION", "PXY")]),
])
def test_a_couple_is_two_and_a_few_stays_unknown(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The brewer posted its first annual loss since 1994.", [("annual", "DURATION", "P1Y"), ("1994", "DATE", "1994")]),
    ("The firm reported an annual net profit of $2 billion.", [("annual", "DURATION", "P1Y")]),
    ("Shareholders met at the annual meeting.", []),
    ("Prices rose at an annual rate of 3%.", []),
    ("A company with annual sales of $1 billion.", []),
])
def test_an_annual_result_is_a_years_worth(timexes, text, expected):
    assert timexes(text) == expected
