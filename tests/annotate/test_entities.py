import gc

from newscorpus.annotate.casing import restore_case
from newscorpus.annotate.entities import (
    BATCH_ARTICLES,
    BATCH_CHARS,
    EMPTY_TOKENIZER,
    MODEL,
    NOT_NEEDED_FOR_NER,
    WARM_CHARS,
    EntityAnnotator,
    batches,
    collector_paused,
    mentions,
)

TEXT = "APPLE UNVEILS NEW IPHONE IN CUPERTINO\nApple unveiled the phone in Cupertino, California, on Monday."


def record(text: str) -> dict:
    return {"text": text, "entities": [], "provenance": {"components": []}}


def test_mentions_are_cut_from_the_text_not_from_the_case_restored_copy():
    entities = EntityAnnotator.shared().spans(record(TEXT))
    assert entities and all(TEXT[e["start"]:e["end"]] == e["text"] for e in entities)
    assert {e["origin"] for e in entities} == {"model"}


def test_an_all_caps_headline_is_read_like_the_body():
    headline = [e for e in EntityAnnotator.shared().spans(record(TEXT)) if e["end"] <= TEXT.index("\n")]
    assert ("CUPERTINO", "GPE") in {(e["text"], e["label"]) for e in headline}


def test_pipe_gives_what_annotate_gives():
    annotator = EntityAnnotator.shared()
    long = "Mevlut Cavusoglu spoke in Ankara. " * (BATCH_CHARS // 30)  # a batch of its own
    records = [record(TEXT), record("Mevlut Cavusoglu spoke in Ankara."), record(long), record(TEXT)]
    assert [r["entities"] for r in annotator.pipe(records)] == [annotator.spans(r) for r in records]
    assert annotator.annotate(records[0])["provenance"]["components"][0]["name"] == "spacy_ner_v2"


def test_once_warm_the_model_forgets_the_words_of_each_batch_and_finds_the_same_mentions():
    annotator = EntityAnnotator.shared()
    strings = annotator.nlp.vocab.strings
    cold, warm = (record(f"Envoy {name}er Vandelmoor met officials in {name}opolis on Monday.")
                  for name in ("Quixtoph", "Zorblax"))
    read = annotator.chars_read
    try:
        annotator.chars_read = 0
        list(annotator.pipe([cold]))
        assert "Quixtopher" in strings  # cold: the tokenizer's cache fills, and the vocabulary keeps what it read
        annotator.chars_read = WARM_CHARS
        [found] = annotator.pipe([warm])
        annotator.spans(record("Envoy Glimwarder arrived."))  # one record at a time: the same zones
        assert not any(word in strings for word in ("Zorblaxer", "Zorblaxopolis", "Glimwarder"))
        outside = mentions(annotator.nlp(restore_case(warm["text"])), warm["text"])
        assert found["entities"] == outside != []
    finally:
        annotator.chars_read = read


def test_batches_bound_the_articles_and_the_text_the_model_reads_at_once():
    lengths = [10] * (BATCH_ARTICLES + 1) + [BATCH_CHARS // 2, BATCH_CHARS // 2, 1, 3 * BATCH_CHARS, 5]
    got = list(batches(lengths, lambda n: n))
    assert [n for batch in got for n in batch] == lengths  # every item, in order
    assert [len(b) for b in got] == [BATCH_ARTICLES, 2, 2, 1, 1]
    assert got[-2] == [3 * BATCH_CHARS]  # longer than a batch: alone
    assert all(sum(b) <= BATCH_CHARS for b in got if len(b) > 1)
    assert list(batches([], len)) == []


def test_the_model_tokenizes_with_its_packaged_tokenizer():
    import spacy

    nlp = EntityAnnotator.shared().nlp
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == EMPTY_TOKENIZER  # not English's rules built first
    loaded = nlp.tokenizer
    packaged = spacy.load(MODEL, exclude=[*NOT_NEEDED_FOR_NER, "ner"]).tokenizer
    assert loaded.to_bytes(exclude=["vocab"]) == packaged.to_bytes(exclude=["vocab"])
    assert [t.text for t in loaded("Don't e-mail U.S. officials at 3p.m.!")] == \
        ["Do", "n't", "e", "-", "mail", "U.S.", "officials", "at", "3", "p.m.", "!"]


def test_the_collector_is_off_only_while_the_model_loads():
    assert EntityAnnotator.shared().nlp and gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
