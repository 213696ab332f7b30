"""curation_v1: human corrections of entity mentions, one reviewable file per article, applied in every build.

`<curation folder>/<article id>.json`:

    {"article": "db6aff6c39e5c83b", "source": "raw/000_31b2d9bdfaee5fb9.txt", "title": "US, Turkey to ...",
     "entities": [{"action": "relabel", "text": "Rostec", "label": "ORG", "note": "a state corporation"},
                  {"action": "remove", "text": "State", "occurrence": 1},
                  {"action": "add", "text": "AzVision.az", "label": "ORG"}]}

A correction names its span by text and occurrence (1 for the first whole-word occurrence in the article's text;
no occurrence: every one), never by offset, so it survives rebuilds and model upgrades. `add` and `relabel` make the
span a mention with `label` (replacing mentions it overlaps, adding it if the model no longer finds it);
`remove` drops the mention with exactly that span, if there is one. Corrected mentions get origin "curated".
`source` and `title` are for reviewers. A correction that cannot apply stops the build with a `CurationError` naming
the file and entry; so does one that makes the record invalid. Builds cache records before curation and apply it
to every record, so an edited file takes effect in the next build without annotating anything again.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from pathlib import Path

from ..dataset.schema import record_schema
from ..errors import CurationError
from .base import Annotator
from .spans import by_offset, overlapping

ACTIONS = ("add", "relabel", "remove")



class Curator(Annotator):
    name = "curation_v1"
    layer = "entities"

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def file(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.json"

    @cached_property
    def _paths(self) -> dict[str, Path]:
        """The curation files by article id, listed once, so a build's output and its digest see the same files."""
        return {path.stem: path for path in sorted(self.folder.glob("*.json"))}

    def files(self) -> dict[str, bytes]:
        """The content of every curation file, by article id: what a build's output depends on."""
        return {article_id: path.read_bytes() for article_id, path in self._paths.items()}

    def spans(self, record: dict) -> list[dict]:
        if (path := self._paths.get(record["id"])) is None:
            return record["entities"]
        return curated(record, read_curation(path), path)


def read_curation(path: Path) -> list[dict]:
    """The entries of a curation file, each checked to be one a build can apply."""
    try:
        curation = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CurationError(path, f"unreadable: {e}") from e
    if not isinstance(curation, dict) or not isinstance(curation.get("entities"), list):
        raise CurationError(path, 'not an object with an "entities" list')
    if curation.get("article") != path.stem:
        raise CurationError(path, f"article {curation.get('article')!r} does not match the file name {path.stem!r}")
    labels = record_schema()["properties"]["entities"]["items"]["properties"]["label"]["enum"]
    for i, entry in enumerate(curation["entities"]):
        where = f"entities[{i}]"
        if not isinstance(entry, dict) or entry.get("action") not in ACTIONS:
            raise CurationError(path, f"{where}: action must be one of {', '.join(ACTIONS)}")
        if not isinstance(entry.get("text"), str) or not entry["text"]:
            raise CurationError(path, f"{where}: text must be a non-empty string")
        if entry["action"] != "remove" and entry.get("label") not in labels:
            raise CurationError(path, f"{where}: label {entry.get('label')!r} is not one of {', '.join(labels)}")
        occurrence = entry.get("occurrence")
        if occurrence is not None and (type(occurrence) is not int or occurrence < 1):
            raise CurationError(path, f"{where}: occurrence must be a positive integer")
    return curation["entities"]


def curated(record: dict, entries: list[dict], path: Path) -> list[dict]:
    text, entities = record["text"], list(record["entities"])
    for i, entry in enumerate(entries):
        for start, end in spans_of(text, entry, f"entities[{i}]", path):
            if entry["action"] == "remove":
                entities = [e for e in entities if (e["start"], e["end"]) != (start, end)]
                continue
            replaced = overlapping(entities, start, end)
            entities = [e for e in entities if e not in replaced]
            entities.append({"start": start, "end": end, "text": text[start:end], "label": entry["label"],
                             "origin": "curated", **cluster_of(start, end, text[start:end], replaced, entities)})
    return by_offset(entities)


def cluster_of(start: int, end: int, name: str, replaced: list[dict], entities: list[dict]) -> dict:
    """The cluster of the mention at the span, else of a mention with the same text, else a new one."""
    same = [e for e in replaced if (e["start"], e["end"]) == (start, end)] + [e for e in entities if e["text"] == name]
    if same:
        return {"cluster": same[0]["cluster"], "canonical": same[0]["canonical"]}
    return {"cluster": 1 + max((e["cluster"] for e in entities + replaced), default=-1), "canonical": name}


def spans_of(text: str, entry: dict, where: str, path: Path) -> list[tuple[int, int]]:
    """(start, end) of the entry's occurrence of its text, or of every occurrence."""
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(entry['text'])}(?!\w)", text)]
    occurrence = entry.get("occurrence")
    if not found or occurrence is not None and occurrence > len(found):
        raise CurationError(path, f"{where}: {entry['text']!r} occurs {len(found)} times in the article's text, "
                                  f"so occurrence {occurrence or 1} does not exist; correct or delete the entry")
    return found if occurrence is None else [found[occurrence - 1]]
