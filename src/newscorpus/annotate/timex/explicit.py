"""Dates that carry their own year: full dates, month-year, years, decades, centuries."""
import datetime

from . import values
from .keywords import Keyword
from .lexicon import (
    MONTH,
    NUMBER_WORD,
    ORDINAL,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    ZONE,
    month_number,
    number_value,
    ordinal_value,
)
from .rules import rule

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NOT_A_CLOCK_AFTER = rf"(?!\s*(?:{ZONE}|hours|hrs)\b)"  # "1800 GMT" is a time of day
_YEAR = rf"(?P<year>1\d{{3}}|20\d{{2}}){_NOT_A_CLOCK_AFTER}"
_OPTIONAL_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"
_COUNTED_NOUNS = (
    "shares|people|persons|men|women|children|troops|soldiers|workers|employees|jobs|votes|units"
    "|cars|homes|houses|tons|tonnes|barrels|dollars|euros|pounds|points|miles|kilometers|meters|feet"
    "|acres|members|students|cases|deaths|copies|pages|words|rooms|seats|flights|planes"
)
_NOT_A_YEAR_AFTER = rf"(?!\w|[.,]\d|-\d|\s*(?:%|percent|per\s+cent|(?:{_COUNTED_NOUNS})\b)){_NOT_A_CLOCK_AFTER}"


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return values.day(datetime.date(year, month, day))
    except ValueError:
        return None


def _as_date(value: str | None):
    return ("DATE", value) if value else None


def _full_year(digits: str) -> int:
    """'98' -> 1998, '07' -> 2007, '1998' -> 1998."""
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


@rule(
    rf"\b{_OPTIONAL_WEEKDAY}(?P<month>{MONTH})\s*{_DAY},?\s+{_YEAR}\b",
    keyword=Keyword.MONTH, example="The contract was signed on September 12, 2017.",
)
def month_day_year(m, context):
    return _as_date(_day_value(int(m["year"]), month_number(m["month"]), int(m["day"])))


@rule(
    rf"\b{_OPTIONAL_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{MONTH}),?\s+{_YEAR}\b",
    keyword=Keyword.MONTH, example="The contract was signed on 12 September 2017.",
)
def day_month_year(m, context):
    return _as_date(_day_value(int(m["year"]), month_number(m["month"]), int(m["day"])))


@rule(
    r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",
    keyword=Keyword.YEAR, example="The filing is dated 2017-09-12.",
)
def iso_date(m, context):
    return _as_date(_day_value(int(m["year"]), int(m["month"]), int(m["day"])))


@rule(
    r"(?<![\d/])(?P<first>[01]?\d|[23]\d)/(?P<second>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])",
    keyword=Keyword.SLASHED, example="The form was filed on 9/12/2017.",
)
def slashed_date(m, context):
    """US order month/day/year, unless the first number cannot be a month."""
    first, second, year = int(m["first"]), int(m["second"]), _full_year(m["year"])
    month, day = (first, second) if first <= 12 else (second, first)
    return _as_date(_day_value(year, month, day))


@rule(
    rf"\b(?P<month>{MONTH})(?:,?\s+of)?,?\s+{_YEAR}\b",
    keyword=Keyword.MONTH, example="Reports of talks surfaced in November 2016.",
)
def month_year(m, context):
    return "DATE", values.month(int(m["year"]), month_number(m["month"]))


@rule(
    rf"(?<![\w$€£#.,/:])(?<!\d-)(?<!:\s)(?P<year>1[89]\d\d|20\d\d){_NOT_A_YEAR_AFTER}",
    keyword=Keyword.YEAR, example="The plant opened in 1998.",
)
def year(m, context):
    """A number from 1800 to 2099 read as a year, unless it counts or measures something."""
    return "DATE", m["year"]


@rule(
    rf"\b(?:the\s+year\s+)?nineteen(?:\s+hundred(?:\s+and)?)?[-\s]+(?P<rest>{NUMBER_WORD})\b",
    keyword=Keyword.YEAR, example="It happened in nineteen ninety-eight.",
)
def spoken_twentieth_century_year(m, context):
    return "DATE", str(1900 + number_value(m["rest"]))


@rule(
    rf"\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[-\s]+(?P<rest>{NUMBER_WORD}))?\b"
    rf"(?![-\s]+(?:{UNIT}|{_COUNTED_NOUNS})\b)",  # "two thousand years", "two thousand people" count
    keyword=Keyword.YEAR, example="The law dates from two thousand and six.",
)
def spoken_twenty_first_century_year(m, context):
    return "DATE", str(2000 + (number_value(m["rest"]) if m["rest"] else 0))


@rule(r"\b(?:the\s+)?(?P<decade>1\d{2}|20\d)0'?s\b", keyword=Keyword.YEAR, example="Prices soared in the 1990s.")
def decade(m, context):
    return "DATE", m["decade"]


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
    "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}


@rule(
    r"(?:\bthe\s+|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))"
    r"(?:'?(?P<digit>[2-9])0s|(?P<word>" + "|".join(_DECADE_WORDS) + r"))\b",
    keyword=Keyword.YEAR, example="Prices soared in the '90s.",
)
def short_decade(m, context):
    """'the '90s', 'the 70s and 80s', 'the nineties': taken to be in the twentieth century."""
    digit = int(m["digit"]) if m["digit"] else _DECADE_WORDS[m["word"].lower()]
    return "DATE", f"19{digit}"


@rule(
    r"\b(?:since|in|of|until|till|from|before|after|by)\s+(?P<x>'(?P<digits>\d\d))(?![\d'])",
    keyword=Keyword.YEAR, example="It is the highest rate since '82.",
)
def apostrophe_year(m, context):
    """'since '82': a year clipped to two digits, after a preposition (a bare "iQuill '11" is a name)."""
    return "DATE", str(_full_year(m["digits"]))


@rule(
    rf"\b(?:the\s+)?(?:(?P<number>[12]\d)(?:st|nd|rd|th)|(?P<ordinal>{ORDINAL}))[-\s]+century\b",
    keyword=Keyword.UNIT, example="The church was built in the 19th century.",
)
def century(m, context):
    """'the 20th century' -> '19', the first two digits of its years."""
    number = int(m["number"]) if m["number"] else ordinal_value(m["ordinal"])
    return "DATE", f"{number - 1:02d}"


@rule(
    rf"\b(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?{_YEAR}\b",
    keyword=Keyword.SEASON, example="Work on the bridge starts in spring 2020.",
)
def season_year(m, context):
    return "DATE", f"{m['year']}-{SEASONS[m['season'].lower()]}"


@rule(
    r"\b(?:fiscal(?:\s+year)?|FY)[\s-]*(?P<year>(?:19|20)?\d\d)\b(?!\s*(?:%|percent))",
    keyword=Keyword.YEAR, example="Revenue grew in fiscal 2018.",
)
def fiscal_year(m, context):
    return "DATE", f"FY{_full_year(m['year'])}"

