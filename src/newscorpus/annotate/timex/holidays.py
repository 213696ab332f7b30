"""Named days of the calendar: "Christmas", "Thanksgiving Day", "last Easter", "Election Day".
Without a year, the occurrence the tense points to, as for "May 2"."""
import datetime

from . import resolve, values
from .keywords import Keyword
from .lexicon import alternation
from .rules import rule
from .tense import FUTURE, PAST


def _fixed(month: int, day: int):
    return lambda year: datetime.date(year, month, day)


def _nth_weekday(month: int, iso_weekday: int, n: int):
    """The nth such weekday of the month; n = -1 for the last."""
    def date(year: int) -> datetime.date:
        if n > 0:
            first = datetime.date(year, month, 1)
            return first + datetime.timedelta(days=(iso_weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        last = values.add_months(datetime.date(year, month, 1), 1) - datetime.timedelta(days=1)
        return last - datetime.timedelta(days=(last.isoweekday() - iso_weekday) % 7)
    return date


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    l = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _election_day(year: int) -> datetime.date:
    """US: the Tuesday after the first Monday of November."""
    return _nth_weekday(11, 1, 1)(year) + datetime.timedelta(days=1)


HOLIDAYS = {
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14), "independence day": _fixed(7, 4), "fourth of july": _fixed(7, 4),
    "halloween": _fixed(10, 31), "veterans day": _fixed(11, 11), "christmas eve": _fixed(12, 24),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "martin luther king day": _nth_weekday(1, 1, 3), "presidents day": _nth_weekday(2, 1, 3),
    "mother's day": _nth_weekday(5, 7, 2), "memorial day": _nth_weekday(5, 1, -1),
    "father's day": _nth_weekday(6, 7, 3), "labor day": _nth_weekday(9, 1, 1),
    "thanksgiving": _nth_weekday(11, 4, 4), "thanksgiving day": _nth_weekday(11, 4, 4),
    "election day": _election_day,
    "easter": _easter, "easter sunday": _easter,
    "good friday": lambda year: _easter(year) - datetime.timedelta(days=2),
}
_NAMES = [name.title().replace("'S", "'s").replace(" Of ", " of ") for name in HOLIDAYS]


def _nearest(anchor: datetime.date, date_in, tense: str | None) -> datetime.date:
    """The occurrence just before or after the anchor that the tense points to (see resolve.py)."""
    before = max(d for d in map(date_in, (anchor.year - 1, anchor.year)) if d <= anchor)
    after = min(d for d in map(date_in, (anchor.year, anchor.year + 1)) if d >= anchor)
    return resolve.nearest(anchor, before, after, tense)


@rule(
    rf"\b(?:(?P<deixis>last|next|this)\s+)?(?P<name>(?-i:{alternation(_NAMES)}))(?P<week>\s+week)?(?![\w'])",
    keyword=Keyword.HOLIDAY, example="Shops were busy before Christmas.",
)
def holiday(m, context):
    """'Thanksgiving Day', 'last Christmas', 'Easter week'."""
    date_in = HOLIDAYS[" ".join(m["name"].lower().split())]
    anchor = context.anchor
    if anchor is None:
        return "DATE", "XXXX-WXX" if m["week"] else "XXXX-XX-XX"
    if not 1 < anchor.year < 9999:
        return None
    deixis = (m["deixis"] or "").lower()
    if deixis == "this":
        date = date_in(anchor.year)
    else:
        date = _nearest(anchor, date_in, {"last": PAST, "next": FUTURE}.get(deixis) or context.tense(m))
    return "DATE", values.week(date) if m["week"] else values.day(date)

