"""Dates relative to the anchor: "yesterday", "last week", "this year", "two years ago", "the previous day"."""
import datetime
import re

from . import resolve, values
from .keywords import Keyword
from .lexicon import MONTH, NUMBER, UNIT, in_a_title, month_number, number_value, unit_name
from .quarters import reporting_quarter
from .rules import rule

_LOWERCASE_WORD_BEFORE = re.compile(r"(?-i:\b[a-z][\w']*)\s+$")  # a capital "Today" inside a sentence is a name
_NOWADAYS_AFTER = re.compile(  # "today's world": the present age, not the day
    r"'s\s+(?:world|society|youth|young|generation|children|kids|families|standards)\b", re.IGNORECASE)
_OFFSET_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_STEP = {
    "this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
    "next": 1, "coming": 1, "following": 1, "before": -1, "after": 1,
}
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}


def _step(anchor: datetime.date | None, unit: str, step: int) -> str:
    """The unit-sized period `step` units away from the anchor's own."""
    if anchor is None:
        return _UNKNOWN.get(unit, "XXXX")
    return values.shift(anchor, unit, step)


@rule(r"\b(?P<word>today|yesterday|tomorrow)\b", keyword=Keyword.DAY_WORD, example="Talks resumed yesterday.")
def deictic_day(m, context):
    """'yesterday'; but 'Today' is a name in "Radio 4's Today programme" and "USA Today", and "today's world"
    the present age."""
    if m["word"] == "Today" and (in_a_title(context.text, m.start(), m.end())
                                 or _LOWERCASE_WORD_BEFORE.search(context.text, max(0, m.start() - 20), m.start())):
        return None
    if m["word"].lower() == "today" and _NOWADAYS_AFTER.match(context.text, m.end()):
        return None
    return "DATE", _step(context.anchor, "day", _OFFSET_DAYS[m["word"].lower()])


@rule(
    r"\bthe\s+day\s+(?:before|after)\s+(?P<word>yesterday|tomorrow)\b",
    keyword=Keyword.DAY_WORD, example="Talks resume the day after tomorrow.",
)
def two_days_away(m, context):
    return "DATE", _step(context.anchor, "day", 2 * _OFFSET_DAYS[m["word"].lower()])


@rule(
    r"\b(?P<which>this|last|next|the\s+(?:current|previous|prior|following|coming|same))\s+"
    r"(?P<unit>week|month|year|decade|century)\b(?![-\s]*(?:old|long)\b)",
    keyword=Keyword.UNIT, example="Sales fell last week.",
)
def deictic_period(m, context):
    which = m["which"].lower().split()[-1]
    return "DATE", _step(context.anchor, unit_name(m["unit"]), _STEP[which])


@rule(
    rf"\b(?P<month>{MONTH})\s+(?P<which>this|last|next)\s+year\b",
    keyword=Keyword.MONTH, example="Sales fell in June last year.",
)
def month_of_deictic_year(m, context):
    """'January this year', 'June last year'."""
    number = month_number(m["month"])
    if context.anchor is None:
        return "DATE", f"XXXX-{number:02d}"
    return "DATE", values.month(context.anchor.year + _STEP[m["which"].lower()], number)


@rule(
    r"\bthe\s+(?:past|last)\s+(?P<unit>year|decade|century)\b(?![-\s]*(?:old|long)\b)",
    keyword=Keyword.UNIT, example="Sales fell over the past year.",
)
def the_last_period(m, context):
    """'over the past year', 'in the last decade': the calendar period before the anchor's."""
    return "DATE", _step(context.anchor, unit_name(m["unit"]), -1)


@rule(
    r"\b(?:the\s+)?(?P<which>this|last|next|previous|following|same)\s+weekend\b",
    keyword=Keyword.UNIT, example="Talks resume next weekend.",
)
def deictic_weekend(m, context):
    if context.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    return "DATE", values.shift(context.anchor, "week", _STEP[m["which"].lower()]) + "-WE"


