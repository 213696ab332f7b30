"""Where each kind of temporal keyword occurs in a text.

Every rule needs a keyword of one kind inside its match (a month name, a unit like "weeks", ...),
so it only has to search the neighbourhood of those keywords. This keeps tagging fast on long texts.
"""
import re

from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, alternation

_LEFT_MARGIN = 70
_RIGHT_MARGIN = 50

_UNIT_WORDS = (
    "second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade",
    "hourly", "daily", "nightly", "weekly", "monthly", "yearly",
)
_KIND_OF_WORD = {
    **dict.fromkeys(MONTHS, "month"),
    **dict.fromkeys(WEEKDAYS, "weekday"),
    **dict.fromkeys((w + "s" for w in WEEKDAYS), "weekday"),
    **dict.fromkeys(_UNIT_WORDS, "unit"),
    **dict.fromkeys((w + "s" for w in _UNIT_WORDS), "unit"),
    **dict.fromkeys(("century", "centuries", "q"), "unit"),
    "half": "fraction",
    **dict.fromkeys(("once", "twice", "thrice", "times"), "frequency"),
    **dict.fromkeys(SEASONS, "season"),
    **dict.fromkeys(("christmas", "thanksgiving", "easter", "halloween", "valentine", "independence", "veterans",
                     "labor", "memorial", "election", "mother", "father", "presidents", "king", "boxing", "eve",
                     "fourth", "good"), "holiday"),
    **dict.fromkeys(PARTS_OF_DAY, "part_of_day"),
    **dict.fromkeys(("today", "yesterday", "tomorrow"), "day_word"),
    **dict.fromkeys(("noon", "midnight", "am", "pm", "m"), "clock"),
    **dict.fromkeys(("fiscal", "fy", "nineteen", "thousand", "twenties", "thirties", "forties",
                     "fifties", "sixties", "seventies", "eighties", "nineties"), "year"),
    **dict.fromkeys(("now", "currently", "nowadays", "presently", "present", "recent",
                     "recently", "past", "future", "soon", "term", "being", "current", "coming", "these", "latest"),
                    "reference"),
}

_KEYWORD = re.compile(
    rf"(?<![A-Za-z]){alternation(_KIND_OF_WORD)}(?![A-Za-z])"
    r"|'(?P<short_year>\d\d)(?![\d'])|(?P<numeral>\d+(?:(?P<separator>[/:])|(?P<decade>'?s\b))?)",
    re.IGNORECASE,
)


def _kind(keyword: re.Match) -> str | None:
    if keyword["separator"]:
        return "clock" if keyword["separator"] == ":" else "slashed"
    if keyword["short_year"] or keyword["decade"]:
        return "year"
    if keyword["numeral"]:
        return "year" if len(keyword["numeral"]) == 4 else None
    return _KIND_OF_WORD[keyword.group().lower()]


def keyword_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each keyword kind, the disjoint stretches of text around its occurrences."""
    windows: dict[str, list[tuple[int, int]]] = {}
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
