import pytest

from newscorpus.dataset.schema import schema_errors
from newscorpus.errors import InputError
from newscorpus.ingest.normalize import Normalizer, article_id
from newscorpus.ingest.raw import RawDocument

BODY = "The central bank said on Friday that it would keep rates where they are for the rest of the year, as the economy is growing at a steady pace and prices are stable."


def raw(text, **meta):
    return RawDocument("raw/x.txt", text, "0" * 64, meta)


def test_seed_record_has_title_date_tags_and_read_count(seed_record):
    assert seed_record["title"] == "US, Turkey to continue discussions over buying Russian S-400 air defense systems"
    assert seed_record["published"] == "2019-05-03"
    assert seed_record["tags"] == ["S-400", "Turkey", "US"]
    assert seed_record["read_count"] == 1566
    assert seed_record["source"]["layout"] == "news_line_page_v1"


def test_seed_text_is_headline_and_body_without_boilerplate(seed_record):
    text = seed_record["text"]
    assert text.startswith(seed_record["title"] + "\n\nThe US and Turkey will continue")
    assert text.endswith("to receive the S-400 air defense systems from Russia.")
    for boilerplate in ("Read:", "1566", "03 May 2019", "More about", "News Line", "\u00a0"):
        assert boilerplate not in text
    assert text.count(seed_record["title"]) == 1
    assert "on May 2, AzVision.az reports." in text  # no-break space settled, words kept
    assert "“The issue of announced Turkish purchase" in text  # typographic quotes kept
    assert len(seed_record["paragraphs"]) == 8


def test_id_is_derived_from_the_text(seed_record):
    assert seed_record["id"] == article_id(seed_record["text"])


def test_plain_text_with_sidecar_date_makes_a_valid_record():
    record = Normalizer().normalize(raw(f"Rates stay put\n\n{BODY}", published="2020-01-03", outlet="Daily"))
    assert schema_errors(record) == []
    assert record["text"] == f"Rates stay put\n\n{BODY}"
    assert record["source"]["outlet"] == "Daily" and record["read_count"] is None
    assert record["provenance"]["components"] == [{"name": "headline_body_v1", "model": None, "model_version": None}]


def test_an_article_without_a_date_is_kept_undated():
    record = Normalizer().normalize(raw(f"Rates stay put\n\n{BODY}"))
    assert record["published"] is None and record["title"] == "Rates stay put"
    assert schema_errors(record) == []


def test_a_page_no_layout_knows_is_reported():
    with pytest.raises(InputError, match="no known page layout recognizes this file"):
        Normalizer().normalize(raw("only a single line of text"))


def test_text_that_is_not_english_is_reported():
    german = "Die Zentralbank hat am Freitag gesagt, dass sie die Zinsen für den Rest des Jahres nicht ändern wird, " * 3
    with pytest.raises(InputError, match="reads as German, not English"):
        Normalizer().normalize(raw(f"Zinsen bleiben\n\n{german}", published="2020-01-03"))


def test_text_in_another_script_is_reported_with_its_script():
    russian = "Центральный банк заявил в пятницу, что не будет менять ставки до конца года. " * 3
    with pytest.raises(InputError, match="reads as Cyrillic script, not English"):
        Normalizer().normalize(raw(f"Ставки без изменений\n\n{russian}", published="2020-01-03"))


def test_a_sidecar_language_other_than_english_is_reported():
    with pytest.raises(InputError, match="language 'fr': the corpus and its annotators are English only"):
        Normalizer().normalize(raw(f"Rates stay put\n\n{BODY}", published="2020-01-03", language="fr"))


def test_english_that_is_mostly_figures_is_kept():
    table = "Shr 12 cts vs 15 cts Net 1,234,000 vs 1,456,000 Revs 12.3 mln vs 11.9 mln Nine mths " * 4
    record = Normalizer().normalize(raw(f"ACME CORP 1ST QTR NET\n\n{table}", published="1987-03-02"))
    assert record["language"] == "en"
