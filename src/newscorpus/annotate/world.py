"""General knowledge of place and group names, as data in `world.json` (its "source" says where it comes from):
countries, capitals and large cities, UK counties and US states (GPE), continents and regions (LOC), demonyms,
religious and political groups (NORP) and the main UK and US political parties (ORG); and more towns (GPE), which
are named after teams and people often enough that they only say a name is no person."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

WORLD = Path(__file__).with_name("world.json")


@cache
def known_names() -> dict[str, str]:
    """Name, as written, -> its OntoNotes label."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    return {name: label for kind in ("places", "groups", "towns") for label, names in data[kind].items()
            for name in names}


@cache
def towns() -> frozenset[str]:
    """Known names known only to be places: they correct a PERSON, nothing else."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    return frozenset(name for names in data["towns"].values() for name in names)


def known_label(name: str, towns: bool = True) -> str | None:
    """The label of a known name, also in capitals ("COSTA RICA") or after "the" ("the Seychelles"); towns among
    them unless `towns` is false."""
    names = known_names() if towns else not_towns()
    for candidate in (name, name.removeprefix("the ").removeprefix("The "), name.title()):
        if candidate in names:
            return names[candidate]
    return None


@cache
def not_towns() -> dict[str, str]:
    return {name: label for name, label in known_names().items() if name not in towns()}


def last_names(entities: list[dict]) -> set[str]:
    """The last words of the people named in full: "Kent" of "George Kent" may be a person where the document
    names him, a known place name or not."""
    return {words[-1] for e in entities if e["label"] == "PERSON" and len(words := e["text"].split()) > 1}
