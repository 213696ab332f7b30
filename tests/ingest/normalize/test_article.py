"""html_article_v1: an HTML page becomes a record of its article, with what the page says of itself, unless a
sidecar or the row says otherwise; a page with no article is rejected."""

import pytest
from pages import INDEX_PAGE, news_page

from newscorpus.dataset.checks import record_problems
from newscorpus.errors import InputError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.raw import RawDocument
from newscorpus.ingest.readers import FieldMap


def page(html: str, meta: dict | None = None, defaulted=frozenset(), encoding="utf-8") -> RawDocument:
    return RawDocument("raw/rates.html", html, "0" * 64, meta or {}, html=True, encoding=encoding,
                       defaulted=frozenset(defaulted))


def test_the_page_fills_the_record():
    record = Normalizer().normalize(page(news_page(), encoding="cp1252"))
    assert record_problems(record) == []
    assert record["title"] == "Bank of England holds rates as inflation eases"
    assert record["text"].startswith(record["title"] + "\n\nThe central bank kept its main interest rate")
    assert "Related" not in record["text"] and "Copyright" not in record["text"] and "Home" not in record["text"]
    assert record["published"] == "2024-05-09" and record["authors"] == ["Jane Smith"]
    assert record["language"] == "en"
    assert record["source"] == {"path": "raw/rates.html", "sha256": "0" * 64, "layout": "html_article_v1",
                                "outlet": "Example News", "url": "https://news.example.com/business/rates-held",
                                "encoding": "cp1252", "license": None}


def test_a_sidecar_overrides_the_page_and_the_page_overrides_the_defaults():
    meta = {"published": "2024-05-10", "outlet": "The Wire", "language": "en", "license": "CC-BY-4.0"}
    record = Normalizer().normalize(page(news_page(), meta))
    assert (record["published"], record["source"]["outlet"], record["source"]["license"]) == \
        ("2024-05-10", "The Wire", "CC-BY-4.0")
    defaults = Normalizer().normalize(page(news_page(), meta, defaulted={"published", "outlet", "license"}))
    assert (defaults["published"], defaults["source"]["outlet"], defaults["source"]["license"]) == \
        ("2024-05-09", "Example News", "CC-BY-4.0")  # the page says nothing of its licence: the default stays
    undated = Normalizer().normalize(page(news_page(published=None), {"published": "2024-01-01"}, {"published"}))
    assert undated["published"] == "2024-01-01"


def test_an_undated_page_is_kept_undated():
    record = Normalizer().normalize(page(news_page(published=None, author=None)))
    assert record["published"] is None and record["authors"] == [] and record_problems(record) == []


@pytest.mark.parametrize("html", [INDEX_PAGE, "<html><body><h1>404 Not Found</h1></body></html>",
                                  news_page(paragraphs=["Subscribe to read the rest of this article."])])
def test_a_page_with_no_article_is_rejected_with_its_word_count(html):
    with pytest.raises(InputError, match=r"no article text found \(\d+ words?\)") as error:
        Normalizer().normalize(page(html))
    assert error.value.path == "raw/rates.html"


def test_a_page_in_another_language_is_rejected_naming_it():
    german = [f"Die Zentralbank hat am Donnerstag die Zinsen zum {n}. Mal nicht verändert, weil die Preise in den "
              "letzten Monaten langsamer gestiegen sind und die Löhne weiter steigen, sagte der Präsident der Bank."
              for n in range(2, 5)]
    with pytest.raises(InputError, match="language 'de'"):
        Normalizer().normalize(page(news_page(title="Zinsen bleiben", paragraphs=german, lang="de")))


def test_a_collection_row_with_an_html_field_is_extracted_with_the_row_fields_first():
    fields = FieldMap({"html": "page", "id": "key"}, {"published": "2020-01-01", "outlet": "Default outlet"})
    raw = fields.raw({"key": 7, "page": news_page(), "title": "Rates held", "outlet": "Row outlet"}, "raw/c.jsonl#L1")
    record = Normalizer().normalize(raw)
    assert record["source"]["path"] == "raw/c.jsonl#id=7" and record["source"]["layout"] == "html_article_v1"
    assert (record["title"], record["source"]["outlet"], record["published"]) == ("Rates held", "Row outlet",
                                                                                   "2024-05-09")
    with pytest.raises(InputError, match="no html: field 'page' is missing or empty"):
        fields.raw({"key": 8, "text": "a body"}, "raw/c.jsonl#L2")
