"""TIMEX3 value strings, and the calendar arithmetic behind them."""
import datetime

_DURATION_UNITS = {  # unit name -> (letter, multiplier, is a time-of-day unit)
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "week": ("W", 1, False), "month": ("M", 1, False),
    "quarter": ("Q", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False),
}


def duration(count: int | None, unit: str) -> str:
    """duration(3, 'year') -> 'P3Y'; duration(None, 'week') -> 'PXW'; duration(24, 'hour') -> 'PT24H'."""
    letter, multiplier, is_time = _DURATION_UNITS[unit]
    amount = "X" if count is None else str(count * multiplier)
    return ("PT" if is_time else "P") + amount + letter


_HALF_UNITS = {  # unit -> the half of it in the next smaller unit, where that is exact
    "year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S",
}


def duration_and_a_half(count: int, unit: str) -> str:
    """duration_and_a_half(2, 'year') -> 'P2Y6M'; (5, 'hour') -> 'PT5H30M'; (1, 'week') -> 'P1.5W'."""
    whole = duration(count, unit)
    if unit in _HALF_UNITS:
        return whole + _HALF_UNITS[unit]
    letter, multiplier, _ = _DURATION_UNITS[unit]
    return f"P{count * multiplier + multiplier / 2:g}{letter}"


def day(date: datetime.date) -> str:
    return date.isoformat()


def month(year: int, month_number: int) -> str:
    return f"{checked_year(year):04d}-{month_number:02d}"


def week(date: datetime.date) -> str:
    iso_year, iso_week, _ = date.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_of(date: datetime.date) -> int:
    return (date.month - 1) // 3 + 1


def quarter(year: int, quarter_number: int) -> str:
    return f"{checked_year(year):04d}-Q{quarter_number}"


def add_months(date: datetime.date, months: int) -> datetime.date:
    index = date.year * 12 + date.month - 1 + months
    year, month0 = divmod(index, 12)
    last_day = _days_in_month(year, month0 + 1)
    return datetime.date(year, month0 + 1, min(date.day, last_day))


def _days_in_month(year: int, month_number: int) -> int:
    next_month = datetime.date(year + month_number // 12, month_number % 12 + 1, 1)
    return (next_month - datetime.timedelta(days=1)).day


def shift(anchor: datetime.date, unit: str, count: int) -> str:
    """The value of the unit-sized period `count` units from the anchor's: shift(d, 'week', -1) is last week."""
    if unit in ("second", "minute", "hour"):
        return day(anchor)
    if unit == "day":
        return day(anchor + datetime.timedelta(days=count))
    if unit == "week":
        return week(anchor + datetime.timedelta(weeks=count))
    if unit == "month":
        moved = add_months(anchor, count)
        return month(moved.year, moved.month)
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + count
        return quarter(index // 4, index % 4 + 1)
    if unit == "year":
        return f"{checked_year(anchor.year + count):04d}"
    if unit == "decade":
        return f"{checked_year(anchor.year // 10 + count):03d}"
    return f"{checked_year(anchor.year // 100 + count):02d}"


def checked_year(number: int) -> int:
    """Years outside 0 to 9999 have no four-digit TIMEX3 value; the rule is skipped."""
    if not 0 <= number <= 9999:
        raise ValueError(f"year {number} has no four-digit value")
    return number
