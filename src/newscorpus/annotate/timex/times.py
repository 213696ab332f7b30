"""Times of day: "3 p.m.", "noon Thursday", "this morning", "tonight", "Friday night"."""
import datetime

from . import resolve, values
from .keywords import Keyword
from .lexicon import MONTH, PARTS_OF_DAY, WEEKDAY, WEEKDAYS, month_number
from .rules import rule

_CLOCK = (
    r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>[ap]\.?\s?m\b\.?)"
    r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d)|(?P<named>noon|midnight))"
)
_ZONE = r"(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time)\b)?"
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
    hour = int(m["hour"]) % 12 + (12 if m["meridiem"].lower().startswith("p") else 0)
    return f"{hour:02d}:{m['minute'] or '00'}"


@rule(
    rf"\b(?:{_day('day_before')},?\s+(?:at\s+)?)?{_CLOCK}{_ZONE}"
    rf"(?:,?\s+(?:on\s+)?(?:{_day('day_after')}|(?P<month>{MONTH})\s+(?P<month_day>[0-3]?\d)\b))?",
    keyword=Keyword.CLOCK, example="The bomb exploded at 3 p.m.",
)
def clock_time(m, context):
    """'3 p.m.', '5 p.m. EST Nov. 9', 'noon Thursday', '16:08 UTC'."""
    if m["hour24"] and not (m["day_before"] or m["day_after"] or m["zone"]):  # scores like "3:2" look the same
        return None
    if m["month"]:
        date = resolve.month_day(context.anchor, month_number(m["month"]), int(m["month_day"]), context.tense(m))
    else:
        date = _date_part(m, context)
    utc = "Z" if m["zone"] in ("UTC", "GMT") else ""
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

