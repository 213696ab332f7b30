"""Anchoring underspecified dates to the document creation date, guided by tense.

Past tense picks the most recent such date at or before the anchor, future tense the next one at
or after it. Without an anchor the unknown parts stay X.
"""
import calendar
import datetime

from . import values
from .tense import BEFORE_NOW, FUTURE, PAST

_LEAP_YEARS_APART = 8  # at most, as from 1896 to 1904
_OVERRULING_CLOSENESS = 4  # an upcoming date this many times closer than the past one beats a past cue


def nearest(anchor: datetime.date, before: datetime.date, after: datetime.date, tense: str | None):
    """The candidate the tense points to, else the nearest. Past cues are the noisy ones
    ("payable Jan. 20 to holders of record" has no past event), so a far closer upcoming date wins."""
    back, ahead = anchor - before, after - anchor
    if tense == BEFORE_NOW or tense == PAST and not ahead * _OVERRULING_CLOSENESS < back:
        return before
    if tense == FUTURE:
        return after
    return before if back <= ahead else after


def month_day(anchor: datetime.date | None, month: int, day: int, tense: str | None) -> str:
    """Raises ValueError for a day the month never has ("September 31"): that is no date."""
    datetime.date(2000, month, day)  # a leap year: every day any year has
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    years = range(max(1, anchor.year - _LEAP_YEARS_APART), min(9999, anchor.year + _LEAP_YEARS_APART) + 1)
    dates = [datetime.date(year, month, day) for year in years if (month, day) != (2, 29) or calendar.isleap(year)]
    before = max((d for d in dates if d <= anchor), default=None)
    after = min((d for d in dates if d >= anchor), default=None)
    return values.day(nearest(anchor, before or after, after or before, tense))


def month(anchor: datetime.date | None, month_number: int, tense: str | None) -> str:
    if anchor is None:
        return f"XXXX-{month_number:02d}"
    this_year = datetime.date(anchor.year, month_number, 1)
    before = this_year if month_number <= anchor.month else datetime.date(anchor.year - 1, month_number, 1)
    after = this_year if month_number >= anchor.month else datetime.date(anchor.year + 1, month_number, 1)
    chosen = nearest(anchor.replace(day=1), before, after, tense)
    return values.month(chosen.year, chosen.month)


def weekday(anchor: datetime.date | None, iso_weekday: int, tense: str | None) -> str:
    """A bare weekday is in the past unless the sentence speaks of the future: news reports."""
    if anchor is None:
        return f"XXXX-WXX-{iso_weekday}"
    if tense == FUTURE:
        return values.day(anchor + datetime.timedelta(days=(iso_weekday - anchor.isoweekday()) % 7))
    return values.day(anchor - datetime.timedelta(days=(anchor.isoweekday() - iso_weekday) % 7))


def weekend(anchor: datetime.date | None, tense: str | None) -> str:
    """'the weekend': the one just past, or the coming one in future sentences."""
    if anchor is None:
        return "XXXX-WXX-WE"
    saturday = datetime.date.fromisoformat(weekday(anchor, 6, tense))
    return values.week(saturday) + "-WE"


def quarter(anchor: datetime.date | None, quarter_number: int, tense: str | None) -> str:
    """'the third quarter': this year's, unless past tense puts a later quarter in last year."""
    if anchor is None:
        return f"XXXX-Q{quarter_number}"
    year = anchor.year
    if tense in (PAST, BEFORE_NOW) and quarter_number > values.quarter_of(anchor):
        year -= 1
    return values.quarter(year, quarter_number)


def season(anchor: datetime.date | None, code: str, tense: str | None) -> str:
    if anchor is None:
        return f"XXXX-{code}"
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    if tense == FUTURE and starts[code] < anchor.month:
        return f"{values.checked_year(anchor.year + 1):04d}-{code}"
    if tense in (PAST, BEFORE_NOW) and starts[code] > anchor.month:
        return f"{values.checked_year(anchor.year - 1):04d}-{code}"
    return f"{anchor.year:04d}-{code}"
