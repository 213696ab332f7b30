from newscorpus.evaluate.labels import ONTONOTES_TO_MEANTIME, SCORED_TYPES, gold_entities, system_entities


def test_mapping_targets_scored_types_only():
    assert set(ONTONOTES_TO_MEANTIME.values()) == set(SCORED_TYPES)


def test_system_entities_are_relabelled_and_unmapped_labels_dropped():
    entities = [
        {"start": 0, "end": 5, "text": "Paris", "label": "GPE"},
        {"start": 6, "end": 14, "text": "American", "label": "NORP"},
        {"start": 15, "end": 19, "text": "1998", "label": "DATE"},
        {"start": 20, "end": 26, "text": "iPhone", "label": "PRODUCT"},
    ]
    assert [(e["text"], e["label"]) for e in system_entities(entities)] == [("Paris", "LOC"), ("iPhone", "PRO")]


def test_gold_entities_are_typed_proper_names():
    def mention(syntactic_type, label):
        return {"start": 0, "end": 1, "text": "x", "label": label, "syntactic_type": syntactic_type}

    kept = mention("NAM", "ORG")
    mentions = [kept, mention("NOM", "ORG"), mention("PRE.NAM", "LOC"), mention("NAM", "FIN"), mention("NAM", None)]
    assert gold_entities(mentions) == [kept]
