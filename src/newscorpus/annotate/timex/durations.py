"""Lengths of time: "three years", "24 hours", "several weeks", "a five-year plan", "two and a half days"."""
from . import values
from .keywords import Keyword
from .lexicon import NUMBER, UNIT, number_value, unit_name
from .rules import rule

_SPAN_ADJECTIVE = r"(?:past|last|next|first|final|previous|coming|following|remaining|same|entire|full|whole|initial)"
_COUNTED_ADJECTIVE = r"(?:more|additional|full|straight|consecutive|long|trading|business|calendar|extra)"


def _and_a_half(m):
    """The whole count plus half a unit."""
    count = number_value(m["count"])
    if count is None:
        return None
    return "DURATION", values.duration_and_a_half(count, unit_name(m["unit"]))


@rule(
    rf"\b(?P<count>{NUMBER})\s+and\s+a\s+half[-\s]+(?P<unit>{UNIT})\b",
    keyword=Keyword.FRACTION, example="He served two and a half years in prison.",
)
def and_a_half_before(m, context):
    """'two and a half years'."""
    return _and_a_half(m)


@rule(
    rf"\b(?P<count>{NUMBER})\s+(?P<unit>{UNIT})\s+and\s+a\s+half\b",
    keyword=Keyword.FRACTION, example="The meeting lasted an hour and a half.",
)
def and_a_half_after(m, context):
    """'a minute and a half'."""
    return _and_a_half(m)


@rule(
    rf"\b(?P<count>{NUMBER})\s+1/2[-\s]+(?P<unit>{UNIT})\b",
    keyword=Keyword.SLASHED, example="The flight took 5 1/2 hours.",
)
def with_half_fraction(m, context):
    """'5 1/2 hours'."""
    return _and_a_half(m)


@rule(
    r"\b(?:(?P<unit>hour|day|week|month|year|decade)(?P<plural>s)?-long|(?:single-|intra)(?P<day>day))\b",
    keyword=Keyword.UNIT, example="Workers staged a day-long strike.",
)
def lasting(m, context):
    """'a day-long meeting', 'decades-long', 'the biggest single-day fall'."""
    if m["day"]:
        return "DURATION", values.duration(1, "day")
    return "DURATION", values.duration(None if m["plural"] else 1, m["unit"].lower())


@rule(
    rf"\b(?:the\s+(?:{_SPAN_ADJECTIVE}\s+)?(?![\w.]+-{UNIT}\b))?"  # "the" stays out of "the 30-day period"
    rf"(?P<count>{NUMBER})(?:\s+(?P<scale>hundred|thousand))?[-\s]+(?:{_COUNTED_ADJECTIVE}\s+)?"
    rf"(?P<unit>{UNIT})\b(?![-\s]+old\b)",
    keyword=Keyword.UNIT, example="The strike lasted three weeks.",
)
def counted(m, context):
    """'three years', 'the past two months', 'a 24-hour strike', 'two thousand years'; ages ('52 years old') are
    not durations."""
    unit = unit_name(m["unit"])
    if unit == "second" and m["count"].lower() in ("a", "an"):  # "a second time" is an ordinal
        return None
    if unit == "quarter" and ("-" in m.group(0) or m["count"].lower() in ("a", "an")):
        return None  # "three-quarters of its water", "about a quarter, of its stores": fractions
    count = number_value(m["count"])
    if m["scale"] and count is not None:
        count *= 100 if m["scale"].lower() == "hundred" else 1000
    return "DURATION", values.duration(count, unit)


@rule(
    r"\b(?:a|one)\s+quarter(?:[-\s]+|\s+of\s+a\s+)century\b(?!\s+(?:ago|earlier|later|before)\b)",
    keyword=Keyword.UNIT, example="He spent a quarter of a century in jail.",
)
def quarter_century(m, context):
    """'a quarter of a century', 'a quarter-century'; 'a quarter century ago' is a date, left untagged."""
    return "DURATION", "P25Y"


@rule(
    rf"\bthe\s+{_SPAN_ADJECTIVE}\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b",
    keyword=Keyword.UNIT, example="Sales rose over the past month.",
)
def the_past_unit(m, context):
    return "DURATION", values.duration(1, unit_name(m["unit"]))


@rule(
    r"\b(?:for|over|within|after|in|take|took|takes|taking|last|lasted)\s+"
    r"(?P<x>(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries))\b(?!\s+(?:ago|of\b))",
    keyword=Keyword.UNIT, example="Talks have dragged on for years.",
)
def uncounted(m, context):
    """'for years', 'within hours': a span of unknown length."""
    return "DURATION", values.duration(None, unit_name(m["unit"]))


@rule(
    r"\b(?:over|in|through|during)\s+(?P<x>the\s+(?P<unit>years|decades))\b(?!\s+(?:ago|of|before|after)\b)",
    keyword=Keyword.UNIT, example="The firm grew steadily over the years.",
)
def over_the_years(m, context):
    return "DURATION", values.duration(None, unit_name(m["unit"]))



@rule(
    r"\b(?P<x>annual)\s+(?:net\s+|operating\s+|pre-?tax\s+)?(?:profits?|loss(?:es)?|earnings|results)\b",
    keyword=Keyword.UNIT, example="The brewer posted its first annual loss since 1994.",
)
def annual_result(m, context):
    """'an annual profit' is a year's result; an 'annual meeting', 'annual sales' or 'annual rate' is left alone."""
    return "DURATION", "P1Y"