@rule(r"\bthe\s+weekend\b", keyword=Keyword.UNIT, example="Talks broke down over the weekend.")
def the_weekend(m, context):
    return "DATE", resolve.weekend(context.anchor, context.tense(m))


@rule(
    r"\bthe\s+(?P<which>previous|following|next|prior|same)\s+day\b"
    r"|\bthe\s+day\s+(?P<relation>before|after)\b(?!\s+[a-z])",  # not "the day before the vote": an event's day
    keyword=Keyword.UNIT, example="He was arrested on May 2 and freed the following day.",
)
def neighbouring_day(m, context):
    """'the previous day', 'the same day': from the anchor here; story.py recounts them from the last date mentioned."""
    return "DATE", _step(context.anchor, "day", _STEP[(m["which"] or m["relation"]).lower()])


@rule(
    r"\b(?:(?:earlier|later)\s+that\s+(?P<day>day)|that\s+(?P<unit>month|year))\b(?!\s+(?:of|when)\b)",
    keyword=Keyword.UNIT, example="He was arrested in March 2015 and freed later that year.",
)
def that_period(m, context):
    """'later that day', 'that year': the period of a date mentioned before (see story.py), else the anchor's."""
    return "DATE", _step(context.anchor, "day" if m["day"] else m["unit"].lower(), 0)


@rule(
    r"\b(?P<x>the\s+(?:(?:full|current|fiscal|calendar)\s+)*year)\b(?P<closing>\s+end(?:ed|ing)\b)?(?!-|'s\s+end)",
    keyword=Keyword.UNIT, example="Sales rose 5% for the year.",
)
def the_year(m, context):
    """'for the year' is the anchor's year; 'the year ended June 30' is a twelve-month span."""
    if m["closing"]:
        return "DURATION", "P1Y"
    return "DATE", _step(context.anchor, "year", 0)


@rule(r"\b(?:the\s+)?year(?:-|\s+|'s\s+)end\b", keyword=Keyword.UNIT, example="Sales should recover by year-end.")
def year_end(m, context):
    return "DATE", _step(context.anchor, "year", 0)


_OF_BEFORE = re.compile(r"\b(?!(?:end|start|beginning|middle|close|turn)\b)[a-z]+\s+of\s+$", re.IGNORECASE)


@rule(r"\bthe\s+(?P<unit>week|month)\b(?![-\s]+(?:of|old|long)\b)", keyword=Keyword.UNIT,
      example="For the week, the index fell 3.8%.")
def the_week_or_month(m, context):
    """'by the end of the month': the anchor's month; 'for the week': a week of the anchor's year, as a report
    published on Monday means the week before and one published on Friday the week it ends.
    'The rest of the week' is a part of it and 'player of the month' a kind of player: both left untagged."""
    owned = context.text.startswith("'s", m.end())  # "the result of the week's trading" is that week
    if not owned and _OF_BEFORE.search(context.text, max(0, m.start() - 30), m.start()):
        return None
    if m["unit"].lower() == "month":
        return "DATE", _step(context.anchor, "month", 0)
    return "DATE", "XXXX-WXX" if context.anchor is None else f"{context.anchor.year:04d}-WXX"


@rule(
    r"\b(?:end|ended|ending|finish|finished|close|closed|for|during|in)\s+(?P<x>the\s+day)\b"
    r"(?!\s+(?:of|when|that|on)\b)",
    keyword=Keyword.UNIT, example="Shares ended the day higher.",
)
def the_day(m, context):
    """'ended the day', 'for the day', 'late in the day' in market reports: the anchor day."""
    return "DATE", _step(context.anchor, "day", 0)


@rule(
    r"\b(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b",
    keyword=Keyword.UNIT, example="He visited Paris earlier in the week.",
)
def earlier_in_the_period(m, context):
    return "DATE", _step(context.anchor, m["unit"].lower(), 0)


