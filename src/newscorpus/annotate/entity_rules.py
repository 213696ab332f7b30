"""entity_rules_v1: general knowledge about names the model lacks, as data in `entity_rules.json`.

- Gazetteer: the product lines of `entity_rules_v1_products.json` are PRODUCT and stock indices (FTSE 100, Dow Jones
  Industrial Average) are ORG under their full name, wherever they occur; a mention lying inside one gives way to
  it; a maker's name before a product makes one PRODUCT with it ("Sony Walkman"), and so does a model
  designation ("Boeing 727 Jumbo Jet"). That product list is v1's alone: its provenance is unstated and it may
  have been tuned on MEANTIME, so v2 and the other default steps do not read it (docs/entities.md).
- A name ending in an organization word (Airlines, Motors, Corporation, Group) is an ORG.
- A flight ("Skyvale Air Flight 212") is not an organization: its airline is ("Skyvale Air").
- A personal title before a name is not part of it, and makes it a PERSON ("Spokeswoman Marta Quillon").
- A time zone (UTC, GMT) is a TIME, not an organization; a currency code (USD) is not a name.
Mentions a rule changed or added get origin "rule".
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .base import Annotator, register
from .spans import by_offset, inside, overlapping
from .stopwords import stop_words
from .world import known_label, last_names, not_towns

RULES = Path(__file__).with_name("entity_rules.json")
V1_PRODUCTS = Path(__file__).with_name("entity_rules_v1_products.json")  # v1 only: of unstated provenance
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PRODUCT_GAP = re.compile(r" (?:``|\"|“)?$")
FLIGHT = re.compile(r" Flight(?: \d+)?$")


@cache
def rules() -> dict:
    return json.loads(RULES.read_text(encoding="utf-8"))


@cache
def v1_products() -> list[str]:
    """entity_rules_v1's product lines: a list of unstated provenance, possibly tuned on MEANTIME, that only v1
    reads, so that the released step keeps its meaning."""
    return json.loads(V1_PRODUCTS.read_text(encoding="utf-8"))["PRODUCT"]


GAZETTEERS = {  # name -> label -> names
    "v1": lambda: {"PRODUCT": v1_products(), "ORG": rules()["stock_indices"]},  # v1: products, indices as ORG
    "stock_indices": lambda: {"ORG": rules()["stock_indices"]},  # v2: the indices alone, to be left untagged
}


@cache
def gazetteer_names(name: str) -> dict[str, list[str]]:
    """Label -> names of the gazetteer `name`."""
    return GAZETTEERS[name]()


@cache
def gazetteer(name: str) -> re.Pattern:
    """Any name of the gazetteer `name`, longest first, its first letter as listed and the rest in any case
    ("Macbook")."""
    names = sorted((n for names in gazetteer_names(name).values() for n in names), key=lambda n: (-len(n), n))
    alternatives = "|".join(re.escape(n[0]) + f"(?i:{re.escape(n[1:])})" for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@cache
def gazetteer_labels(name: str) -> dict[str, str]:
    return {n.lower(): label for label, names in gazetteer_names(name).items() for n in names}


@cache
def stock_indices() -> frozenset[str]:
    return frozenset(name.lower() for name in rules()["stock_indices"])


@cache
def person_title() -> re.Pattern:
    """A personal title and the space after it, the first of the list that fits."""
    return re.compile("(" + "|".join(map(re.escape, rules()["person_titles"])) + ") ")


@cache
def organization_endings() -> tuple[str, ...]:
    return tuple(" " + word for word in rules()["organization_endings"])


@cache
def event_endings() -> tuple[str, ...]:
    return tuple(" " + word for word in rules()["event_endings"])


@register
class EntityRuleAnnotator(Annotator):
    name = "entity_rules_v1"
    layer = "entities"

    def spans(self, record: dict) -> list[dict]:
        text = record["text"]
        entities = [fixed for entity in record["entities"] if (fixed := relabelled(entity, text))]
        return with_gazetteer_names(entities, text, "v1")


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


def with_gazetteer_names(entities: list[dict], text: str, name: str) -> list[dict]:
    """`entities` with the names of the gazetteer `name` tagged, the mentions inside them given way."""
    for match in gazetteer(name).finditer(text):
        start, end = match.span()
        label = gazetteer_labels(name)[match.group().lower()]
        covered = overlapping(entities, start, end)
        around = [e for e in covered if inside({"start": start, "end": end}, e["start"], e["end"])]
        if around and (around[0]["start"], around[0]["end"]) != (start, end):
            outer = around[0]
            maker = text[outer["start"]:start].strip()  # "Sony Walkman": a maker's product
            if label == "PRODUCT" and outer["label"] != "PRODUCT" and outer["end"] == end and " " not in maker:
                if maker.lower() in stop_words():  # "The Walkman"
                    entities[entities.index(outer)] = _changed(outer, text, start, end, label)
                elif maker[:1].isupper():
                    entities[entities.index(outer)] = _changed(outer, text, outer["start"], end, label)
            continue
        if not all(inside(e, start, end) for e in covered):
            continue
        entities = [e for e in entities if e not in covered]
        if label == "PRODUCT" and (model := _product_before(start, text, entities)):  # "Boeing 727" Jumbo Jet
            entities.remove(model)
            start = model["start"]
        same = [e for e in covered if (e["start"], e["end"], e["label"]) == (start, end, label)]
        entities.append(same[0] if same else _changed({}, text, start, end, label))
    return by_offset(entities)


def _product_before(position: int, text: str, entities: list[dict]) -> dict | None:
    """The PRODUCT mention ending one space (and maybe an opening quote) before `position`, if any."""
    gap = PRODUCT_GAP.search(text, 0, position)
    return next((e for e in entities if gap and e["end"] == gap.start() and e["label"] == "PRODUCT"), None)


def _changed(entity: dict, text: str, start: int, end: int, label: str) -> dict:
    return {**entity, "start": start, "end": end, "text": text[start:end], "label": label, "origin": "rule"}



@register
class WorldKnowledgeRuleAnnotator(EntityRuleAnnotator):
    """entity_rules_v2: v1's rules but its product list (of unstated provenance, possibly tuned on MEANTIME: v2
    reads no list of product names), then general knowledge (`world.json`) and the document's own evidence:

    - a known name gets its label where the model gave it one of another kind: a country or city is no PERSON,
      ORG or NORP ("Costa Rica", "Maldives", "Seychelles"), a demonym no PERSON or place ("Britons"), a party no
      PERSON, place or group ("Lib Dems"), unless it is the last name of a person the document names ("George
      Kent"); and a known name the model left untagged is tagged, as written or in capitals ("COSTA RICA");
    - an acronym the model took for a place it does not know is an organization ("BT"), and so is a place with a
      score before another name's ("Leeds 2 Chelsea 1": a team);
    - a person's or place's name does not end in a number ("J. Walker 63", "Yorkshire 296": a score), nor a name
      in lowercase words ("Norvel news agency");
    - a stock index is no name of an organization (nor of any OntoNotes kind; the MUC-6 named entity task gives
      "Dow Jones Industrial Average" no markup), so the indices v1 tags as ORG (`stock_indices` in `entity_rules.json`: "FTSE 100",
      "S&P 500") are left untagged, with the mentions the model had inside them;
    - a name has a capital letter: a mention with none is no name ("healthcare", "communists"), but for a
      product's designation alone ("777s");
    - a name ending in a word for a meeting, show or contest (Conference, Show, Cup, Games) is an EVENT where
      the model read it as an organization, place or person ("Mobile Tech Conference", "Riverside Cup");
    - a single capitalized word that starts a sentence and that the document also writes in lower case is a common
      word, not a name ("Broadband ... broadband");
    - a name the document calls a company somewhere is an organization in all its mentions read as a person or an
      unknown place: after a noun of companies ("low-cost airline Brisca", "retailer Corvane Depot", "shares of X") or
      before a company's officer ("Brisca CEO"), or in an apposition ("X, the Danish brewer,"); and one it calls
      a product ("web browser X", "X, the newest version of ...", "X operating system") a product.
    """

    name = "entity_rules_v2"

    def spans(self, record: dict) -> list[dict]:
        text = record["text"]
        lowercase = set(LOWER_WORD.findall(text))
        entities = [fixed for entity in record["entities"] if (fixed := relabelled(entity, text))]
        entities = with_gazetteer_names(entities, text, "stock_indices")  # the mentions inside an index go
        people = last_names(entities)
        entities = [fixed for entity in entities if (fixed := rule_fixed(entity, text, lowercase, people))
                    and fixed["text"].lower() not in stock_indices()]  # the indices themselves go too
        return with_known_names(with_document_evidence(entities, text), text)


EVENT_MISREAD = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON"})  # what an event's name is read as
LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
KNOWN_RELABELLED = {"GPE": {"PERSON", "ORG", "NORP"}, "LOC": {"PERSON", "ORG", "NORP"},
                    "NORP": {"PERSON", "GPE", "LOC", "ORG"}, "ORG": {"PERSON", "GPE", "LOC", "NORP"}}
TRAILING_NUMBER = re.compile(r"(?: [\d.,-]*\d)+$")
SCORE_PAIR = re.compile(r" \d{1,3}(?![\d:/-]|\.\d),? [A-Z][\w.]+(?: [A-Z][\w.]+)* \d{1,3}(?![\d:/-]|\.\d)")  # " 2 Chelsea 1"
ACRONYM = re.compile(r"[A-Z]{2,5}")
TRAILING_LOWER = re.compile(r"(?: [a-z]+)+$")
SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"'”’)]* )[\"'“‘(]*$")


def rule_fixed(entity: dict, text: str, lowercase: set[str], people: set[str]) -> dict | None:
    """The mention with v2's rules for single mentions applied; None if it is a common word. `people`: the last
    names of the people the document names in full, which may be a known place's name too ("George Kent")."""
    words = entity["text"]
    if entity["label"] not in NAME_LABELS:
        return entity
    if not any(character.isupper() for character in words) and (entity["label"] != "PRODUCT" or " " in words):
        return None  # no capital letter: no name, but for a designation alone ("777s"); "4 1 2 1" is a table row
    if entity["label"] in EVENT_MISREAD and words.endswith(event_endings()):
        return _changed(entity, text, entity["start"], entity["end"], "EVENT")
    if ((label := known_label(words, towns=False)) and entity["label"] in KNOWN_RELABELLED[label]
            and not (entity["label"] == "PERSON" and words in people)):
        return _changed(entity, text, entity["start"], entity["end"], label)
    if entity["label"] == "GPE" and ACRONYM.fullmatch(words) and not known_label(words):
        return _changed(entity, text, entity["start"], entity["end"], "ORG")
    if entity["label"] in {"PERSON", "GPE", "LOC"} and (number := TRAILING_NUMBER.search(words)) and number.start():
        return _changed(entity, text, entity["start"], entity["start"] + number.start(), entity["label"])
    if entity["label"] in {"GPE", "LOC"} and SCORE_PAIR.match(text, entity["end"]):
        return _changed(entity, text, entity["start"], entity["end"], "ORG")
    if entity["label"] in {"ORG", "PERSON", "GPE", "LOC"} and (tail := TRAILING_LOWER.search(words)) and tail.start():
        return _changed(entity, text, entity["start"], entity["start"] + tail.start(), entity["label"])
    if (words.isalpha() and words[0].isupper() and words[1:].islower() and words.lower() in lowercase
            and SENTENCE_START.search(text, 0, entity["start"])):
        return None
    return entity


@cache
def known_pattern() -> re.Pattern:
    """Any known name but a town, as written or in capitals, longest first. The lookahead for a first letter lets
    the engine pass over most places in a text without trying each name (a sixth of the time)."""
    names = sorted({form for name in not_towns() for form in (name, name.upper())},
                   key=lambda n: (-len(n), n))
    first = re.escape("".join(sorted({name[0] for name in names})))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def with_known_names(entities: list[dict], text: str) -> list[dict]:
    """`entities` and a mention of each known name that overlaps none of them."""
    found = [_changed({}, text, *match.span(), known_label(match.group())) for match in known_pattern().finditer(text)
             if not overlapping(entities, *match.span())]
    return by_offset(entities + found)


COMPANY_NOUNS = (r"airline|carrier|maker|manufacturer|automaker|carmaker|company|firm|retailer|magazine|newspaper|"
                 r"broadcaster|bank|insurer|conglomerate|publisher|brewer|supplier|giant|chain|club|group|agency|network|"
                 r"channel|party|team|operator|union|association|organi[sz]ation")
PRODUCT_NOUNS = (r"aircraft|airliner|jetliner|jet|plane|smartphone|phone|handset|browser|console|software|tablet|"
                 r"laptop|operating system|version|model|vehicle|car|SUV")
EVIDENCE_REACH = 30  # characters before a name: its longest noun and a margin


def _evidence(nouns: str, before: str, after: str) -> tuple[re.Pattern, re.Pattern]:
    """Patterns of a kind's noun before a name ("airline Brisca") and of an apposition after it ("X, the
    Danish brewer,"), each with `before` and `after` alternatives of its own."""
    return (re.compile(rf"\b(?:{nouns}|{before}),? $"),
            re.compile(rf" (?:{after})\b|, (?:the|a|an) (?:(?!of )[\w-]+ ){{0,3}}(?:{nouns})s?(?=[,.;:)]| of\b|$)"))


EVIDENCE = {"ORG": _evidence(COMPANY_NOUNS, r"shares (?:of|in)", r"CEO|chief executive|chairman|shares"),
            "PRODUCT": _evidence(PRODUCT_NOUNS, r"(?!)", PRODUCT_NOUNS)}
EVIDENCE_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # what a company or product name is misread as


def with_document_evidence(entities: list[dict], text: str) -> list[dict]:
    """`entities` with every person or unknown place whose name the document calls a company an ORG, and one it
    calls a product a PRODUCT."""
    for label, (before, after) in EVIDENCE.items():
        named = {e["text"] for e in entities if e["label"] in EVIDENCE_LABELS | {label} and not known_label(e["text"])
                 and (before.search(text, max(0, e["start"] - EVIDENCE_REACH), e["start"])
                      or after.match(text, e["end"]))}
        entities = [_changed(e, text, e["start"], e["end"], label)
                    if e["text"] in named and e["label"] in EVIDENCE_LABELS else e for e in entities]
    return entities
