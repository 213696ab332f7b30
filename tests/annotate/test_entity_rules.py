from mentions import mention

import newscorpus
from newscorpus.annotate.entity_rules import EntityRuleAnnotator


def spans(body: str, *entities: dict) -> list[dict]:
    return EntityRuleAnnotator().spans({"text": body, "entities": list(entities)})


def triples(entities: list[dict]) -> list[tuple]:
    return [(e["text"], e["label"], e["origin"]) for e in entities]


def test_gazetteer_names_replace_the_mentions_inside_them_and_are_found_untagged():
    body = "Apple Computer released the Macbook Pro. The FTSE 100 rose; Apple Macintosh sales and the iMac too."
    result = spans(body, mention("Apple Computer", body, "ORG"), mention("Macbook", body, "ORG"),
                   mention("FTSE", body, "ORG"), mention("Apple Macintosh", body, "ORG"))
    assert triples(result) == [("Apple Computer", "ORG", "model"), ("Macbook Pro", "PRODUCT", "rule"),
                               ("FTSE 100", "ORG", "rule"), ("Apple Macintosh", "PRODUCT", "rule"),
                               ("iMac", "PRODUCT", "rule")]
    assert all(body[e["start"]:e["end"]] == e["text"] for e in result)


def test_a_product_line_joins_the_model_designation_before_it():
    body = "Boeing 787 Dreamliner makes maiden flight"
    result = spans(body, {**mention("Boeing 787", body, "PRODUCT"), "origin": "rule"})
    assert triples(result) == [("Boeing 787 Dreamliner", "PRODUCT", "rule")]


def test_organization_endings_flights_titles_time_zones_and_currency_codes():
    body = ("Saturn Corporation said Adam Air Flight 574 was lost at 12:00 UTC. Spokeswoman Sandy Angers said "
            "tickets cost $99 USD. Senator McCain spoke.")
    result = spans(body, mention("Saturn Corporation", body, "PERSON"), mention("Adam Air Flight 574", body, "ORG"),
                   mention("12:00", body, "TIME"), mention("UTC", body, "ORG"),
                   mention("Spokeswoman Sandy Angers", body, "ORG"), mention("$99", body, "MONEY"),
                   mention("USD", body, "ORG"), mention("Senator McCain", body, "PERSON"))
    assert triples(result) == [("Saturn Corporation", "ORG", "rule"), ("Adam Air", "ORG", "rule"),
                               ("12:00", "TIME", "model"), ("UTC", "TIME", "rule"), ("Sandy Angers", "PERSON", "rule"),
                               ("$99", "MONEY", "model"), ("McCain", "PERSON", "rule")]


def test_names_the_rules_do_not_concern_are_left_alone():
    body = "General Motors and the West Bank and Windows were named."
    entities = [mention("General Motors", body, "ORG"), mention("the West Bank", body, "GPE")]
    assert spans(body, *entities) == entities


def test_product_lines_through_the_default_annotators():
    entities = newscorpus.annotate("Apple unveils new MacBook Air laptops\nThe MacBook Air is thin.")["entities"]
    products = [(e["text"], e["label"]) for e in entities if e["text"] == "MacBook Air"]
    assert products == [("MacBook Air", "PRODUCT"), ("MacBook Air", "PRODUCT")]
    assert len({e["cluster"] for e in entities if e["text"] == "MacBook Air"}) == 1
