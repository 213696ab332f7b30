"""What a rule is: a compiled pattern plus a function that normalizes its matches, and the registry of all rules.

`@rule(...)` registers a rule where it is written; `REGISTRY` holds them in the order they were registered,
which is the order of precedence on equal extents (see __init__.py). README.md says how to add one.

A pattern may capture context that is not part of the expression (for instance the preposition
in "on Mondays"); a named group `x` then marks the extent. When `x` is absent or did not take part
in the match, the whole match is the extent.
"""
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .keywords import Keyword
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
    name: str  # module.function
    pattern: re.Pattern
    normalize: Normalizer
    keyword: Keyword  # the kind of keyword every match contains (see keywords.py)
    example: str  # a sentence in which this rule's reading is the one tagged (checked by the tests)

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


REGISTRY: list[Rule] = []


def rule(pattern: str, keyword: Keyword, *, example: str, flags: int = re.IGNORECASE) -> Callable[[Normalizer], Rule]:
    """Decorator turning a normalizer into a registered Rule for the pattern.

    Raises TypeError at import when `keyword` is not a Keyword: a misspelt kind cannot silently disable a rule."""
    compiled = re.compile(pattern, flags)

    def register(normalize: Normalizer) -> Rule:
        name = f"{normalize.__module__.rsplit('.', 1)[-1]}.{normalize.__name__}"
        if not isinstance(keyword, Keyword):
            kinds = ", ".join(f"Keyword.{kind.name}" for kind in Keyword)
            raise TypeError(f"timex rule {name}: keyword {keyword!r} is not one of {kinds}")
        if any(registered.name == name for registered in REGISTRY):
            raise ValueError(f"timex rule {name} is registered twice")
        registered = Rule(name, compiled, normalize, keyword, example)
        REGISTRY.append(registered)
        return registered

    return register


def extent(match: re.Match) -> tuple[int, int]:
    if "x" in match.re.groupindex and match.start("x") >= 0:
        return match.span("x")
    return match.span()
