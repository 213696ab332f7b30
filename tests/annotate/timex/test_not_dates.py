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
    "Pellow was beaten in the quarter-final.",
    "Both of them reached the quarter finals.",
])
def test_not_a_date(timexes, text):
    assert timexes(text) == []


def test_a_stage_of_a_contest_leaves_the_date_beside_it(timexes):
    assert timexes("Pellow reached the quarter-finals at Wimbledon last year.") == [("last year", "DATE", "2018")]


def test_a_quarter_century_is_twenty_five_years(timexes):
    assert timexes("He spent a quarter of a century in prison.") == [("a quarter of a century", "DURATION", "P25Y")]


@pytest.mark.parametrize("text", [
    "He told BBC Radio 4's Today programme that he would stay.",
    "Speaking on the Today programme, the minister defended the plan.",
    "He wrote in USA Today that the plan had failed.",
    "The Sunday Times reported the deal.",
    "She gave an interview to the Mail on Sunday.",
    "The Independent on Sunday said the talks had stalled.",
])
def test_a_day_named_in_the_title_of_a_paper_or_programme_is_not_a_date(timexes, text):
    assert timexes(text) == []


def test_today_and_sunday_are_dates_outside_titles(timexes):
    assert timexes("Today the minister said no.") == [("Today", "DATE", "2019-05-03")]
    assert timexes("Talks Resume Today") == [("Today", "DATE", "2019-05-03")]
    assert timexes("The Financial Times said on Sunday that talks had stalled.") == [("Sunday", "DATE", "2019-04-28")]


@pytest.mark.parametrize("text", [
    'The senator said on ABC\'s "This Week" that the talks would go on.',
    'The singer told CBS\'s "60 Minutes" that she would retire.',
])
def test_a_programme_named_like_a_time_is_not_one(timexes, text):
    assert timexes(text) == []


def test_a_headline_capitalizes_its_times_and_keeps_them(timexes):
    assert timexes("Talks Resume Next Week In Geneva") == [("Next Week", "DATE", "2019-W19")]
    assert timexes("Thanksgiving Day traffic was heavy.") == [("Thanksgiving Day", "DATE", "2018-11-22")]
