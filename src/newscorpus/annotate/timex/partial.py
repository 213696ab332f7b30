"""Calendar dates missing their year or week, resolved against the anchor by tense:
"May 2", "in March", "last April", "Friday", "next Tuesday", "last summer"."""
import datetime
import re

from . import resolve, values
from .keywords import Keyword
from .lexicon import MONTH, ORDINAL, SEASON, SEASONS, WEEKDAY, WEEKDAYS, in_a_title, month_number, ordinal_value
from .rules import extent, rule
from .tense import BEFORE_NOW, FUTURE, PAST, sentence_bounds

_DEICTIC = r"(?:(?P<deixis>last|next|this(?:\s+(?:past|coming))?|(?:the\s+)?coming|(?:the\s+)?past)\s+)?"
_OPTIONAL_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"
_NO_YEAR_AFTER = r"(?!\s*(?::\d|,?\s*\d))"
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:of|in)\s+(?!\d)", re.IGNORECASE)
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|by|until|till|since|through|over|before|after|into)\s+$",
                                      re.IGNORECASE)


def _tense(m, context):
    """'last' and 'next' fix the direction, and 'since' the past; otherwise the sentence decides."""
    deixis = "deixis" in m.re.groupindex and (m["deixis"] or "").lower()
    start = extent(m)[0]
    if _SINCE_BEFORE.search(context.text, max(0, start - 8), start):
        return BEFORE_NOW
    if deixis == "last" or deixis and deixis.endswith("past"):
        return PAST
    if deixis == "next" or deixis and deixis.endswith("coming"):
        return FUTURE
    if "cue" in m.re.groupindex and (m["cue"] or "").lower() == "by" and not _PAST_PERFECT.search(
            context.text, *sentence_bounds(context.text, start, m.end())):
        return FUTURE  # "to conclude by May" is a deadline; "by May they had left" looks back
    return context.tense(m)


def _month_day(m, context, day: int):
    if not 1 <= day <= 31:
        return None
    return "DATE", resolve.month_day(context.anchor, month_number(m["month"]), day, _tense(m, context))


@rule(
    rf"\b{_OPTIONAL_WEEKDAY}(?P<month>{MONTH})\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b{_NO_YEAR_AFTER}",
    keyword=Keyword.MONTH, example="Talks resumed on May 2.",
)
def month_day(m, context):
    return _month_day(m, context, int(m["day"]))


@rule(
    rf"\b{_OPTIONAL_WEEKDAY}(?P<month>{MONTH})\s+(?:the\s+)?(?P<day>{ORDINAL})\b",
    keyword=Keyword.MONTH, example="Talks resumed on May second.",
)
def month_spoken_day(m, context):
    return _month_day(m, context, ordinal_value(m["day"]))


@rule(
    rf"\b{_OPTIONAL_WEEKDAY}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})\b{_NO_YEAR_AFTER}",
    keyword=Keyword.MONTH, example="Talks resumed on 2 May.",
)
def day_month(m, context):
    return _month_day(m, context, int(m["day"]))


_MONTH_CUES = r"in|since|by|until|till|through|during|before|after|from|of|to|early|mid|late|end\s+of|middle\s+of"
_MONTH_ABBREVIATIONS_ALONE = ("may", "june", "july")
_OF_DEICTIC_YEAR = re.compile(r"\s+of\s+(?P<which>this|last|next)\s+year\b", re.IGNORECASE)
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}


@rule(
    rf"(?:\b(?P<cue>{_MONTH_CUES})[-\s]+)?(?P<x>{_DEICTIC}(?P<month>{MONTH}))\b(?!\.?\s*\d)",
    keyword=Keyword.MONTH, example="Sales fell in March.",
)
def bare_month(m, context):
    """A month alone; the modal 'May' only counts after a preposition or modifier, 'Jan.' never."""
    month = m["month"].lower()
    if len(month) <= 4 and month not in _MONTH_ABBREVIATIONS_ALONE:
        return None
    if month == "may" and not (m["cue"] or m["deixis"]):
        return None
    deixis, anchor = (m["deixis"] or "").lower(), context.anchor
    if anchor is not None and (of_year := _OF_DEICTIC_YEAR.match(context.text, m.end())):  # "October of next year"
        return "DATE", values.month(anchor.year + _YEAR_STEP[of_year["which"].lower()], month_number(month))
    if anchor is not None and deixis == "this":
        return "DATE", values.month(anchor.year, month_number(month))
    if anchor is not None and deixis == "last":  # "last May" in May is a year back
        anchor = values.add_months(anchor, -1)
    return "DATE", resolve.month(anchor, month_number(month), _tense(m, context))


@rule(rf"\b{_DEICTIC}(?P<weekday>{WEEKDAY})\b", keyword=Keyword.WEEKDAY, example="Talks resumed on Tuesday.")
def weekday(m, context):
    """'said Friday', 'next Tuesday'; not 'the Sunday Times' or 'the Mail on Sunday'."""
    if in_a_title(context.text, m.start("weekday"), m.end()):
        return None
    deixis = (m["deixis"] or "").lower()
    anchor = context.anchor
    if anchor is not None and deixis in ("last", "next"):  # "last Friday" is never the anchor day itself
        anchor += datetime.timedelta(days=-1 if deixis == "last" else 1)
    return "DATE", resolve.weekday(anchor, WEEKDAYS[m["weekday"].lower()], _tense(m, context))


@rule(
    rf"\b(?:the|(?P<deixis>last|next|this(?:\s+past|\s+coming)?|(?:the\s+)?(?:coming|past)))\s+"
    rf"(?P<season>{SEASON})\b",
    keyword=Keyword.SEASON, example="Sales fell last summer.",
)
def season(m, context):
    """'last summer', 'the fall'; a bare season word is too often a verb or a name, and 'the fall in prices' a noun
    ('last fall in his shop' is the season)."""
    if not m["deixis"] and _NOUN_AFTER.match(context.text, m.end()):
        return None
    if not m["deixis"] and m["season"].lower() == "fall" and not _TIME_PREPOSITION_BEFORE.search(
            context.text, max(0, m.start() - 12), m.start()):
        return None  # "The fall was steep": the noun, unless "in the fall"
    if context.anchor is not None and (m["deixis"] or "").lower() == "this":
        return "DATE", f"{context.anchor.year:04d}-{SEASONS[m['season'].lower()]}"
    return "DATE", resolve.season(context.anchor, SEASONS[m["season"].lower()], _tense(m, context))



_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule(
    rf"\bthe\s+(?P<ordinal>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{MONTH})"
    r"(?:,?\s+(?P<year>1\d{3}|20\d{2})\b)?",
    keyword=Keyword.MONTH, example="Sales picked up in the last week of March.",
)
def week_of_month(m, context):
    """'the first week of March': the ISO week with most of its days in that week of the month (the one
    holding its 4th day); 'the last week of March 2009': the one holding the month's fourth-to-last day."""
    number, ordinal = month_number(m["month"]), _WEEK_ORDINALS[m["ordinal"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif context.anchor is None:
        return "DATE", "XXXX-WXX"
    else:
        year = int(resolve.month(context.anchor, number, context.tense(m))[:4])
    first = datetime.date(year, number, 1)
    if ordinal > 0:
        day = first + datetime.timedelta(days=3 + 7 * (ordinal - 1))
    else:
        day = values.add_months(first, 1) - datetime.timedelta(days=4)
    return "DATE", values.week(day)
