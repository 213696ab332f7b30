import re

from hypothesis import given
from hypothesis import strategies as st
from mentions import mention

import newscorpus
from newscorpus.annotate.consistency import (
    ConsistencyAnnotator,
    StrongEvidenceConsistencyAnnotator,
    outermost,
    whole_words,
)


def spans(body: str, *entities: dict) -> list[dict]:
    return ConsistencyAnnotator().spans({"text": body, "entities": list(entities)})


def test_every_mention_of_a_name_gets_its_majority_label_ties_going_to_the_first():
    body = "Mevlut Cavusoglu said no. Later Mevlut Cavusoglu said yes."
    result = spans(body, mention("Mevlut Cavusoglu", body, "PERSON"),
                   mention("Mevlut Cavusoglu", body, "WORK_OF_ART", 2))
    assert [(e["label"], e["origin"]) for e in result] == [("PERSON", "model"), ("PERSON", "rule")]
    assert result[0]["cluster"] == result[1]["cluster"]


def test_short_forms_join_the_cluster_of_the_full_name_and_untagged_ones_are_added():
    body = "Turkish minister Mevlut Cavusoglu spoke. Cavusoglu said NATO agreed. Cavusoglu left."
    result = spans(body, mention("Mevlut Cavusoglu", body, "PERSON"), mention("Cavusoglu", body, "ORG", 2))
    people = [e for e in result if e["canonical"] == "Mevlut Cavusoglu"]
    assert [(e["text"], e["label"]) for e in people] == [
        ("Mevlut Cavusoglu", "PERSON"), ("Cavusoglu", "PERSON"), ("Cavusoglu", "PERSON")]
    assert len({e["cluster"] for e in people}) == 1 and people[2]["origin"] == "rule"


def test_a_place_is_not_short_for_an_organization_named_after_it():
    body = "Lisbon Airways flew to Lisbon."
    result = spans(body, mention("Lisbon Airways", body, "ORG"), mention("Lisbon", body, "GPE", 2))
    assert [(e["text"], e["label"], e["canonical"]) for e in result] == [
        ("Lisbon Airways", "ORG", "Lisbon Airways"), ("Lisbon", "GPE", "Lisbon")]


def test_possessives_line_breaks_and_legal_forms():
    body = "Harwick Computer\nThe Larkspurs sued Harwick Computer's unit and Dunmore LLC."
    result = spans(body, mention("Harwick Computer\nThe Larkspurs", body, "ORG"),
                   mention("Harwick Computer's", body, "ORG"), mention("Dunmore", body, "ORG"))
    assert [e["text"] for e in result] == ["Harwick Computer", "The Larkspurs", "Harwick Computer", "Dunmore LLC"]
    assert [e["cluster"] for e in result] == [0, 1, 0, 2]


def test_clusters_and_canonical_names_through_the_default_annotators():
    entities = newscorpus.annotate("Secretary Michael Pompeo visited Ankara. Pompeo met officials there.")["entities"]
    pompeo = [e for e in entities if e["text"].endswith("Pompeo")]
    assert [e["canonical"] for e in pompeo] == ["Michael Pompeo", "Michael Pompeo"]
    assert {e["label"] for e in pompeo} == {"PERSON"}


@given(st.text(alphabet="ab _é1-", max_size=20), st.text(alphabet="ab _é1-", min_size=1, max_size=3))
def test_whole_words_finds_what_the_word_bounded_pattern_finds(text, name):
    expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    assert list(whole_words(text, name)) == expected


@given(st.lists(st.tuples(st.integers(0, 8), st.integers(1, 4)), max_size=12))
def test_outermost_keeps_the_mentions_inside_no_larger_one(spans):
    entities = [{"start": start, "end": start + length, "n": n} for n, (start, length) in enumerate(spans)]

    def inside(e, other):
        return (other["start"] <= e["start"] and e["end"] <= other["end"]
                and (other["start"], other["end"]) != (e["start"], e["end"]))

    assert outermost(entities) == [e for e in entities if not any(inside(e, other) for other in entities)]


