from newscorpus.evaluate.labels import CONLL, MEANTIME

gold_entities, dont_care, system_entities = MEANTIME.gold, MEANTIME.dont_care, MEANTIME.system


def test_mapping_targets_scored_types_only():
    assert set(MEANTIME.mapping.values()) == set(MEANTIME.types)
    assert set(CONLL.mapping.values()) == set(CONLL.types)


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


def test_conll_scores_every_gold_mention_and_maps_groups_to_misc():
    gold = [{"start": 0, "end": 6, "text": "German", "label": "MISC", "syntactic_type": None},
            {"start": 7, "end": 13, "text": "Bonn", "label": "LOC", "syntactic_type": None}]
    assert CONLL.gold(gold) == gold
    assert CONLL.dont_care(gold) == set()
    system = [{"start": 0, "end": 6, "text": "German", "label": "NORP"}, {"start": 7, "end": 13, "text": "Bonn", "label": "GPE"},
              {"start": 14, "end": 18, "text": "1996", "label": "DATE"}]
    assert [(e["text"], e["label"]) for e in CONLL.system(system)] == [("German", "MISC"), ("Bonn", "LOC")]


def test_gold_mentions_with_no_syntactic_type_recorded_are_dont_care_not_scored():
    def mention(start, end, syntactic_type, label):
        return {"start": start, "end": end, "text": "x", "label": label, "syntactic_type": syntactic_type}

    mentions = [mention(0, 2, "", "ORG"), mention(3, 9, None, "PER"), mention(10, 14, "", "ORG"),
                mention(10, 14, "NAM", "ORG")]
    assert gold_entities(mentions) == [mentions[3]]
    assert dont_care(mentions) == {(0, 2), (3, 9)}
    assert CONLL.dont_care([mention(0, 2, None, "ORG")]) == set()
