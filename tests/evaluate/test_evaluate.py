import datetime as dt

from newscorpus.evaluate import GoldDocument, System, document_errors, evaluate

DOCUMENT = GoldDocument(
    doc_id="d1",
    text="Apple sued Boeing on Friday.",
    published=dt.date(2008, 3, 1),
    dates=[{"start": 21, "end": 27, "text": "Friday", "type": "DATE", "value": "2008-02-29"}],
    entities=[
        {"start": 0, "end": 5, "text": "Apple", "label": "ORG", "syntactic_type": "NAM"},
        {"start": 11, "end": 17, "text": "Boeing", "label": "ORG", "syntactic_type": "NAM"},
        {"start": 0, "end": 5, "text": "Apple", "label": "ORG", "syntactic_type": "PRE.NAM"},  # not scored
    ],
)
TIMEML_DOCUMENT = GoldDocument(doc_id="t1", text="Friday.", published=None,
                               dates=[{"start": 0, "end": 6, "text": "Friday", "type": "DATE", "value": "XXXX"}])


def recording(output: dict, calls: list) -> System:
    def annotate(text, published):
        calls.append((text, published))
        return output

    return System(annotate, {"name": "fake"})


def test_scores_gold_counts_components_and_errors():
    calls = []
    pipeline = recording({
        "dates": [{"start": 21, "end": 27, "text": "Friday", "type": "DATE", "value": "2008-02-28"}],
        "entities": [{"start": 0, "end": 5, "text": "Apple", "label": "ORG"},
                     {"start": 11, "end": 17, "text": "Boeing", "label": "GPE"},
                     {"start": 0, "end": 5, "text": "Apple", "label": "NORP"}],  # unmapped, dropped
    }, calls)
    systems = {"dates": {"pipeline": pipeline}, "entities": {"pipeline": pipeline}}
    result = evaluate({"tiny": [DOCUMENT], "timeml": [TIMEML_DOCUMENT]}, systems)

    assert calls == [(DOCUMENT.text, DOCUMENT.published), (TIMEML_DOCUMENT.text, None)]  # once a document
    assert result.quality["components"] == {"pipeline": {"name": "fake"}}
    tiny = result.quality["corpora"]["tiny"]
    assert tiny["documents"] == 1
    assert tiny["dates"]["gold"] == {"DATE": 1, "all": 1}
    dates = tiny["dates"]["systems"]["pipeline"]
    assert (dates["strict"]["f1"], dates["type"]["f1"], dates["value"]["f1"]) == (1.0, 1.0, 0.0)
    assert tiny["entities"]["gold"] == {"ORG": 2, "all": 2}
    entities = tiny["entities"]["systems"]["pipeline"]
    assert entities["overall"]["precision"] == 0.5 and entities["overall"]["recall"] == 0.5
    assert entities["per_type"]["LOC"]["system"] == 1
    assert "entities" not in result.quality["corpora"]["timeml"]

    [errors] = result.errors["tiny"]
    assert errors["document"] == "d1"
    assert [e["differs"] for e in errors["dates"]["pipeline"]] == [["value"]]
    assert [e["differs"] for e in errors["entities"]["pipeline"]] == [["label"]]


def test_document_errors_of_a_perfect_system_are_empty():
    perfect = System(lambda text, published: {"dates": DOCUMENT.dates, "entities": []}, {})
    assert document_errors(DOCUMENT, {"dates": {"perfect": perfect}}) == {"document": "d1", "dates": {"perfect": []}}


def test_timebank_and_aquaint_are_also_pooled_from_their_counts():
    right = {"start": 0, "end": 6, "text": "Friday", "type": "DATE", "value": "XXXX"}
    answers = iter([[right], []])  # right on the TimeBank document, silent on the AQUAINT one
    system = System(lambda text, published: {"dates": next(answers), "entities": []}, {})
    result = evaluate({"timebank": [TIMEML_DOCUMENT], "aquaint": [TIMEML_DOCUMENT]}, {"dates": {"tagger": system}})
    pooled = result.quality["corpora"]["timebank+aquaint"]
    assert pooled["documents"] == 2
    value = pooled["dates"]["systems"]["tagger"]["value"]
    assert (value["correct"], value["system"], value["gold"]) == (1, 1, 2)
    alone = System(lambda text, published: {"dates": [right], "entities": []}, {})
    assert "timebank+aquaint" not in evaluate({"timebank": [TIMEML_DOCUMENT]}, {"dates": {"tagger": alone}}).quality["corpora"]
