"""Names that are written like temporal expressions: the programme "This Week", CBS's "60 Minutes".

Inside running text, a word that is lower case in a temporal expression ("week", "minutes", "this") but is
capitalized after the expression's first word marks the title of a show, book or paper, not a time.
A headline line, where most words are capitalized, says nothing of the kind.
"""
import re

from .lexicon import PARTS_OF_DAY

_LOWER_CASE_WORDS = frozenset((  # "Day" is left out: it is part of holidays' names ("Election Day")
    "second", "minute", "hour", "week", "weekend", "month", "quarter", "year", "decade", "century",
    "seconds", "minutes", "hours", "days", "weeks", "weekends", "months", "quarters", "years", "decades", "centuries",
    "this", "next", "last", "past", "coming", "today", "tomorrow", "yesterday", "noon", "midnight", *PARTS_OF_DAY,
))
_WORD = re.compile(r"[A-Za-z]+")
_HEADLINE_SHARE = 0.7


def is_a_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] reads as a title: a lower-case word of time capitalized after its first word."""
    words = _WORD.findall(text, start, end)
    first_is_a_word = text[start].isalpha()
    capitalized = [w for w in words[1 if first_is_a_word else 0:] if w[0].isupper() and w.lower() in _LOWER_CASE_WORDS]
    return bool(capitalized) and not _in_a_headline(text, start)


def _in_a_headline(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    words = _WORD.findall(text, line_start, len(text) if line_end == -1 else line_end)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)