@rule(
    r"\bthe\s+(?:same|corresponding|comparable)\s+(?P<unit>month|period|quarter)\s+"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b",
    keyword=Keyword.UNIT, example="Sales fell 5% from the same period last year.",
)
def same_period_a_year_before(m, context):
    """'the same month a year ago': the anchor's month a year back (story.py counts it from the month last
    mentioned); 'the same period last year' is a quarter in talk of quarters, else a month too."""
    unit = m["unit"].lower()
    if unit == "month" or unit == "period" and not _talks_of_quarters(context.text, m.start()):
        return "DATE", "XXXX-XX" if context.anchor is None else values.shift(context.anchor, "month", -12)
    if context.anchor is None:
        return "DATE", "XXXX-QX"
    year, number = reporting_quarter(context.anchor)
    return "DATE", values.quarter(year - 1, number)


_BACKWARD = ("ago", "earlier", "before")
_GAP = ("earlier", "before", "later")
_FINANCIAL_CONTEXT = 600  # characters before "a year ago" searched for talk of quarters


def _offset(m, context):
    """'two years ago' names a date; 'three days later' measures a gap; 'years ago' is a vague reference.
    In a results story 'a year ago' is the reported quarter of last year."""
    unit, direction = unit_name(m["unit"]), m["direction"].lower()
    if m["count"] is None and unit == m["unit"].lower():  # a bare singular: "day before"
        return None
    count = number_value(m["count"]) if m["count"] else None
    backward = direction in _BACKWARD
    if direction in _GAP and unit != "year":
        return "DURATION", values.duration(count, unit)
    if count is None:
        return "DATE", "PAST_REF" if backward else "FUTURE_REF"
    if backward and (count, unit) == (1, "year") and context.anchor and _talks_of_quarters(context.text, m.start()):
        year, number = reporting_quarter(context.anchor)
        return "DATE", values.quarter(year - 1, number)
    return "DATE", _step(context.anchor, unit, -count if backward else count)


@rule(
    rf"\b(?:(?P<count>{NUMBER})[-\s]+)?(?P<unit>{UNIT})\s+(?P<direction>ago|earlier|hence)\b",
    keyword=Keyword.DIRECTION, example="The plant closed two years ago.",
)
def counted_offset(m, context):
    """'two years ago', 'a year earlier', 'years ago'."""
    return _offset(m, context)


@rule(
    rf"\b(?:(?P<count>{NUMBER})[-\s]+)?(?P<unit>{UNIT})\s+(?P<direction>from\s+now)\b",
    keyword=Keyword.REFERENCE, example="The plant will close two years from now.",
)
def counted_from_now(m, context):
    """'two years from now'."""
    return _offset(m, context)


_AROUND_AN_EVENT_UNKNOWN = {"days": "XXXX-XX", "weeks": "XXXX-XX", "months": "XXXX"}


@rule(
    r"\bin\s+the\s+(?P<x>days|weeks|months)\s+(?:before|after|following|preceding|leading\s+up\s+to)\b",
    keyword=Keyword.UNIT, example="His van was seen nearby in the weeks before the fire.",
)
def around_an_event(m, context):
    """'in the weeks before the fire': a stretch of time placed by an event, so a DATE, not a length; its
    month (for 'months', its year) is the event's, which the text rarely gives: unknown."""
    return "DATE", _AROUND_AN_EVENT_UNKNOWN[m["x"].lower()]


@rule(
    rf"\b(?P<x>(?:(?P<count>{NUMBER})[-\s]+)?(?P<unit>{UNIT}))\s+(?P<direction>before|later)\b",
    keyword=Keyword.DIRECTION, example="Three days later, the rebels withdrew.",
)
def counted_gap(m, context):
    """'three days later', 'weeks before the vote': TimeML leaves 'later' and 'before' out of the extent."""
    return _offset(m, context)


def _talks_of_quarters(text: str, position: int) -> bool:
    return "quarter" in text[max(0, position - _FINANCIAL_CONTEXT):position].lower()




@rule(
    r"(?:\b(?:will|would|could|may|might|can|should|shall)|'ll)\s+(?:still\s+)?(?P<x>one\s+day)\b",
    keyword=Keyword.UNIT, example="Solar will one day be the largest power source there.",
)
def one_day_ahead(m, context):
    """'will one day be': some day to come, not a day's length."""
    return "DATE", "FUTURE_REF"
