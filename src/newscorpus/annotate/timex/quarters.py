"""Financial reporting periods: quarters, halves and year-ago comparison periods."""
import datetime

from . import resolve, values
from .keywords import Keyword
from .lexicon import NOT_A_QUARTER_OF_TIME, ORDINALS
from .rules import rule

_QUARTER_ORDINAL = r"(?P<ordinal>first|second|third|fourth|final)"
_YEAR_OWNER = r"(?P<owner>this|last|next)\s+year's"


def reporting_quarter(anchor: datetime.date) -> tuple[int, int]:
    """The last completed quarter, the one a results story usually talks about."""
    index = anchor.year * 4 + values.quarter_of(anchor) - 2
    return index // 4, index % 4 + 1


_YEAR_STEP = {"this": 0, "last": -1, "next": 1}


@rule(
    rf"\b(?:the\s+(?!(?:fiscal\s+)?(?:first|second|third|fourth|final)-quarter))?"  # "the" stays out of "the third-quarter loss"
    rf"(?:{_YEAR_OWNER}\s+|(?P<year>\d{{4}})(?:'s)?\s+|(?P<year_ago>year-(?:ago|earlier))\s+)?(?:fiscal\s+)?"
    rf"{_QUARTER_ORDINAL}[-\s]+(?:fiscal\s+)?quarter(?!s)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<of_year>\d{{4}})|(?P<of_owner>this|last|next)\s+year))?\b",
    keyword=Keyword.UNIT, example="Profit rose in the third quarter.",
)
def ordinal_quarter(m, context):
    number = ORDINALS.get(m["ordinal"].lower(), 4)  # the final quarter is the fourth
    year = m["year"] or m["of_year"]
    if year:
        return "DATE", values.quarter(int(year), number)
    anchor = context.anchor
    if anchor is None:
        return "DATE", f"XXXX-Q{number}"
    owner = m["owner"] or m["of_owner"]
    if owner:
        return "DATE", values.quarter(anchor.year + _YEAR_STEP[owner.lower()], number)
    if m["year_ago"]:
        return "DATE", values.quarter(reporting_quarter(anchor)[0] - 1, number)
    return "DATE", resolve.quarter(anchor, number, context.tense(m))


_QUARTER_REFERENCE = {  # quarters from the anchor's own
    "current": 0, "this": 0, "last": -1, "previous": -1, "prior": -1, "past": -1, "next": 1, "coming": 1,
}


@rule(
    r"\b(?:the\s+)?(?P<which>latest|most\s+recent|recent|current|this|last|previous|prior|past|next|coming|year-ago|year-earlier)?\s*(?<![-\w])quarter\b(?!s|-)"
    + NOT_A_QUARTER_OF_TIME,
    keyword=Keyword.UNIT, example="Profit rose in the latest quarter.",
)
def named_quarter(m, context):
    which = (m["which"] or "").lower()
    if not which and not m.group(0).lower().startswith("the"):
        return None
    anchor = context.anchor
    if anchor is None:
        return "DATE", "XXXX-QX"
    if which in _QUARTER_REFERENCE:
        index = anchor.year * 4 + values.quarter_of(anchor) - 1 + _QUARTER_REFERENCE[which]
        return "DATE", values.quarter(index // 4, index % 4 + 1)
    year, number = reporting_quarter(anchor)
    if which.startswith("year-"):
        year -= 1
    return "DATE", values.quarter(year, number)


@rule(
    r"\b(?:the\s+)?(?P<year>\d{4})\s+(?:quarter|period)\b",
    keyword=Keyword.YEAR, example="Profit was $5 million, up from $4 million in the 1994 quarter.",
)
def year_quarter(m, context):
    """'the 1988 quarter' in a results story: that year's edition of the reported quarter."""
    if context.anchor is None:
        return "DATE", f"{m['year']}-QX"
    return "DATE", values.quarter(int(m["year"]), reporting_quarter(context.anchor)[1])


@rule(
    r"\bthe\s+(?:latest|most\s+recent)\s+period\b",
    keyword=Keyword.REFERENCE, example="Profit rose in the latest period.",
)
def latest_period(m, context):
    if context.anchor is None:
        return "DATE", "XXXX-QX"
    return "DATE", values.quarter(*reporting_quarter(context.anchor))


@rule(
    r"\b(?:the\s+)?year-(?:ago|earlier)(?:\s+period)?\b",
    keyword=Keyword.UNIT, example="Profit rose from the year-ago period.",
)
def year_ago_period(m, context):
    if context.anchor is None:
        return "DATE", "XXXX-QX"
    year, number = reporting_quarter(context.anchor)
    return "DATE", values.quarter(year - 1, number)


@rule(
    r"\b(?:the\s+)?(?P<ordinal>first|second)\s+half(?:\s+of\s+(?P<year>\d{4})|\s+of\s+(?P<owner>this|last|next)\s+year)?\b",
    keyword=Keyword.FRACTION, example="Sales rose in the first half.",
)
def half_year(m, context):
    half = "H1" if m["ordinal"].lower() == "first" else "H2"
    if m["year"]:
        return "DATE", f"{m['year']}-{half}"
    if context.anchor is None:
        return "DATE", f"XXXX-{half}"
    year = context.anchor.year + _YEAR_STEP[(m["owner"] or "this").lower()]
    return "DATE", f"{year:04d}-{half}"


@rule(r"\bQ(?P<number>[1-4])(?:\s+(?P<year>\d{4}))?\b", flags=0, keyword=Keyword.UNIT, example="Sales rose in Q3.")
def q_quarter(m, context):
    if m["year"]:
        return "DATE", values.quarter(int(m["year"]), int(m["number"]))
    return "DATE", resolve.quarter(context.anchor, int(m["number"]), context.tense(m))

