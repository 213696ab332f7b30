"""Recurrences: "every week", "each year", "daily", "twice a month", "$5 a share a year", "on Mondays"."""
import re

from . import values
from .keywords import Keyword
from .lexicon import MONTH, NUMBER, PARTS_OF_DAY, WEEKDAY, WEEKDAYS, month_number, number_value
from .rules import rule

_SINGULAR_UNIT = r"(?P<unit>second|minute|hour|day|week|month|quarter|year|decade)"


@rule(
    rf"\b(?:every|each)\s+(?:(?P<count>{NUMBER}|other)\s+)?{_SINGULAR_UNIT}s?\b",
    keyword=Keyword.UNIT, example="The board meets every week.",
)
def every_unit(m, context):
    """'every week', 'each year', 'every two years', 'every other day'."""
    count = 2 if (m["count"] or "").lower() == "other" else number_value(m["count"] or "1")
    return "SET", values.duration(count, m["unit"].lower())


_ADVERBS = {  # "quarterly" and "annually" mostly qualify amounts ("quarterly dividend"), so they are left out
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "yearly": "year",
}


@rule(
    r"(?<!average\s)\b(?P<word>hourly|daily|nightly|weekly|monthly|yearly)\b",
    keyword=Keyword.UNIT, example="The paper is published daily.", flags=0,
)
def frequency_adverb(m, context):
    """'trades daily', 'weekly meetings'; an 'average daily volume' is an amount, not a recurrence."""
    return "SET", values.duration(1, _ADVERBS[m["word"]])


@rule(
    rf"\b(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|each|every)\s+{_SINGULAR_UNIT}\b",
    keyword=Keyword.FREQUENCY, example="The board meets twice a month.",
)
def times_per_unit(m, context):
    return "SET", values.duration(1, m["unit"].lower())


_AMOUNT_BEFORE = re.compile(r"(?:\d%?|\b(?:cents|percent|share|million|billion))\s+$")


@rule(rf"\b(?:a|per)\s+{_SINGULAR_UNIT}\b", keyword=Keyword.UNIT, example="The stock pays $5 a year.")
def rate_per_unit(m, context):
    """'$5 a year', '10 per month': a rate recurs once per unit."""
    if not _AMOUNT_BEFORE.search(context.text, max(0, m.start() - 12), m.start()):
        return None
    return "SET", values.duration(1, m["unit"].lower())


@rule(
    rf"\b(?:every|each)\s+(?P<weekday>{WEEKDAY})\b|\bon\s+(?P<x>(?P<plural_weekday>{WEEKDAY})s)\b",
    keyword=Keyword.WEEKDAY, example="The market is closed on Sundays.",
)
def recurring_weekday(m, context):
    """'every Monday', 'on Mondays'."""
    weekday = m["weekday"] or m["plural_weekday"]
    return "SET", f"XXXX-WXX-{WEEKDAYS[weekday.lower()]}"


@rule(
    rf"\b(?P<weekday>{WEEKDAY})s?\s+(?P<part>morning|afternoon|evening|night)s\b",
    keyword=Keyword.WEEKDAY, example="The show airs on Tuesday nights.",
)
def recurring_part_of_weekday(m, context):
    """'Tuesday nights', 'Sunday mornings'."""
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()]}T{PARTS_OF_DAY[m['part'].lower()]}"


@rule(rf"\b(?:every|each)\s+(?P<month>{MONTH})\b", keyword=Keyword.MONTH, example="Prices rise every December.")
def recurring_month(m, context):
    return "SET", f"XXXX-{month_number(m['month']):02d}"

