"""designation_patterns_v1: model designations of products (S-400, F-35, A350-900, Boeing 737 MAX) as PRODUCT.

A designation is a short letter prefix and a number (S-400, F-35, KC-390, A380, MiG-29, 777-200LR), optionally a
plural `s`. It is a PRODUCT mention unless the model read it as an event, law, place or quantity. A name the model
found right before it is the maker and joins the mention ("Airbus A380", "Boeing 737 MAX"); so does an all-caps
variant right after it (MAX, ER). A bare number (737, 787s) is a designation only after a maker's name, or where
the same number follows a maker elsewhere in the document ("Boeing 757 ... the 757"). Names spelled with a small
"i" before a capital are product names too, with a version number if one follows (iQuill 4, iOS 9).
"""

from __future__ import annotations

import re

from .base import Annotator, register
from .spans import by_offset, overlapping, overlaps

LETTERED = r"(?!FY)[A-Z][A-Za-z]{0,2}-?\d{2,4}"
NUMBERED = r"\d{3}(?<!00)"  # round hundreds are more often counts and indices (FTSE 100, S&P 500)
VARIANT = r"(?:-\d{1,4})?[A-Z]{0,3}"
VARIANT_V2 = r"(?:-\d{2,4})?[A-Z]{0,3}"
BRANDED = r"i[A-Z][A-Za-z]+(?: \d{1,2}(?:[A-Z]{1,2})?(?![\w.,]\w))?"  # iPhone, iPod, iOS 5, iPhone 3GS
DESIGNATION = re.compile(rf"(?<![\w$.,/-])(?:(?P<lettered>{LETTERED})|(?P<numbered>{NUMBERED})){VARIANT}s?(?![\w-])"
                         rf"|(?<![\w-]){BRANDED}")
NOT_AFTER = re.compile(r"\b(?:flight|route|highway|interstate|channel|section|article|chapter|page|no\.?|number|gate|"
                       r"terminal|room|line|bus)$", re.IGNORECASE)  # flight numbers, road numbers, ...
NOT_AFTER_REACH = 12  # characters: its longest word
PREVIOUS_NAME = re.compile(r"\b[A-Z][\w-]* $")  # a capitalized word right before a designation
POSSESSIVE = re.compile(r"['’]s?$")
SUFFIX = re.compile(r" [A-Z]{2,4}(?![\w-])")
MAKER_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC"})
NOT_A_PRODUCT = frozenset({"EVENT", "LAW", "FAC", "GPE", "LOC", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT"})
NOT_A_VARIANT = NOT_A_PRODUCT | {"NORP"}  # "F-35 US", but "737 MAX" even where the model took MAX for an ORG


@register
class DesignationAnnotator(Annotator):
    name = "designation_patterns_v1"
    layer = "entities"

    pattern = DESIGNATION
    maker_labels = MAKER_LABELS

    def spans(self, record: dict) -> list[dict]:
        text, entities = record["text"], record["entities"]
        found = [(match, maker_before(match.start(), text, entities, self.maker_labels))
                 for match in self.pattern.finditer(text) if not after_a_numbering_word(match.start(), text)]
        made = {match["numbered"] for match, maker in found if maker and match["numbered"]}
        products = [product for match, maker in found
                    if not match["numbered"] or match["numbered"] in made
                    if (product := designation(match, maker, text, entities))]
        return merge(entities, products)


def after_a_numbering_word(position: int, text: str) -> bool:
    """`text` before `position`, spaces aside, ends in a word like "flight" or "route"."""
    end = position
    while end and text[end - 1].isspace():
        end -= 1
    return NOT_AFTER.search(text, max(0, end - NOT_AFTER_REACH), end) is not None  # \b sees before the start


def designation(match: re.Match, maker: dict | None, text: str, entities: list[dict]) -> dict | None:
    """The PRODUCT mention of a designation, from its maker to the end of the model's mention over it, if any."""
    start, end = match.span()
    if suffix := SUFFIX.match(text, end):
        if not any(overlaps(e, suffix.start() + 1, suffix.end()) and e["label"] in NOT_A_VARIANT for e in entities):
            end = suffix.end()
    inside = overlapping(entities, start, end)
    if any(e["label"] in NOT_A_PRODUCT for e in inside):
        return None
    end = max([end, *(e["end"] for e in inside)])
    if maker:
        start = maker["start"]
    elif any(e["start"] < start for e in inside) and (word := PREVIOUS_NAME.search(text, 0, start)):
        start = word.start()
    if len(inside) == 1 and (inside[0]["start"], inside[0]["end"], inside[0]["label"]) == (start, end, "PRODUCT"):
        return inside[0]
    return {"start": start, "end": end, "text": text[start:end], "label": "PRODUCT", "origin": "rule"}


def maker_before(position: int, text: str, entities: list[dict], labels: frozenset[str] = MAKER_LABELS) -> dict | None:
    """The model's name mention that ends one space before `position`, if it can be a maker (not "Apple's")."""
    if text[position - 1:position] != " ":
        return None
    return next((e for e in entities if e["end"] == position - 1 and e["label"] in labels
                 and not POSSESSIVE.search(e["text"])), None)


def merge(entities: list[dict], products: list[dict]) -> list[dict]:
    """`entities` with the products in place of the mentions they overlap, sorted by offset."""
    products = [p for i, p in enumerate(products) if not any(overlaps(q, p["start"], p["end"]) for q in products[:i])]
    kept = [e for e in entities if not any(overlaps(p, e["start"], e["end"]) for p in products)]
    return by_offset(kept + products)



@register
class ScoreAwareDesignationAnnotator(DesignationAnnotator):
    """designation_patterns_v2: v1, but a number in a table of results or a ranking is no designation: a person
    is nobody's maker ("Nick Faldo 412,305"), a number is not cut out of a longer one ("412,305") nor one of a pair
    of scores ("Essex 245 and 310"), a variant has at least two digits ("737-800", not a cricket score's "214-6"),
    and a designation after "X / " is part of a name the model read whole ("EA / F-18")."""

    name = "designation_patterns_v2"
    pattern = re.compile(
        rf"(?<![\w$.,/-])(?<!/ )(?:(?P<lettered>{LETTERED})|(?P<numbered>{NUMBERED}(?! and \d))){VARIANT_V2}s?"
        rf"(?![\w-]|[.,]\d)"
        rf"|(?<![\w-]){BRANDED}")
    maker_labels = MAKER_LABELS - {"PERSON"}
