"""Lengths of time: "three years", "24 hours", "the past decade", "several weeks", "a five-year plan"."""
from . import values
from .lexicon import NUMBER, UNIT, number_value, unit_name
from .rules import rule

_SPAN_ADJECTIVE = r"(?:past|last|next|first|final|previous|coming|following|remaining|same|entire|full|whole|initial)"
_COUNTED_ADJECTIVE = r"(?:more|additional|full|straight|consecutive|long|trading|business|calendar|extra)"


@rule(
    rf"\b(?:the\s+(?:{_SPAN_ADJECTIVE}\s+)?)?"
    rf"(?P<count>{NUMBER})[-\s]+(?:{_COUNTED_ADJECTIVE}\s+)?(?P<unit>{UNIT})\b(?![-\s]+old\b)",
    keyword="unit",
)
def counted(m, context):
    """'three years', 'the past two months', 'a 24-hour strike'; ages ('52 years old') are not durations."""
    unit = unit_name(m["unit"])
    if unit == "second" and m["count"].lower() in ("a", "an"):  # "a second time" is an ordinal
        return None
    if unit == "quarter" and "-" in m.group(0):  # "three-quarters of its food" is a fraction
        return None
    return "DURATION", values.duration(number_value(m["count"]), unit)


@rule(rf"\bthe\s+{_SPAN_ADJECTIVE}\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b", keyword="unit")
def the_past_unit(m, context):
    return "DURATION", values.duration(1, unit_name(m["unit"]))


@rule(
    rf"\b(?:for|over|within|after|in|take|took|takes|taking|last|lasted)\s+"
    rf"(?P<x>(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries))\b(?!\s+(?:ago|of\b))",
    keyword="unit",
)
def uncounted(m, context):
    """'for years', 'within hours': a span of unknown length."""
    return "DURATION", values.duration(None, unit_name(m["unit"]))


RULES = [counted, the_past_unit, uncounted]
