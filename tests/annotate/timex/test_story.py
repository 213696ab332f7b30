
from newscorpus.annotate.timex import story
from newscorpus.annotate.timex.rules import Timex


def test_anaphors_count_from_the_last_date_mentioned(timexes):
    text = "He was promoted on March 3, 2015, and retired the following year."
    assert timexes(text)[-1] == ("the following year", "DATE", "2016")
    assert timexes("The deal closed on Jan. 30, 2018. The next day shares fell.")[-1] == ("The next day", "DATE", "2018-01-31")
    assert timexes("He fled in June 2011 and came back later that year.")[-1] == ("later that year", "DATE", "2011")
    assert timexes("Talks ended Tuesday. The same day, prices rose.")[-1] == ("The same day", "DATE", "2019-04-30")


def test_without_a_fine_enough_date_the_anchor_counts(timexes):
    assert timexes("The firm was founded in 1990. The next day it was sold.")[-1] == ("The next day", "DATE", "2019-05-04")
    assert timexes("Shares fell the previous day.") == [("the previous day", "DATE", "2019-05-02")]


def test_deictic_dates_are_not_anaphors(timexes):
    assert timexes("It opened on May 5, 2010. It closes next year.")[-1] == ("next year", "DATE", "2020")


def test_reanchored_keeps_other_expressions():
    text = "In May 2010, three years. That year"
    found = [Timex(3, 11, "DATE", "2010-05"), Timex(13, 24, "DURATION", "P3Y"), Timex(26, 35, "DATE", "2019")]
    assert story.reanchored(found, text) == found[:2] + [Timex(26, 35, "DATE", "2010")]


def test_dates_beyond_the_calendar_keep_their_value():
    text = "On 9999-12-31 it ended; the next day"
    found = [Timex(3, 13, "DATE", "9999-12-31"), Timex(24, 36, "DATE", "XXXX-XX-XX")]
    assert story.reanchored(found, text) == found


def test_year_0000_is_no_reference_and_keeps_its_value():
    """"last year" read in year 1 is 0000, which `datetime` has no date for."""
    text = "last year; that year"
    found = [Timex(0, 9, "DATE", "0000"), Timex(11, 20, "DATE", "0001")]
    assert story.reanchored(found, text) == found
