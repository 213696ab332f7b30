"""General knowledge of place and group names, as data in `world.json` (its "source" says where it comes from):
countries, capitals and large cities, UK counties and US states (GPE), continents and regions (LOC), demonyms,
religious and political groups (NORP) and the main UK and US political parties (ORG)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

WORLD = Path(__file__).with_name("world.json")


@cache
def known_names() -> dict[str, str]:
    """Name, as written, -> its OntoNotes label."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    return {name: label for kind in ("places", "groups") for label, names in data[kind].items() for name in names}


def known_label(name: str) -> str | None:
    """The label of a known name, also in capitals ("SRI LANKA") or after "the" ("the Seychelles")."""
    names = known_names()
    for candidate in (name, name.removeprefix("the ").removeprefix("The "), name.title()):
        if candidate in names:
            return names[candidate]
    return None


def last_names(entities: list[dict]) -> set[str]:
    """The last words of the people named in full: "Kent" of "George Kent" may be a person where the document
    names him, a known place name or not."""
    return {words[-1] for e in entities if e["label"] == "PERSON" and len(words := e["text"].split()) > 1}
