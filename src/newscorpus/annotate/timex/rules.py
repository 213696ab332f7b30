"""What a rule is: a compiled pattern plus a function that normalizes its matches.

A pattern may capture context that is not part of the expression (for instance the preposition
in "on Mondays"); a named group `x` then marks the extent. When `x` is absent or did not take part
in the match, the whole match is the extent.
"""
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .tense import tense_around


class Timex(NamedTuple):
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Context:
    text: str
    anchor: datetime.date | None

    def tense(self, match: re.Match) -> str | None:
        start, end = extent(match)
        return tense_around(self.text, start, end)


Normalizer = Callable[[re.Match, Context], tuple[str, str] | None]  # -> (type, value), None to reject


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    normalize: Normalizer
    keyword: str  # the kind of keyword every match contains (see keywords.py)

    def apply(self, context: Context, windows: list[tuple[int, int]]):
        for window_start, window_end in windows:
            for match in self.pattern.finditer(context.text, window_start, window_end):
                try:
                    normalized = self.normalize(match, context)
                except (OverflowError, ValueError):  # the date would fall outside years 1 to 9999
                    continue
                if normalized:
                    start, end = extent(match)
                    yield Timex(start, end, *normalized)


def rule(pattern: str, keyword: str, flags: int = re.IGNORECASE) -> Callable[[Normalizer], Rule]:
    """Decorator turning a normalizer into a Rule for the pattern."""
    compiled = re.compile(pattern, flags)
    return lambda normalize: Rule(compiled, normalize, keyword)


def extent(match: re.Match) -> tuple[int, int]:
    if "x" in match.re.groupindex and match.start("x") >= 0:
        return match.span("x")
    return match.span()
