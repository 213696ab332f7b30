from newscorpus.entities import EntityAnnotator

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
    records = [record(TEXT), record("Mevlut Cavusoglu spoke in Ankara.")]
    assert [r["entities"] for r in annotator.pipe(records)] == [annotator.spans(r) for r in records]
    assert annotator.annotate(records[0])["provenance"]["components"][0]["name"] == "spacy_ner_v2"
