from newscorpus.evaluate.labels import ONTONOTES_TO_MEANTIME, SCORED_TYPES, dont_care, gold_entities, system_entities


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


def test_unscored_names_are_dont_care_unless_a_scored_mention_has_the_same_extent():
    def mention(start, end, syntactic_type, label):
        return {"start": start, "end": end, "text": "x", "label": label, "syntactic_type": syntactic_type}

    mentions = [mention(0, 2, "PRE.NAM", "LOC"), mention(3, 9, "NAM", "FIN"), mention(10, 14, "NOM", "ORG"),
                mention(15, 20, "NAM", None), mention(15, 20, "NAM", "ORG")]
    ignored = dont_care(mentions)
    assert ignored == {(0, 2), (3, 9)}
    system = [{"start": 0, "end": 2, "text": "US", "label": "GPE"}, {"start": 3, "end": 7, "text": "Dow", "label": "ORG"},
              {"start": 15, "end": 20, "text": "Boeing", "label": "ORG"}]
    assert [e["text"] for e in system_entities(system, ignored)] == ["Dow", "Boeing"]
