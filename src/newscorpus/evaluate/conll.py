"""CoNLL-2003 reader (one token a line: word, POS, chunk, IOB1 entity tag; `-DOCSTART-` between documents, blank
lines between sentences): each document as text rebuilt from its tokens, with its PER, ORG, LOC and MISC mentions.

A document is a Reuters story of 1996: a headline, usually a dateline ("LONDON 1996-08-30") and the body. The text
keeps the dateline (its place is a gold mention); its date becomes `published`. Only entities are annotated.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import InputError
from .detokenize import detokenize
from .document import GoldDocument

TEXT = (
    "CoNLL-2003 text: the whole story (headline, dateline, body), one sentence a line, tokens re-spaced around "
    "punctuation; the dateline's date gives the publication date. Every PER, ORG, LOC and MISC mention is scored."
)
DOCSTART = "-DOCSTART-"
DATELINE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATELINE_SENTENCES = 3  # the dateline is the second sentence, or the first after a one-line headline's subtitle


def read_conll(path: Path) -> list[GoldDocument]:
    """Every document of a CoNLL-2003 file, numbered from 1 in file order ("eng.testa-001")."""
    path = Path(path)
    documents, sentences, sentence = [], [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split()
        if not fields or fields[0] == DOCSTART:
            if sentence:
                sentences.append(sentence)
                sentence = []
            if fields and sentences:
                documents.append(sentences)
                sentences = []
            continue
        if len(fields) != 4 or not re.fullmatch(r"O|[IB]-(?:PER|ORG|LOC|MISC)", fields[3]):
            raise InputError(f"{path}:{number}", f"expected 'word POS chunk tag' with an IOB tag, found {line!r}")
        sentence.append((fields[0], fields[3]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        documents.append(sentences)
    return [conll_document(f"{path.name}-{i:03d}", sentences) for i, sentences in enumerate(documents, 1)]


def conll_document(doc_id: str, sentences: list[list[tuple[str, str]]]) -> GoldDocument:
    text, offsets = detokenize([[word for word, _ in sentence] for sentence in sentences])
    tags = [tag if i or tag == "O" else "B-" + tag[2:] for sentence in sentences for i, (_, tag) in enumerate(sentence)]
    return GoldDocument(doc_id=doc_id, text=text, published=dateline_date(sentences), entities=[
        {"start": start, "end": end, "text": text[start:end], "label": label, "syntactic_type": None}
        for label, start, end in mentions(tags, offsets)
    ], scheme="conll2003")


def mentions(tags: list[str], offsets: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(label, start, end) of each IOB1 mention: a run of I-X tokens, which B-X starts anew (as a sentence does)."""
    found: list[list] = []
    previous = "O"
    for tag, (start, end) in zip(tags, offsets):
        if tag != "O" and not tag.startswith("B-") and previous[2:] == tag[2:] and found:
            found[-1][2] = end
        elif tag != "O":
            found.append([tag[2:], start, end])
        previous = tag
    return [tuple(mention) for mention in found]


def dateline_date(sentences: list[list[tuple[str, str]]]) -> dt.date | None:
    for sentence in sentences[:DATELINE_SENTENCES]:
        for word, _ in sentence:
            if DATELINE_DATE.fullmatch(word):
                try:
                    return dt.date.fromisoformat(word)
                except ValueError:
                    return None
    return None
