"""An article's text as HTML with its entity mentions and dates marked; every character of the text escaped.

Entities and dates are separate layers that may overlap, so the text is cut at every span boundary and
each piece is wrapped in the marks of the spans covering it.
"""

from __future__ import annotations

from bisect import bisect_left
from html import escape


def highlight(text: str, entities: list[dict], dates: list[dict]) -> str:
    """`text` as HTML: entities as `<mark class="ent label-X">` with their label (and full name, for a short form,
    on hover), dates as `<span class="timex">` whose type and value show on hover."""
    cuts = sorted({0, len(text), *(s[k] for s in (*entities, *dates) for k in ("start", "end"))})
    entity_at, date_at = _cover(entities, cuts), _cover(dates, cuts)
    html = []
    for i, (start, end) in enumerate(zip(cuts, cuts[1:])):
        piece = escape(text[start:end])
        if date := date_at[i]:
            piece = (f'<span class="timex{_ends(date, start, end)}" data-type="{escape(date["type"])}" '
                     f'data-value="{escape(date["value"])}" title="{escape(date["type"])} {escape(date["value"])}">'
                     f"{piece}</span>")
        if entity := entity_at[i]:
            label = escape(entity["label"])
            badge = f'<span class="label">{label}</span>' if entity["end"] == end else ""
            piece = (f'<mark class="ent label-{label}{_ends(entity, start, end)}" data-label="{label}" '
                     f'title="{escape(_entity_title(entity))}">{piece}{badge}</mark>')
        html.append(piece)
    return "".join(html)


def _entity_title(entity: dict) -> str:
    """The label, and the full name the mention stands for when it is a short form ("Cavusoglu")."""
    canonical = entity.get("canonical")
    return f"{entity['label']}: {canonical}" if canonical and canonical != entity["text"] else entity["label"]


def _cover(spans: list[dict], cuts: list[int]) -> list[dict | None]:
    """For each piece between consecutive cuts, the first span of the layer that covers it, or None."""
    cover: list[dict | None] = [None] * (len(cuts) - 1)
    for span in spans:
        for i in range(bisect_left(cuts, span["start"]), bisect_left(cuts, span["end"])):
            cover[i] = cover[i] or span
    return cover


def _ends(span: dict, start: int, end: int) -> str:
    return (" first" if span["start"] == start else "") + (" last" if span["end"] == end else "")
