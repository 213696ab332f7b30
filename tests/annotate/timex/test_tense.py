import pytest

from newscorpus.annotate.timex.tense import FUTURE, PAST, tense_around


def tense_of(sentence: str, expression: str):
    start = sentence.index(expression)
    return tense_around(sentence, start, start + len(expression))


@pytest.mark.parametrize("sentence, expected", [
    ("The minister said talks resumed in March.", PAST),
    ("The talks were held in March.", PAST),
    ("Officials announced the deal in March.", PAST),
    ("The ministers will meet in March.", FUTURE),
    ("They'll meet in March.", FUTURE),
    ("The company is expected to report in March.", FUTURE),
    ("He is going to travel in March.", FUTURE),
    ("Talks in March.", None),
    ("Protesters were planning to march on the embassy in March.", FUTURE),
    ("The vote was expected in March.", FUTURE),
    ("The group could leave as soon as March, officials said.", FUTURE),
    ("Dozens were hurt in the fire next to the station in March.", PAST),
])
def test_lexical_cues(sentence, expected):
    assert tense_of(sentence, "March") == expected


def test_nearest_cue_wins():
    sentence = "Kent told reporters on May 2 that the countries will continue talks."
    assert tense_of(sentence, "May 2") == PAST


def test_cues_do_not_leak_across_sentences():
    assert tense_of("He said so. Talks in March.", "March") is None


def test_words_ending_in_ed_that_are_not_past_tense():
    assert tense_of("They need a hundred days in March.", "March") is None


@pytest.mark.parametrize("sentence", ["The change is effective Feb. 1.", "Markets stay closed until Feb. 1."])
def test_deadlines_point_ahead(sentence):
    assert tense_of(sentence, "Feb. 1") == FUTURE
