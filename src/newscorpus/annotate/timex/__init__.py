"""timex_v2: rule-based TIMEX3 tagging and normalization for English news."""
import bisect
import datetime
import importlib

from .keywords import keyword_windows
from .modifiers import with_modifiers
from .quotes import QuotedTime, quoted_times, with_year
from .rules import REGISTRY, Context, Timex
from .story import reanchored
from .titles import is_a_title

NAME = "timex_v2"

# The modules of rules, one per kind of expression; each registers its rules as it is imported.
# On equal extents the earlier rule wins, so the modules with more specific readings come first.
RULE_MODULES = ("explicit", "quarters", "times", "sets", "relative", "partial", "holidays", "durations", "refs")
for _module in RULE_MODULES:
    importlib.import_module(f"{__name__}.{_module}")


def tag(text: str, anchor: datetime.date | None = None) -> list[dict]:
    """Every temporal expression in text: dicts {"start": int, "end": int, "text": str, "type": "DATE"|"TIME"|"DURATION"|"SET", "value": str},
    sorted by start, non-overlapping; offsets are Python str indices (code points), end-exclusive, text[start:end] == span text always.
    anchor is the publication / document creation date; relative and partial expressions resolve against it,
    anaphoric ones ("the next day") against the last date the text mentioned before them, and those inside a
    quotation the text gives as said in another year against that time (quotes.py).
    With anchor None, unresolvable parts use TIMEX3 X placeholders (e.g. "XXXX-05-02")."""
    windows = keyword_windows(text)
    candidates = _candidates(Context(text, anchor), windows)
    chosen = _longest_without_overlap(candidates)
    if quotations := quoted_times(text, chosen, anchor):
        for quotation in quotations:
            candidates = [c for c in candidates if not _inside(c[0], quotation)] + _requoted(text, windows, quotation)
        chosen = _longest_without_overlap(candidates)
    return [
        {"start": t.start, "end": t.end, "text": text[t.start:t.end], "type": t.type, "value": t.value}
        for t in reanchored(chosen, text)
    ]


def _candidates(context: Context, windows: dict) -> list[tuple[Timex, int]]:
    """Every reading of every rule, with the rule's priority."""
    return [
        (with_modifiers(timex, context.text), priority)
        for priority, rule in enumerate(REGISTRY)
        if rule.keyword in windows
        for timex in rule.apply(context, windows[rule.keyword])
        if not is_a_title(context.text, timex.start, timex.end)
    ]


def _inside(timex: Timex, quotation: QuotedTime) -> bool:
    return quotation.start <= timex.start and timex.end <= quotation.end


def _requoted(text: str, windows: dict, quotation: QuotedTime) -> list[tuple[Timex, int]]:
    """The readings inside the quotation, anchored to the time it was said."""
    clipped = {
        kind: [(max(start, quotation.start), min(end, quotation.end)) for start, end in spans
               if start < quotation.end and quotation.start < end]
        for kind, spans in windows.items()
    }
    return [
        (timex._replace(value=with_year(timex.value, quotation.year)), priority)
        for timex, priority in _candidates(Context(text, quotation.anchor), {k: v for k, v in clipped.items() if v})
        if _inside(timex, quotation)
    ]


def _longest_without_overlap(candidates: list[tuple[Timex, int]]) -> list[Timex]:
    """Greedy choice: longest extent first, then earliest start, then rule priority."""
    chosen: list[Timex] = []  # kept sorted by start
    for timex, _ in sorted(candidates, key=lambda c: (c[0].start - c[0].end, c[0].start, c[1])):
        i = bisect.bisect(chosen, timex.start, key=lambda t: t.start)
        fits_after = i == 0 or chosen[i - 1].end <= timex.start
        fits_before = i == len(chosen) or timex.end <= chosen[i].start
        if fits_after and fits_before:
            chosen.insert(i, timex)
    return chosen
