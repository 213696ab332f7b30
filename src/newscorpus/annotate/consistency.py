"""entity_consistency_v1: one label per name in a document, short forms linked to full names, clusters.

What a careful annotator does across a document:
- a name does not run across a line break, and a possessive ending is not part of it ("Harwick Computer's" ->
  "Harwick Computer"), but a company's legal form is ("Dunmore LLC");
- every mention of a name gets the same label: the one most mentions of it have, ties going to the first;
- a short form takes the label and cluster of the one full name in the document it can stand for: a person's last
  or first name(s) ("Cavusoglu", "Mevlut Cavusoglu"), an organization's leading words or initials ("Harwick",
  "Harwick Computer"; "NATO", "North Atlantic Treaty Organization");
- a name or a person's last name that the model tagged in one place is tagged where else it occurs untagged or
  tagged only in pieces.
Each mention gets `cluster`, a document-level id numbering clusters in order of first mention, and `canonical`,
the longest name of its cluster. Mentions whose label or extent a rule changed or that a rule added get origin "rule".
"""

from __future__ import annotations

import re
from collections import Counter

from .base import Annotator, register
from .spans import by_offset, inside, overlapping
from .world import known_label, last_names

NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                         "LANGUAGE"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})  # "Lisbon" is not short for "Lisbon Airways"
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
LEGAL_FORM = re.compile(r",? (?:(?:Inc|Corp|Co|Ltd)\.?|LLC|PLC|plc|AG|SA|SpA|NV|N\.V\.|GmbH|LP|LLP)(?!\w)")
HEADLINE_VOTE = 0.5
MIN_REPEATED = 2  # characters of a name worth looking for elsewhere
MIN_AGREEING = 2  # mentions with a name's label that let it spread to the name's untagged occurrences


def names_of(record: dict) -> tuple[str, list[dict], int]:
    """The record's text, its outermost mentions as names (no possessive, legal form kept, one line each), and
    where its headline ends."""
    text = record["text"]
    entities = [with_legal_form(without_possessive(e), text) for piece in map(lines, record["entities"])
                for e in piece]
    return text, outermost(entities), text.find("\n") % (len(text) + 1)


@register
class ConsistencyAnnotator(Annotator):
    name = "entity_consistency_v1"
    layer = "entities"

    def spans(self, record: dict) -> list[dict]:
        text, entities, headline_end = names_of(record)
        labels = name_labels(entities, headline_end)
        canonical = canonical_names(labels)
        for surname, full in surnames(canonical, labels).items():
            canonical.setdefault(surname, full)
            labels.setdefault(surname, labels[full])
        return clustered(repeated(text, entities, canonical), canonical, labels)


@register
class StrongEvidenceConsistencyAnnotator(Annotator):
    """entity_consistency_v2: v1's one label per name and its clusters, but a label spreads only on strong evidence.

    - A name is tagged where else it occurs untagged only if at least `MIN_AGREEING` of its mentions in the document
      have the label it gets, or it is the last name of a person named in full; one mention of the model's is not
      enough to spread its label over a document.
    - PERSON never goes to a known place or group: such a name takes the label most of its other mentions have, or
      else the one the world knowledge gives it, however many mentions vote PERSON ("Costa Rica", "Wales"), and is not taken for a short form of a
      person's name ("Jimmy Wales" does not make "Wales" a PERSON); where the document names a person with it ("George Kent"), each
      mention of it keeps the label it has.
    """

    name = "entity_consistency_v2"
    layer = "entities"

    def spans(self, record: dict) -> list[dict]:
        text, entities, headline_end = names_of(record)
        people = last_names(entities)
        votes = label_votes(entities, headline_end)
        labels = {name: no_person_label(name, votes[name]) if label == "PERSON" and known_label(name) else label
                  for name, label in name_labels(entities, headline_end).items()
                  if not (known_label(name) and name in people)}  # "Kent" with "George Kent": left as tagged
        agreeing = Counter(e["text"] for e in entities if labels.get(e["text"]) == e["label"])
        canonical = {name: name if known_label(name) and labels[full] == "PERSON" else full  # "Costa Rica" of
                     for name, full in canonical_names(labels, unknown_places=True).items()}  # "Costa Rica Smith"
        spread = {name for name in canonical if agreeing[name] >= MIN_AGREEING}
        for surname, full in surnames(canonical, labels).items():
            if known_label(surname):
                continue
            canonical.setdefault(surname, full)
            labels.setdefault(surname, labels[full])
            spread.add(surname)
        named = {name: full for name, full in canonical.items() if name in spread}
        return clustered(repeated(text, entities, named), canonical, labels)


def lines(entity: dict) -> list[dict]:
    """A mention that crosses a line break, cut into its lines' parts: a name never runs from a headline on."""
    if "\n" not in entity["text"]:
        return [entity]
    parts, start = [], entity["start"]
    for part in entity["text"].split("\n"):
        if part.strip():
            parts.append({**entity, "start": start, "end": start + len(part), "text": part, "origin": "rule"})
        start += len(part) + 1
    return parts


def outermost(entities: list[dict]) -> list[dict]:
    """The mentions that lie inside no larger mention, in their order."""
    inside, reach, group, group_reach = set(), -1, None, -1
    for i in sorted(range(len(entities)), key=lambda i: (entities[i]["start"], -entities[i]["end"])):
        span = entities[i]["start"], entities[i]["end"]
        if span != group:  # a span's copies do not contain each other: compare with the spans before them
            group, group_reach = span, reach
        if group_reach >= span[1]:
            inside.add(i)
        reach = max(reach, span[1])
    return [e for i, e in enumerate(entities) if i not in inside]


