import datetime as dt

from newscorpus.evaluate import GoldDocument, System
from newscorpus.evaluate.ablation import added_precision, previous_version, variants


def test_steps_are_added_one_at_a_time_and_left_out_one_at_a_time():
    found = variants(["spacy_ner_v2", "a_v1", "b_v1"])
    assert found == {"spacy_ner_v2": ["spacy_ner_v2"], "+ a_v1": ["spacy_ner_v2", "a_v1"],
                     "+ b_v1": ["spacy_ner_v2", "a_v1", "b_v1"], "pipeline - a_v1": ["spacy_ner_v2", "b_v1"],
                     "pipeline - b_v1": ["spacy_ner_v2", "a_v1"]}
    assert previous_version("entity_rules_v2") == "entity_rules_v1" and previous_version("entity_rules_v1") is None


def test_the_precision_of_what_a_step_adds_counts_only_new_scored_mentions():
    text = "Kent beat Essex in Leeds on Friday."
    gold = [{"start": 0, "end": 4, "text": "Kent", "label": "ORG", "syntactic_type": None},
            {"start": 10, "end": 15, "text": "Essex", "label": "ORG", "syntactic_type": None},
            {"start": 19, "end": 24, "text": "Leeds", "label": "LOC", "syntactic_type": None}]
    document = GoldDocument("d", text, dt.date(1996, 8, 30), entities=gold, scheme="conll2003")

    def system(*labelled):
        entities = [{"start": text.index(name), "end": text.index(name) + len(name), "text": name, "label": label}
                    for name, label in labelled]
        return System(lambda text, published: {"entities": entities, "dates": []}, {})

    before = system(("Kent", "ORG"))
    after = system(("Kent", "ORG"), ("Essex", "ORG"), ("Leeds", "PERSON"), ("Friday", "DATE"))
    assert added_precision([document], before, after) == {"added": 2, "correct": 1, "precision": 0.5}
