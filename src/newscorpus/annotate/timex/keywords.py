"""Where each kind of temporal keyword occurs in a text.

Every rule needs a keyword of one kind inside its match (a month name, a unit like "weeks", ...),
so it only has to search the neighbourhood of those keywords. This keeps tagging fast on long texts.
"""
import enum
import re

from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, ZONES, alternation


class Keyword(enum.Enum):
    """The kinds of keyword; a rule names the one every match of it contains."""
    MONTH = "month"
    WEEKDAY = "weekday"
    UNIT = "unit"  # "weeks", "quarter", "daily", ...
    FRACTION = "fraction"  # "half"
    FREQUENCY = "frequency"  # "twice", "times"
    SEASON = "season"
    HOLIDAY = "holiday"
    PART_OF_DAY = "part_of_day"
    DAY_WORD = "day_word"  # "today", "yesterday", "tomorrow"
    CLOCK = "clock"  # "noon", "p.m.", "12:30", "GMT"
    YEAR = "year"  # "1998", "'82", "the 70s", "nineteen", "fiscal"
    REFERENCE = "reference"  # "now", "recently", "the future"
    SLASHED = "slashed"  # "5/2/2019", "1/2"
    DIRECTION = "direction"  # "ago", "earlier", "later", "before", "hence"


_LEFT_MARGIN = 70
_RIGHT_MARGIN = 50

_UNIT_WORDS = (
    "second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade",
    "hourly", "daily", "nightly", "weekly", "monthly", "yearly", "annual",
)
_KIND_OF_WORD = {
    **dict.fromkeys(MONTHS, Keyword.MONTH),
    **dict.fromkeys(WEEKDAYS, Keyword.WEEKDAY),
    **dict.fromkeys((w + "s" for w in WEEKDAYS), Keyword.WEEKDAY),
    **dict.fromkeys(_UNIT_WORDS, Keyword.UNIT),
    **dict.fromkeys((w + "s" for w in _UNIT_WORDS), Keyword.UNIT),
    **dict.fromkeys(("century", "centuries", "q"), Keyword.UNIT),
    "half": Keyword.FRACTION,
    **dict.fromkeys(("once", "twice", "thrice", "times"), Keyword.FREQUENCY),
    **dict.fromkeys(SEASONS, Keyword.SEASON),
    **dict.fromkeys(("christmas", "thanksgiving", "easter", "halloween", "valentine", "independence", "veterans",
                     "labor", "memorial", "election", "mother", "father", "presidents", "king", "boxing", "eve",
                     "fourth", "good"), Keyword.HOLIDAY),
    **dict.fromkeys(PARTS_OF_DAY, Keyword.PART_OF_DAY),
    **dict.fromkeys(("today", "yesterday", "tomorrow"), Keyword.DAY_WORD),
    **dict.fromkeys(("noon", "midnight", "am", "pm", "m", *(zone.lower() for zone in ZONES)), Keyword.CLOCK),
    **dict.fromkeys(("fiscal", "fy", "nineteen", "thousand", "twenties", "thirties", "forties",
                     "fifties", "sixties", "seventies", "eighties", "nineties"), Keyword.YEAR),
    **dict.fromkeys(("ago", "earlier", "later", "before", "hence"), Keyword.DIRECTION),
    **dict.fromkeys(("now", "currently", "nowadays", "presently", "present", "recent",
                     "recently", "past", "future", "soon", "term", "being", "current", "coming", "these", "latest"),
                    Keyword.REFERENCE),
}

_KEYWORD = re.compile(
    rf"(?<![A-Za-z]){alternation(_KIND_OF_WORD)}(?![A-Za-z])"
    r"|'(?P<short_year>\d\d)(?![\d'])|(?P<numeral>\d+(?:(?P<separator>[/:])|(?P<decade>'?s\b))?)",
    re.IGNORECASE,
)


def _kind(keyword: re.Match) -> Keyword | None:
    if keyword["separator"]:
        return Keyword.CLOCK if keyword["separator"] == ":" else Keyword.SLASHED
    if keyword["short_year"] or keyword["decade"]:
        return Keyword.YEAR
    if keyword["numeral"]:
        return Keyword.YEAR if len(keyword["numeral"]) == 4 else None
    return _KIND_OF_WORD[keyword.group().lower()]


def keyword_windows(text: str) -> dict[Keyword, list[tuple[int, int]]]:
    """For each keyword kind, the disjoint stretches of text around its occurrences."""
    windows: dict[Keyword, list[tuple[int, int]]] = {}
    for keyword in _KEYWORD.finditer(text):
        kind = _kind(keyword)
        if kind is None:
            continue
        start, end = _widen(text, keyword.start(), keyword.end())
        spans = windows.setdefault(kind, [])
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return windows


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The keyword's neighbourhood, cut at whitespace so no word is split."""
    left = text.rfind(" ", 0, max(0, start - _LEFT_MARGIN)) + 1
    right = text.find(" ", end + _RIGHT_MARGIN)
    return left, len(text) if right == -1 else right