def with_legal_form(entity: dict, text: str) -> dict:
    """An organization with the legal form that follows it ("Dunmore" LLC -> "Dunmore LLC")."""
    legal = LEGAL_FORM.match(text, entity["end"])
    if entity["label"] != "ORG" or not legal:
        return entity
    return {**entity, "end": legal.end(), "text": text[entity["start"]:legal.end()], "origin": "rule"}


def without_possessive(entity: dict) -> dict:
    possessive = POSSESSIVE.search(entity["text"])
    if entity["label"] not in NAME_LABELS or not possessive or possessive.start() == 0:
        return entity
    end = entity["start"] + possessive.start()
    return {**entity, "end": end, "text": entity["text"][:possessive.start()], "origin": "rule"}


def name_labels(entities: list[dict], headline_end: int) -> dict[str, str]:
    """name -> the label most of its mentions have, a mention in the headline counting half (it gives the model the
    least context); ties go to the label of the first mention."""
    return {name: counts.most_common(1)[0][0] for name, counts in label_votes(entities, headline_end).items()}


def label_votes(entities: list[dict], headline_end: int) -> dict[str, Counter]:
    votes: dict[str, Counter] = {}
    for entity in entities:
        if entity["label"] in NAME_LABELS:
            weight = HEADLINE_VOTE if entity["start"] < headline_end else 1
            votes.setdefault(entity["text"], Counter())[entity["label"]] += weight
    return votes


def no_person_label(name: str, votes: Counter) -> str:
    """The label of a known place or group: the one most of its mentions have but PERSON, or the known one."""
    return next((label for label, _ in votes.most_common() if label != "PERSON"), None) or known_label(name)


def canonical_names(labels: dict[str, str], unknown_places: bool = False) -> dict[str, str]:
    """name -> the full name it stands for (itself if none, or if it could stand for several). With
    `unknown_places`, a name read as a place or group that is no known one may be short for an organization's."""
    canonical: dict[str, str] = {}
    for name in sorted(labels, key=lambda n: (-len(n.split()), -len(n), n)):
        fulls = {canonical[full] for full in canonical
                 if is_short_form(name, labels[name], full, labels[full], unknown_places)}
        canonical[name] = fulls.pop() if len(fulls) == 1 else name
    return canonical


def is_short_form(short: str, label: str, full: str, full_label: str, unknown_places: bool = False) -> bool:
    """`short` can stand for `full`. A place or group does not stand for an organization ("Lisbon", "Lisbon
    Airways"), unless `unknown_places` and it is no known place or group ("Skyvale" GPE, "Skyvale Airways")."""
    words, full_words = short.split(), full.split()
    place = label in PLACE_LABELS and not (unknown_places and not known_label(short))
    if len(words) >= len(full_words):
        return is_initialism(short, full_words) and full_label == "ORG" and not place
    if full_label == "PERSON":
        return label != "NORP" and words in (full_words[:len(words)], full_words[-len(words):])
    if full_label == "ORG":
        return not place and words == full_words[:len(words)]
    return False


def is_initialism(short: str, full_words: list[str]) -> bool:
    initials = "".join(word[0] for word in full_words if word[0].isupper())
    return len(short) >= 2 and short.isupper() and short.isalpha() and short == initials and len(full_words) > 1


def surnames(canonical: dict[str, str], labels: dict[str, str]) -> dict[str, str]:
    """Last name -> full name, for the people named in full whose last name is no other full name's."""
    found: dict[str, set[str]] = {}
    for full in set(canonical.values()):
        words = full.split()
        if labels[full] == "PERSON" and len(words) > 1 and words[-1][0].isupper() and len(words[-1]) > MIN_REPEATED:
            found.setdefault(words[-1], set()).add(full)
    return {surname: fulls.pop() for surname, fulls in found.items() if len(fulls) == 1}


def repeated(text: str, entities: list[dict], canonical: dict[str, str]) -> list[dict]:
    """`entities` with mentions added where a name occurs untagged or tagged only in pieces ("Calder" "Vance"
    for "Calder Vance"), longest names first."""
    entities = list(entities)
    for name in sorted(canonical, key=lambda n: (-len(n), n)):
        if len(name) < MIN_REPEATED or name == name.lower():
            continue
        for start, end in whole_words(text, name):
            covered = overlapping(entities, start, end)
            if all(inside(e, start, end) and e["text"] != name for e in covered):
                entities = [e for e in entities if e not in covered]
                entities.append({"start": start, "end": end, "text": name, "label": None, "origin": "rule"})
    return by_offset(entities)


def whole_words(text: str, name: str):
    """(start, end) of each occurrence of `name` not inside a longer word, as `(?<!\\w)name(?!\\w)` would
    find them, without compiling a pattern per name."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if not (_is_word(text, start - 1) or _is_word(text, end)):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def clustered(entities: list[dict], canonical: dict[str, str], labels: dict[str, str]) -> list[dict]:
    clusters: dict[tuple[str, str], int] = {}
    result = []
    for entity in entities:
        name = entity["text"]
        if name in canonical and entity["label"] not in NUMERIC_LABELS:
            full = canonical[name]
            label = labels[full]
        else:
            full, label = name, entity["label"]
        cluster = clusters.setdefault((full, label), len(clusters))
        origin = entity["origin"] if label == entity["label"] else "rule"
        result.append({**entity, "label": label, "cluster": cluster, "canonical": full, "origin": origin})
    return result
