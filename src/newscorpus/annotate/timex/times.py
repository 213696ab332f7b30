"""Times of day: "3 p.m.", "1800 GMT", "noon Thursday", "this morning", "tonight", "Friday night"."""
import datetime
import re

from . import resolve, values
from .keywords import Keyword
from .lexicon import CLOCK_HHMM, MONTH, PARTS_OF_DAY, WEEKDAY, WEEKDAYS, ZONE, month_number
from .rules import rule

_CLOCK = (
    r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>[ap]\.?\s?m\b\.?)"
    r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d)|(?P<named>noon|midnight)"
    rf"|(?P<hhmm>{CLOCK_HHMM})(?=\s*{ZONE}\b))"
)
_ZONE = rf"(?:\s*(?P<zone>{ZONE})\b)?"
_GLOSS_BEFORE = re.compile(r"(?:[ap]\.?\s?m\.?|\d|[A-Z]T|time)\s*\(\s*$", re.IGNORECASE)
_OFFSET_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _day(group_name: str) -> str:
    return rf"(?P<{group_name}>today|yesterday|tomorrow|tonight|{WEEKDAY})"


def _date_part(m, context) -> str:
    """The day the time falls on: a named day if given, else the anchor."""
    named = (m[name] for name in ("day", "day_before", "day_after") if name in m.re.groupindex)
    day = next((d for d in named if d), "").lower()
    if day in WEEKDAYS:
        return resolve.weekday(context.anchor, WEEKDAYS[day], context.tense(m))
    if context.anchor is None:
        return "XXXX-XX-XX"
    return values.day(context.anchor + datetime.timedelta(days=_OFFSET_DAYS.get(day, 0)))


def _clock_value(m) -> str:
    if m["named"]:
        return "12:00" if m["named"].lower() == "noon" else "24:00"
    if m["hour24"]:
        return f"{int(m['hour24']):02d}:{m['minute24']}"
    if m["hhmm"]:
        return f"{m['hhmm'][:2]}:{m['hhmm'][2:]}"
    hour = int(m["hour"]) % 12 + (12 if m["meridiem"].lower().startswith("p") else 0)
    return f"{hour:02d}:{m['minute'] or '00'}"


@rule(
    rf"\b(?:(?:{_day('day_before')}|(?P<month_before>{MONTH})\s*(?P<month_day_before>[0-3]?\d)"
    rf"|(?P<day_month_before>[0-3]?\d)\s+(?P<month_after_day>{MONTH})),?\s+(?:at\s+)?)?"
    rf"{_CLOCK}{_ZONE}"
    rf"(?:,?\s+(?:on\s+)?(?:{_day('day_after')}|(?P<month>{MONTH})\s+(?P<month_day>[0-3]?\d)\b))?",
    keyword=Keyword.CLOCK, example="The bomb exploded at 3 p.m.",
)
def clock_time(m, context):
    """'3 p.m.', '4 p.m. EST Oct. 7', 'noon Thursday', '14:52 UTC', 'Feb 26 1400 GMT'."""
    if m["hour24"] and not (m["day_before"] or m["day_after"] or m["zone"]):  # scores like "3:2" look the same
        return None
    if m["hhmm"] and _GLOSS_BEFORE.search(context.text, max(0, m.start() - 20), m.start()):
        return None  # "11:20 a.m. (0820 GMT)": the same time again, in another zone
    month = m["month"] or m["month_before"] or m["month_after_day"]
    month_day = m["month_day"] or m["month_day_before"] or m["day_month_before"]
    if month:
        date = resolve.month_day(context.anchor, month_number(month), int(month_day), context.tense(m))
    else:
        date = _date_part(m, context)
    utc = "Z" if (m["zone"] or "").upper() in ("UTC", "GMT") else ""
    return "TIME", f"{date}T{_clock_value(m)}{utc}"


_PART = r"(?P<part>morning|afternoon|evening|night)"


@rule(rf"\b(?:{_day('day')}|this)\s+{_PART}\b", keyword=Keyword.PART_OF_DAY, example="Rebels attacked Saturday night.")
def part_of_named_day(m, context):
    """'Friday night', 'yesterday morning', 'this afternoon'."""
    return "TIME", f"{_date_part(m, context)}T{PARTS_OF_DAY[m['part'].lower()]}"


@rule(r"\blast\s+night\b", keyword=Keyword.PART_OF_DAY, example="Rebels attacked last night.")
def last_night(m, context):
    if context.anchor is None:
        return "TIME", "XXXX-XX-XXTNI"
    return "TIME", f"{values.day(context.anchor - datetime.timedelta(days=1))}TNI"


@rule(
    rf"\b(?:(?P<the>the)\s+|(?P<modifier>early|late|mid)[-\s]?)?"
    rf"(?P<part>morning|afternoon|evening|tonight|overnight)\b(?:\s+{_day('day')})?",
    keyword=Keyword.PART_OF_DAY, example="Shares fell in mid-afternoon yesterday.",
)
def part_of_day(m, context):
    """'the morning', 'mid-afternoon yesterday', 'tonight': a part of the anchor day or of the named day."""
    part = m["part"].lower()
    if part in ("morning", "afternoon", "evening") and not (m["the"] or m["modifier"] or m["day"]):
        return None
    return "TIME", f"{_date_part(m, context)}T{PARTS_OF_DAY[part]}"

