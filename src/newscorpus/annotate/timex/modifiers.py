"""Modifiers that TimeML keeps inside an extent: "early 2019", "mid-May", "the end of the month",
"about two years ago", "more than 24 hours"."""
import re

from .rules import Timex

_LOOKBEHIND = 40
_POSITION = re.compile(  # where in a date or time: only those have a beginning and an end
    r"(?:\b(?:the\s+)?(?:(?:very\s+)?(?:early|earlier|late|later)|mid)(?:\s+in)?[-\s]+"
    r"|\b(?:the\s+)?(?:end|middle|beginning|start|turn|close|dawn)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_APPROXIMATION = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|close\s+to|barely)\s+$",
    re.IGNORECASE,
)


def with_modifiers(timex: Timex, text: str) -> Timex:
    """The timex extended leftwards over the modifiers directly before it."""
    if timex.value.endswith("_REF"):
        return timex
    if timex.type in ("DATE", "TIME"):
        timex = _extended(timex, text, _POSITION)
    if timex.type == "SET":  # TimeBank leaves a frequency's modifier out: "almost [daily]"
        return timex
    return _extended(timex, text, _APPROXIMATION)


def _extended(timex: Timex, text: str, modifier: re.Pattern) -> Timex:
    found = modifier.search(text, max(0, timex.start - _LOOKBEHIND), timex.start)
    return timex._replace(start=found.start()) if found else timex
