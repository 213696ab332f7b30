"""MEANTIME (NewsReader, CAT XML) reader: text rebuilt from the tokens, TIMEX3 and typed entity mentions as spans.

Only the first six sentences of a document are annotated: the title (sentence 0), a dateline (sentence 1, "March 01 ,
2008") and the first four sentences of the body; the text is made of these alone, so that what is not annotated is
not scored. The dateline carries the creation-time TIMEX3 and is left out of the text too, being metadata as the DCT
is in TimeML; its date becomes `published`. The dateline is read rather than the DCT's value, which is wrong in two
documents (DD-MM-YYYY in one, 2008-10-20 for October 10 in the other); any TIMEX3 in the dateline is the DCT (two
are marked functionInDocument="NONE").
Mentions carry no type: a mention takes the `ent_type` of the <ENTITY> instance its REFERS_TO relation points to.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from .detokenize import detokenize
from .document import GoldDocument

TEXT = (
    "MEANTIME text: the title and the first four sentences of the body, the part that is annotated, one sentence a "
    "line, tokens re-spaced around punctuation. The dateline (second sentence) is left out and gives the publication "
    "date; its TIMEX3, the creation time, is not scored. Entity types come from the ENTITY each mention REFERS_TO."
)
ANNOTATED_SENTENCES = 6
DATELINE = "1"
DATELINE_FORMAT = "%B %d , %Y"
CREATION_TIME = "CREATION_TIME"


def read_meantime(path: Path) -> GoldDocument:
    return parse_meantime(Path(path).read_bytes())


def parse_meantime(xml: bytes | str) -> GoldDocument:
    root = ET.fromstring(xml)
    sentences: dict[str, list[ET.Element]] = {}
    for token in root.iter("token"):
        if int(token.get("sentence")) < ANNOTATED_SENTENCES:
            sentences.setdefault(token.get("sentence"), []).append(token)
    dateline = sentences.pop(DATELINE, [])
    text, offsets = detokenize([[token.text for token in sentence] for sentence in sentences.values()])
    tokens = [token.get("t_id") for sentence in sentences.values() for token in sentence]
    where = dict(zip(tokens, offsets))
    markables = root.find("Markables")
    dateline_tokens = {token.get("t_id") for token in dateline}
    types = entity_types(root)
    return GoldDocument(
        doc_id=root.get("doc_name"),
        text=text,
        published=dt.datetime.strptime(" ".join(token.text for token in dateline), DATELINE_FORMAT).date(),
        dates=[
            {**span, "type": timex.get("type"), "value": timex.get("value")}
            for timex in markables.findall("TIMEX3")
            if not is_creation_time(timex, dateline_tokens) and (span := token_span(timex, where, text))
        ],
        entities=[
            {**span, "label": types.get(mention.get("m_id")), "syntactic_type": mention.get("syntactic_type")}
            for mention in markables.findall("ENTITY_MENTION")
            if (span := token_span(mention, where, text))
        ],
    )


def is_creation_time(timex: ET.Element, dateline_tokens: set[str]) -> bool:
    anchors = {anchor.get("t_id") for anchor in timex.findall("token_anchor")}
    return timex.get("functionInDocument") == CREATION_TIME or bool(anchors) and anchors <= dateline_tokens


def entity_types(root: ET.Element) -> dict[str, str]:
    """Mention m_id -> the ent_type of the ENTITY instance it refers to."""
    instances = {entity.get("m_id"): entity.get("ent_type") for entity in root.iter("ENTITY")}
    return {
        source.get("m_id"): instances[relation.find("target").get("m_id")]
        for relation in root.iter("REFERS_TO")
        if relation.find("target").get("m_id") in instances
        for source in relation.findall("source")
    }


def token_span(markable: ET.Element, where: dict[str, tuple[int, int]], text: str) -> dict | None:
    """{start, end, text} from the first to the last anchored token; None for a markable without tokens."""
    anchors = [anchor.get("t_id") for anchor in markable.findall("token_anchor")]
    if not anchors:
        return None
    if missing := [t_id for t_id in anchors if t_id not in where]:
        raise ValueError(f"{markable.tag} m_id={markable.get('m_id')} lies outside the text (tokens {missing})")
    start = min(where[t_id][0] for t_id in anchors)
    end = max(where[t_id][1] for t_id in anchors)
    return {"start": start, "end": end, "text": text[start:end]}
