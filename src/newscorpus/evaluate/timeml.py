"""TimeML (.tml, TempEval-3 TimeBank/AQUAINT) reader: the plain text of <TEXT> and its TIMEX3 spans."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from .document import GoldDocument

CREATION_TIME = "CREATION_TIME"


def read_timeml(path: Path) -> GoldDocument:
    return parse_timeml(Path(path).read_bytes())


def parse_timeml(xml: bytes | str) -> GoldDocument:
    """<TEXT> with all tags stripped and entities unescaped; the DCT's date becomes `published`."""
    root = ET.fromstring(xml)
    dct = root.find("DCT/TIMEX3")
    text, dates = plain_text(root.find("TEXT"))
    return GoldDocument(
        doc_id=root.findtext("DOCID").strip(),
        text=text,
        published=dt.date.fromisoformat(dct.get("value")[:10]) if dct is not None else None,
        dates=dates,
    )


def plain_text(element: ET.Element) -> tuple[str, list[dict]]:
    """The element's text without markup, and its TIMEX3 (but a creation time) as spans in that text."""
    pieces: list[str] = []
    dates: list[dict] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        pieces.append(node.text or "")
        length += len(node.text or "")
        for child in node:
            start = length
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != CREATION_TIME:
                dates.append({"start": start, "end": length, "type": child.get("type"), "value": child.get("value")})
            pieces.append(child.tail or "")
            length += len(child.tail or "")

    walk(element)
    text = "".join(pieces)
    spans = sorted(dates, key=lambda span: (span["start"], span["end"]))
    return text, [{**span, "text": text[span["start"]:span["end"]]} for span in spans]
