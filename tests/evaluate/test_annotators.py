from newscorpus.evaluate.annotators import bare_model


def test_bare_model_gives_spacy_entities_with_offsets_and_no_dates():
    system = bare_model()
    text = "Barack Obama visited Paris."
    output = system.annotate(text, None)
    assert output["dates"] == []
    assert all(text[e["start"]:e["end"]] == e["text"] and e["label"] for e in output["entities"])
    assert {"Barack Obama", "Paris"} <= {e["text"] for e in output["entities"]}
    assert system.component["pipes"] == ["ner"]
