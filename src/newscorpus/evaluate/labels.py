"""Which entity mentions are scored, and how OntoNotes labels (spaCy) map onto MEANTIME's types: data, in one place."""

from __future__ import annotations

SCORED_TYPES = ("LOC", "ORG", "PER", "PRO")  # MEANTIME's FIN (financial) and MIX are not scored
SCORED_SYNTACTIC_TYPES = frozenset({"NAM"})  # proper names; not PRE.NAM, NOM, PRO, APP, CONJ, ...
NAME_SYNTACTIC_TYPES = frozenset({"NAM", "PRE.NAM"})  # names, also as modifiers ("US stocks")

ONTONOTES_TO_MEANTIME = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "PRODUCT": "PRO",
}
DONT_CARE = (
    "Gold name mentions that are not scored (syntactic type NAM or PRE.NAM, but a name used as a modifier, or of type "
    "FIN, MIX or none) are 'don't care': a system mention with exactly the extent of one, and of no scored gold "
    "mention, is left out of the system mentions, counting neither as correct nor as spurious."
)
UNMAPPED = (
    "Mentions with an OntoNotes label not in the mapping are dropped before scoring: NORP (nationalities, religious "
    "and political groups, mostly adjectives such as 'American', not names of a place), EVENT, WORK_OF_ART, LAW, "
    "LANGUAGE (no MEANTIME type of their own), and the numeric DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL."
)


def gold_entities(mentions: list[dict]) -> list[dict]:
    """Gold mentions that are scored: proper names of a scored type."""
    return [m for m in mentions if m["syntactic_type"] in SCORED_SYNTACTIC_TYPES and m["label"] in SCORED_TYPES]


def dont_care(mentions: list[dict]) -> set[tuple[int, int]]:
    """Extents of the gold name mentions that are not scored (names as modifiers, of FIN, MIX or no type) and that no
    scored mention shares: a system mention of exactly such an extent is neither correct nor spurious."""
    scored = {(m["start"], m["end"]) for m in gold_entities(mentions)}
    return {(m["start"], m["end"]) for m in mentions if m["syntactic_type"] in NAME_SYNTACTIC_TYPES} - scored


def system_entities(entities: list[dict], ignored: set[tuple[int, int]] = frozenset()) -> list[dict]:
    """System mentions relabelled with MEANTIME types; those of unmapped labels or of an `ignored` extent dropped."""
    return [{**e, "label": ONTONOTES_TO_MEANTIME[e["label"]]} for e in entities
            if e["label"] in ONTONOTES_TO_MEANTIME and (e["start"], e["end"]) not in ignored]