def spans_v2(body: str, *entities: dict) -> list[tuple]:
    return [(e["text"], e["label"], e["origin"])
            for e in StrongEvidenceConsistencyAnnotator().spans({"text": body, "entities": list(entities)})]


def test_one_mention_of_the_model_does_not_spread_its_label_over_the_document():
    body = "Oscar nominations are out. The Oscar race is open, and Oscar night is near."
    assert spans_v2(body, mention("Oscar", body, "PERSON")) == [("Oscar", "PERSON", "model")]
    assert [(e["text"], e["label"]) for e in spans(body, mention("Oscar", body, "PERSON"))] == [
        ("Oscar", "PERSON")] * 3  # v1 spread it


def test_two_agreeing_mentions_spread_a_label_to_the_untagged_ones():
    body = "Ofwat fined Thames Water. Ofwat said more fines may follow, Ofwat added."
    assert spans_v2(body, mention("Ofwat", body, "ORG"), mention("Thames Water", body, "ORG"),
                    mention("Ofwat", body, "ORG", 2)) == [
        ("Ofwat", "ORG", "model"), ("Thames Water", "ORG", "model"), ("Ofwat", "ORG", "model"),
        ("Ofwat", "ORG", "rule")]


def test_person_never_spreads_onto_a_known_place():
    body = "Wikipedia founder Jimmy Wales spoke in Cardiff. Wales has a new law; Wales voted."
    entities = mention("Jimmy Wales", body, "PERSON"), mention("Cardiff", body, "GPE"), mention("Wales", body, "GPE", 2)
    assert spans_v2(body, *entities) == [
        ("Jimmy Wales", "PERSON", "model"), ("Cardiff", "GPE", "model"), ("Wales", "GPE", "model")]
    assert [e["label"] for e in spans(body, *entities) if e["text"] == "Wales"] == ["PERSON", "PERSON"]  # v1
    alone = "Costa Rica beat Kenya. Costa Rica batted first, then Costa Rica won."
    assert spans_v2(alone, mention("Costa Rica", alone, "PERSON"), mention("Costa Rica", alone, "PERSON", 2)) == [
        ("Costa Rica", "GPE", "rule"), ("Costa Rica", "GPE", "rule")]


def test_a_name_read_as_a_place_that_is_no_known_one_is_short_for_the_organization_it_starts():
    body = "Skyvale Airways added flights. Skyvale said fares rise, and Lisbon Airways flew to Lisbon."
    entities = (mention("Skyvale Airways", body, "ORG"), mention("Skyvale", body, "GPE", 2),
                mention("Lisbon Airways", body, "ORG"), mention("Lisbon", body, "GPE", 2))
    assert spans_v2(body, *entities) == [
        ("Skyvale Airways", "ORG", "model"), ("Skyvale", "ORG", "rule"), ("Lisbon Airways", "ORG", "model"),
        ("Lisbon", "GPE", "model")]
    assert [e["label"] for e in spans(body, *entities) if e["text"] == "Skyvale"] == ["GPE"]  # v1


def test_a_town_voted_person_takes_the_label_its_other_mentions_have():
    body = "Dartford won 2-0. Dartford fans cheered as Dartford moved up."
    result = spans_v2(body, mention("Dartford", body, "PERSON"), mention("Dartford", body, "PERSON", 2),
                      mention("Dartford", body, "ORG", 3))
    assert result == [("Dartford", "ORG", "rule"), ("Dartford", "ORG", "rule"), ("Dartford", "ORG", "model")]
    alone = "Dartford voted. Dartford said no."
    assert spans_v2(alone, mention("Dartford", alone, "PERSON"), mention("Dartford", alone, "PERSON", 2)) == [
        ("Dartford", "GPE", "rule"), ("Dartford", "GPE", "rule")]
