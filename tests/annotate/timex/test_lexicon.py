import re

import pytest

from newscorpus.annotate.timex.lexicon import MONTH, alternation, month_number, number_value, ordinal_value, unit_name


@pytest.mark.parametrize("words, value", [
    ("3", 3), ("twenty-four", 24), ("twenty four", 24), ("a", 1), ("an", 1), ("ten", 10), ("several", None),
])
def test_number_value(words, value):
    assert number_value(words) == value


def test_ordinal_value():
    assert ordinal_value("third") == 3
    assert ordinal_value("twenty-first") == 21


def test_month_number_accepts_abbreviations():
    assert month_number("Sept.") == 9
    assert month_number("DECEMBER") == 12


def test_unit_name_singularizes():
    assert unit_name("Years") == "year"
    assert unit_name("centuries") == "century"


def test_alternation_matches_exactly_its_words():
    pattern = re.compile(alternation(["may", "march", "mar", "a few"]))
    for word in ("may", "march", "mar", "a  few"):
        assert pattern.fullmatch(word)
    assert not pattern.fullmatch("ma")


def test_month_names_are_case_sensitive_so_the_verb_is_not_a_month():
    assert re.fullmatch(MONTH, "March", re.IGNORECASE)
    assert not re.fullmatch(MONTH, "march", re.IGNORECASE)
