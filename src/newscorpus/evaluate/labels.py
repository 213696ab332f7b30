"""Which entity mentions are scored, and how OntoNotes labels (spaCy) map onto each gold corpus's types: data, in one
place. A gold document names its scheme (`GoldDocument.scheme`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scheme:
    name: str
    types: tuple[str, ...]  # the gold types scored
    mapping: dict[str, str]  # OntoNotes label -> gold type; other labels are dropped
    syntactic_types: frozenset[str] | None  # scored gold syntactic types; None: every gold mention is a scored name
    name_syntactic_types: frozenset[str] = frozenset()  # names, also as modifiers: unscored ones are "don't care"

    def gold(self, mentions: list[dict]) -> list[dict]:
        """Gold mentions that are scored: proper names of a scored type."""
        return [m for m in mentions
                if (self.syntactic_types is None or m["syntactic_type"] in self.syntactic_types)
                and m["label"] in self.types]

    def dont_care(self, mentions: list[dict]) -> set[tuple[int, int]]:
        """Extents of the gold name mentions that are not scored and that no scored mention shares: a system mention
        of exactly such an extent is neither correct nor spurious."""
        scored = {(m["start"], m["end"]) for m in self.gold(mentions)}
        names = {(m["start"], m["end"]) for m in mentions if m.get("syntactic_type") in self.name_syntactic_types}
        return names - scored

    def system(self, entities: list[dict], ignored: set[tuple[int, int]] = frozenset()) -> list[dict]:
        """System mentions relabelled with the gold types; those of unmapped labels or of an `ignored` extent
        dropped."""
        return [{**e, "label": self.mapping[e["label"]]} for e in entities
                if e["label"] in self.mapping and (e["start"], e["end"]) not in ignored]


MEANTIME = Scheme(
    name="meantime",
    types=("LOC", "ORG", "PER", "PRO"),  # MEANTIME's FIN (financial) and MIX are not scored
    mapping={"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PRODUCT": "PRO"},
    syntactic_types=frozenset({"NAM"}),  # proper names; not PRE.NAM, NOM, PRO, APP, CONJ, ...
    # names, also as modifiers ("US stocks"); and mentions whose syntactic type the annotators left blank or out
    # (935 of the 2,866 mentions in the text scored; "General Motors", "Barack Obama" among them): they may be names
    name_syntactic_types=frozenset({"NAM", "PRE.NAM", "", None}),
)
CONLL = Scheme(
    name="conll2003",
    types=("LOC", "MISC", "ORG", "PER"),
    mapping={"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
             "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"},
    syntactic_types=None,
)
SCHEMES = {scheme.name: scheme for scheme in (MEANTIME, CONLL)}

DONT_CARE = (
    "MEANTIME: gold name mentions that are not scored (syntactic type NAM or PRE.NAM, but a name used as a modifier, "
    "or of type FIN, MIX or none) and gold mentions with no syntactic type recorded (the attribute blank or missing, "
    "as on 935 of the 2,866 mentions, names among them) are 'don't care': a system mention with exactly the extent of "
    "one, and of no scored gold mention, is left out of the system mentions, counting neither as correct nor as "
    "spurious. CoNLL-2003: every gold mention is scored."
)
UNMAPPED = (
    "Mentions with an OntoNotes label not in a corpus's mapping are dropped before scoring. For MEANTIME: NORP "
    "(nationalities, religious and political groups, mostly adjectives such as 'American', not names of a place), "
    "EVENT, WORK_OF_ART, LAW, LANGUAGE (no MEANTIME type of their own). For CoNLL-2003 these are MISC. For both, the "
    "numeric DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL."
)
