"""Which entity mentions are scored, and how OntoNotes labels (spaCy) map onto MEANTIME's types: data, in one place."""

from __future__ import annotations

SCORED_TYPES = ("LOC", "ORG", "PER", "PRO")  # MEANTIME's FIN (financial) and MIX are not scored
SCORED_SYNTACTIC_TYPES = frozenset({"NAM"})  # proper names; not PRE.NAM, NOM, PRO, APP, CONJ, ...

ONTONOTES_TO_MEANTIME = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "PRODUCT": "PRO",
}
UNMAPPED = (
    "Mentions with an OntoNotes label not in the mapping are dropped before scoring: NORP (nationalities, religious "
    "and political groups, mostly adjectives such as 'American', not names of a place), EVENT, WORK_OF_ART, LAW, "
    "LANGUAGE (no MEANTIME type of their own), and the numeric DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL."
)


def gold_entities(mentions: list[dict]) -> list[dict]:
    """Gold mentions that are scored: proper names of a scored type."""
    return [m for m in mentions if m["syntactic_type"] in SCORED_SYNTACTIC_TYPES and m["label"] in SCORED_TYPES]


def system_entities(entities: list[dict]) -> list[dict]:
    """System mentions relabelled with MEANTIME types; those of unmapped labels dropped."""
    return [{**e, "label": ONTONOTES_TO_MEANTIME[e["label"]]} for e in entities if e["label"] in ONTONOTES_TO_MEANTIME]
