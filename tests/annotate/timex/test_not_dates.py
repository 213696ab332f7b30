"""Numbers and words in news that look like dates but are not: ages, scores, fractions, stages of a contest."""
import pytest


@pytest.mark.parametrize("text", [
    "Mr Brown, 57, resigned.",
    "The driver, aged 57, was unhurt.",
    "He was 57 years old.",
    "The 57-year-old singer denied the charges.",
    "Chelsea won 3-1 at Stamford Bridge.",
    "The home side led 2-0 at half-time and won 21-10.",
    "The Bank of England announced a quarter point rise in interest rates.",
    "Rates were cut by a quarter of a percentage point.",
    "A quarter of the staff will lose their jobs.",
    "The bank plans to shut about a quarter, or 300, of its branches.",
    "Henman was beaten in the quarter-final.",
    "Both of them reached the quarter finals.",
])
def test_not_a_date(timexes, text):
    assert timexes(text) == []


def test_a_stage_of_a_contest_leaves_the_date_beside_it(timexes):
    assert timexes("Henman reached the quarter-finals at Wimbledon last year.") == [("last year", "DATE", "2018")]


def test_a_quarter_century_is_twenty_five_years(timexes):
    assert timexes("He spent a quarter of a century in prison.") == [("a quarter of a century", "DURATION", "P25Y")]
