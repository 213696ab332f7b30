"""entity_rules_v1: general knowledge about names the model lacks, as data in `entity_rules.json`.

- Gazetteer: names of well-known product lines (iMac, MacBook Air, Ford Taurus) are PRODUCT and stock indices
  (FTSE 100, Dow Jones Industrial Average) are ORG under their full name, wherever they occur; a mention lying
  inside one gives way to it; a maker's name before a product makes one PRODUCT with it ("Apple Macintosh"), and so
  does a model designation ("Boeing 787 Dreamliner").
- A name ending in an organization word (Airlines, Motors, Corporation, Group) is an ORG.
- A flight ("Adam Air Flight 574") is not an organization: its airline is ("Adam Air").
- A personal title before a name is not part of it, and makes it a PERSON ("Spokeswoman Sandy Angers").
- A time zone (UTC, GMT) is a TIME, not an organization; a currency code (USD) is not a name.
Mentions a rule changed or added get origin "rule".
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .base import Annotator, register
from .stopwords import stop_words

RULES = Path(__file__).with_name("entity_rules.json")
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PRODUCT_GAP = re.compile(r" (?:``|\"|“)?$")
FLIGHT = re.compile(r" Flight(?: \d+)?$")


@cache
def rules() -> dict:
    return json.loads(RULES.read_text(encoding="utf-8"))


@cache
def gazetteer() -> re.Pattern:
    """Any gazetteer name, longest first, its first letter as listed and the rest in any case ("Macbook")."""
    names = sorted((name for names in rules()["gazetteer"].values() for name in names), key=lambda n: (-len(n), n))
    alternatives = "|".join(re.escape(name[0]) + f"(?i:{re.escape(name[1:])})" for name in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@cache
def gazetteer_labels() -> dict[str, str]:
    return {name.lower(): label for label, names in rules()["gazetteer"].items() for name in names}


@cache
def person_title() -> re.Pattern:
    """A personal title and the space after it, the first of the list that fits."""
    return re.compile("(" + "|".join(map(re.escape, rules()["person_titles"])) + ") ")


@cache
def organization_endings() -> tuple[str, ...]:
    return tuple(" " + word for word in rules()["organization_endings"])


@register
class EntityRuleAnnotator(Annotator):
    name = "entity_rules_v1"
    layer = "entities"

    def spans(self, record: dict) -> list[dict]:
        text = record["text"]
        entities = [fixed for entity in record["entities"] if (fixed := relabelled(entity, text))]
        return with_gazetteer_names(entities, text)


def relabelled(entity: dict, text: str) -> dict | None:
    """The mention with the rules for single mentions applied; None if it is not a name."""
    if entity["label"] not in NAME_LABELS:
        return entity
    words = entity["text"].split()
    if entity["text"] in rules()["currency_codes"]:
        return None
    if entity["text"] in rules()["time_zones"]:
        return _changed(entity, text, entity["start"], entity["end"], "TIME")
    if entity["label"] == "ORG" and (flight := FLIGHT.search(entity["text"])) and flight.start() > 0:
        return _changed(entity, text, entity["start"], entity["start"] + flight.start(), "ORG")
    if title := person_title().match(entity["text"]):
        rest = words[len(title[1].split()):]
        if rest and all(word[0].isupper() for word in rest):
            return _changed(entity, text, entity["start"] + title.end(), entity["end"], "PERSON")
    ending = entity["text"].endswith(organization_endings())
    if ending and entity["label"] in {"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"}:
        return _changed(entity, text, entity["start"], entity["end"], "ORG")
    return entity


def with_gazetteer_names(entities: list[dict], text: str) -> list[dict]:
    for match in gazetteer().finditer(text):
        start, end = match.span()
        label = gazetteer_labels()[match.group().lower()]
        overlapping = [e for e in entities if e["start"] < end and start < e["end"]]
        around = [e for e in overlapping if e["start"] <= start and end <= e["end"]]
        if around and (around[0]["start"], around[0]["end"]) != (start, end):
            outer = around[0]
            maker = text[outer["start"]:start].strip()  # "Apple Macintosh": a maker's product
            if label == "PRODUCT" and outer["label"] != "PRODUCT" and outer["end"] == end and " " not in maker:
                if maker.lower() in stop_words():  # "The MacBook Air"
                    entities[entities.index(outer)] = _changed(outer, text, start, end, label)
                elif maker[:1].isupper():
                    entities[entities.index(outer)] = _changed(outer, text, outer["start"], end, label)
            continue
        if not all(start <= e["start"] and e["end"] <= end for e in overlapping):
            continue
        entities = [e for e in entities if e not in overlapping]
        if label == "PRODUCT" and (model := _product_before(start, text, entities)):  # "Boeing 787" Dreamliner
            entities.remove(model)
            start = model["start"]
        same = [e for e in overlapping if (e["start"], e["end"], e["label"]) == (start, end, label)]
        entities.append(same[0] if same else _changed({}, text, start, end, label))
    return sorted(entities, key=lambda e: (e["start"], e["end"]))


def _product_before(position: int, text: str, entities: list[dict]) -> dict | None:
    """The PRODUCT mention ending one space (and maybe an opening quote) before `position`, if any."""
    gap = PRODUCT_GAP.search(text, 0, position)
    return next((e for e in entities if gap and e["end"] == gap.start() and e["label"] == "PRODUCT"), None)


def _changed(entity: dict, text: str, start: int, end: int, label: str) -> dict:
    return {**entity, "start": start, "end": end, "text": text[start:end], "label": label, "origin": "rule"}
