from hypothesis import given
from hypothesis import strategies as st
from mentions import mention

import newscorpus
from newscorpus.annotate.designations import DESIGNATION, NOT_AFTER, DesignationAnnotator, after_a_numbering_word


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in newscorpus.annotate(text)["entities"]}


def test_model_designations_are_products():
    found = labelled("Turkey bought the S-400 from Russia and cannot have both S-400 and F-35 jets.")
    assert {("S-400", "PRODUCT"), ("F-35", "PRODUCT")} <= found


def test_the_maker_and_the_variant_join_the_designation():
    found = labelled("Brisca ordered five Boeing 737 MAX jets and two Airbus A350-900 freighters.")
    assert {("Boeing 737 MAX", "PRODUCT"), ("Airbus A350-900", "PRODUCT")} <= found
    assert ("Boeing", "ORG") not in found


def test_a_bare_number_is_a_designation_only_where_it_follows_a_maker_in_the_document():
    assert ("757", "PRODUCT") in labelled("Boeing 757 deliveries resumed. The 757 had been grounded.")
    assert not any(label == "PRODUCT" for _, label in labelled("The plant has 787 workers in Ohio."))


def test_flight_numbers_round_hundreds_and_fiscal_years_are_not_designations():
    assert [m.group() for m in DESIGNATION.finditer("FY2019 FTSE 100 A380s iQuill 4 MiG-29")] == [
        "A380s", "iQuill 4", "MiG-29"]
    record = {"text": "Skyvale Air Flight 212 crashed.", "entities": [
        {"start": 0, "end": 18, "text": "Skyvale Air Flight", "label": "ORG", "origin": "model"}]}
    assert DesignationAnnotator().spans(record) == record["entities"]


@given(st.text(alphabet="aflightno. \n7", max_size=30))
def test_numbering_words_are_found_as_the_whole_text_before_would_show_them(text):
    for position in range(len(text) + 1):
        expected = NOT_AFTER.search(text[:position].rstrip()) is not None
        assert after_a_numbering_word(position, text) == expected


def test_v2_leaves_the_numbers_of_results_tables_and_rankings_alone():
    from newscorpus.annotate.designations import ScoreAwareDesignationAnnotator

    body = "1. Nick Faldo 412,305\nSurrey 245 and 310, Essex 214-6.\nBoeing 757-200 jets and the Airbus A380 flew."
    entities = [mention("Nick Faldo", body, "PERSON"), mention("Surrey", body, "ORG"), mention("Essex", body, "ORG"),
                mention("Boeing", body, "ORG"), mention("Airbus", body, "ORG")]
    found = [(e["text"], e["label"]) for e in ScoreAwareDesignationAnnotator().spans({"text": body, "entities": entities})]
    assert found == [("Nick Faldo", "PERSON"), ("Surrey", "ORG"), ("Essex", "ORG"), ("Boeing 757-200", "PRODUCT"),
                     ("Airbus A380", "PRODUCT")]
    v1 = [(e["text"], e["label"]) for e in DesignationAnnotator().spans({"text": body, "entities": entities})]
    assert ("Nick Faldo 412", "PRODUCT") in v1 and ("Essex 214-6", "PRODUCT") in v1
