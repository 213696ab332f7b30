"""Quotations from another time. In 'In 1987 he told the paper: "Today we sign."', "today" is a day of 1987,
not the publication date: what a quotation says is anchored to the time the text gives it as said at.

That time is a date next to a verb or noun of saying ("said", "told", "interview") outside the quotation,
in its sentence or in the sentence that introduces it with a colon. A full date becomes the quotation's anchor;
a year or a month fills in the year of what would otherwise be left unknown ("1987-XX-XX" for "today").
Only a time in another year than the publication counts: a quote said "on Tuesday" is anchored as before.
"""
import datetime
import re
from dataclasses import dataclass

from .rules import Timex
from .tense import sentence_bounds

_QUOTATION = re.compile(  # “curly”, "straight" or ``typewriter'' quotes, closed or running to the paragraph's end
    r'“(?P<curly>[^”\n]*)”?|"(?P<straight>[^"\n]*)"?|``(?P<ticks>(?:(?!\'\')[^\n])*)(?:\'\')?'
)
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|declared|announced|added|stated|insisted|testified"
    r"|interview|speech|statement|letter|remarks|address)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"\b(?:that|which|who|when|while|because|after|before|since|adding|and|but)\b|[;\"“”]|``|''",
                           re.IGNORECASE)
_NEAR = 6  # words at most between the time and the word of saying
_DATED = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?(?:T.*)?")


@dataclass(frozen=True)
class QuotedTime:
    start: int  # the quotation's words, quote marks left out
    end: int
    anchor: datetime.date | None  # the day it was said, when the text names one
    year: int  # the year it was said


def quoted_times(text: str, timexes: list[Timex], anchor: datetime.date | None) -> list[QuotedTime]:
    """The quotations holding a timex whose text says they were said in another year than the anchor's."""
    found = []
    for quotation in _QUOTATION.finditer(text):
        start, end = quotation.span(quotation.lastgroup)
        if not any(start <= t.start and t.end <= end for t in timexes):
            continue
        said = _said_at(text, start, end, timexes)
        if said and (anchor is None or int(said["year"]) != anchor.year):
            day = datetime.date(*map(int, said.group("year", "month", "day"))) if said["day"] else None
            found.append(QuotedTime(start, end, day, int(said["year"])))
    return found


def with_year(value: str, year: int) -> str:
    """An underspecified value given the year: 'XXXX-XX-XX' -> '1987-XX-XX'; a bare 'XXXX' stays, as 'next
    year' in 1987 is not 1987."""
    return f"{year:04d}{value[4:]}" if value.startswith("XXXX-") else value


def _said_at(text: str, start: int, end: int, timexes: list[Timex]) -> re.Match | None:
    """The value of the time the quotation is attributed to, as a _DATED match, or None."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    lead = text[:start].rstrip(' \n"“`')
    if lead.endswith(":"):  # introduced by the sentence before: 'Thatcher said in 1987:\n"Today ...'
        sentence_start = min(sentence_start, sentence_bounds(text, len(lead) - 1, len(lead) - 1)[0])
    attributions = [(sentence_start, start), (end, sentence_end)]
    dated = [
        (t, match) for t in timexes if t.type in ("DATE", "TIME")
        for part_start, part_end in attributions if part_start <= t.start and t.end <= part_end
        if (match := _DATED.fullmatch(t.value))
    ]
    for timex, match in sorted(dated, key=lambda d: min(abs(d[0].start - end), abs(start - d[0].end))):
        part = next(p for p in attributions if p[0] <= timex.start and timex.end <= p[1])
        if any(_linked(text, timex, saying) for saying in _SAYING.finditer(text, *part)):
            return match
    return None


def _linked(text: str, timex: Timex, saying: re.Match) -> bool:
    """The time and the word of saying are in one clause, a few words apart."""
    between = text[min(timex.end, saying.end()):max(timex.start, saying.start())]
    return len(between.split()) <= _NEAR and not _CLAUSE_BREAK.search(between)
