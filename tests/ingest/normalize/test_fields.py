import datetime as dt

import pytest

from newscorpus.dataset.schema import schema_errors
from newscorpus.errors import InputError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.normalize.fields import FieldsRow
from newscorpus.ingest.raw import RawDocument

WRAPPED = ("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
           "January, Comissaria Smith said in its weekly review.\n"
           "    The dry period means the temporao will be late this year.\n"
           "    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.\n Reuter\n\x03")


def row(text=WRAPPED, **meta):
    return RawDocument("raw/wire.jsonl#L1", text, "0" * 64, {"title": "BAHIA COCOA REVIEW", **meta})


def test_hard_wrapped_lines_join_and_indented_lines_start_paragraphs():
    page = FieldsRow().parse(row(published="1987-02-26T15:01:01"))
    assert page.paragraphs == [
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early "
        "January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.",
        "Reuter",
    ]
    assert page.title == "BAHIA COCOA REVIEW"
    assert page.published == dt.date(1987, 2, 26)


def test_blank_lines_also_separate_paragraphs():
    assert FieldsRow().parse(row("One line\nwrapped.\n\nTwo.")).paragraphs == ["One line wrapped.", "Two."]


def test_page_files_are_not_rows():
    assert FieldsRow().parse(RawDocument("raw/a.txt", "Title\n\nBody.", "0" * 64, {"published": "2020-01-01"})) is None


def test_an_unreadable_date_names_the_row():
    with pytest.raises(InputError, match="raw/wire.jsonl#L1: published: 'Feb 26' is not an ISO date"):
        FieldsRow().parse(row(published="Feb 26"))


def test_a_row_without_a_date_is_kept_undated():
    record = Normalizer().normalize(row())
    assert record["published"] is None and schema_errors(record) == []


def test_a_row_becomes_a_valid_record_with_its_layout_named():
    record = Normalizer().normalize(row(published="1987-02-26T15:01:01", url="https://example.com/1"))
    assert schema_errors(record) == []
    assert record["source"] == {"path": "raw/wire.jsonl#L1", "sha256": "0" * 64, "layout": "fields_v1",
                                "outlet": None, "url": "https://example.com/1", "encoding": "utf-8", "license": None}
    assert record["text"].startswith("BAHIA COCOA REVIEW\n\nShowers continued")
    assert "\x03" not in record["text"]
