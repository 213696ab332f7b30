"""The story's own reference time: anaphoric expressions ("the next day", "that year", "the same day")
count from the last date the text mentioned, not from the publication date.

The rules give every expression a value against the anchor; `reanchored` then walks the chosen
expressions in text order, carrying the last resolved date, and recomputes the anaphoric ones.
When nothing fine enough was mentioned yet ("the next day" after "in 1995"), the anchor's value stays.
"""
import datetime
import re

from . import values
from .rules import Timex

_ANAPHOR = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:the\s+(?P<which>following|next|previous|prior|same)|(?P<which_that>that))"
    r"\s+(?P<unit>day|month|year)"
    r"|the\s+(?P<unit_first>day)\s+(?P<relation>before|after)"
    r"|the\s+(?:same|corresponding|comparable)\s+(?P<month_a_year_back>month|period)\s+(?:last\s+year|a\s+year\s+\w+)",
    re.IGNORECASE,
)
_STEP = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1, "before": -1, "same": 0, "that": 0}
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"(\d{4})-(\d\d)(?!\d)")
_YEAR = re.compile(r"(\d{4})(?!\d)")


def reanchored(timexes: list[Timex], text: str) -> list[Timex]:
    """The timexes, in order, with anaphoric dates counted from the last date mentioned before them."""
    reference: dict[str, datetime.date] = {}  # granularity ("day", "month", "year") -> last date mentioned
    result = []
    for timex in timexes:
        anaphor = _ANAPHOR.fullmatch(text, timex.start, timex.end) if timex.type == "DATE" else None
        if anaphor and anaphor["month_a_year_back"] and not _MONTH.fullmatch(timex.value):
            anaphor = None  # "the same period last year" in talk of quarters: the rule's quarter stands
        if anaphor:
            if anaphor["month_a_year_back"]:
                unit, step = "month", -12
            else:
                unit = (anaphor["unit"] or anaphor["unit_first"]).lower()
                step = _STEP[(anaphor["which"] or anaphor["which_that"] or anaphor["relation"]).lower()]
            try:
                timex = timex._replace(value=values.shift(reference[unit], unit, step))
            except (KeyError, OverflowError, ValueError):  # nothing fine enough mentioned, or beyond year 9999
                pass
        elif timex.type in ("DATE", "TIME"):
            _remember(timex.value, reference)
        result.append(timex)
    return result


def _remember(value: str, reference: dict[str, datetime.date]) -> None:
    """The date a value names, at each granularity it is precise to; values without a year, or of year 0000
    (before the calendar `datetime` knows), change nothing."""
    year = _YEAR.match(value)
    if not year or year[1] == "0000":
        return
    if day := _DAY.match(value):
        date = datetime.date(*map(int, day.groups()))
        reference.update(day=date, month=date, year=date)
    elif month := _MONTH.match(value):
        date = datetime.date(int(month[1]), int(month[2]), 1)
        reference.pop("day", None)
        reference.update(month=date, year=date)
    elif year.end() == len(value):
        reference.clear()
        reference["year"] = datetime.date(int(year[1]), 1, 1)
