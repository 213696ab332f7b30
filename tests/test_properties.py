"""Property-based tests: whatever text comes in, the normalizer and the annotators either make records whose
offsets are in range and match their text, or say what is wrong (InputError); no other exception escapes."""

import datetime as dt
import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus.annotate import annotate
from newscorpus.build.pipeline import Pipeline
from newscorpus.dataset.checks import record_problems
from newscorpus.errors import InputError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.raw import RawDocument, Rejected, decode

NEWSY = ["The", "talks", "in", "Baku", "on", "May", "2", "2019", "last", "week", "two", "years", "ago", "Turkey",
         "US", "NATO", "said", "Monday", "at", "10:30", "a.m.", "every", "day", "Q3", "1990s", "next", "month",
         "Mevlut", "Cavusoglu", "$2.5", "billion", "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u00a0", "\u200b",
         "\ufeff", "e\u0301", "\u212b", "ﬁ", "İ", "ß", "👍🏽", "\u2028", "“", "”", "—", ".", ",", "News Line",
         "03 May 2019 Read: 15", "More about:"]
# each example runs the model: half the profile's number of examples
SETTINGS = settings(max_examples=settings.default.max_examples // 2, suppress_health_check=[HealthCheck.too_slow])
newsy_text = st.lists(st.one_of(st.sampled_from(NEWSY), st.text(max_size=4)), max_size=60).map(" ".join)
newsy_page = st.one_of(newsy_text, st.builds("{}\n\n{}".format, newsy_text, newsy_text))  # headline, body
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def raw(text: str, published: dt.date) -> RawDocument:
    return RawDocument("raw/fuzz.txt", text, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                       {"published": published.isoformat()})


def assert_spans_match(text: str, spans: list[dict]) -> None:
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert "text" not in span or text[span["start"]:span["end"]] == span["text"]


@SETTINGS
@given(st.binary(max_size=200))
def test_decoding_any_bytes_gives_text_or_says_why_not(data):
    try:
        assert isinstance(decode("raw/x.txt", data), str)
    except InputError as e:
        assert e.path == "raw/x.txt" and e.problem


@SETTINGS
@given(newsy_page, dates)
def test_the_normalizer_makes_paragraph_offsets_that_match_the_text(text, published):
    try:
        record = Normalizer().normalize(raw(text, published))
    except InputError as e:
        assert e.path == "raw/fuzz.txt" and e.problem
        return
    assert_spans_match(record["text"], record["paragraphs"])
    assert record["text"].startswith(record["title"])
    assert "\n\n".join(record["text"][p["start"]:p["end"]] for p in record["paragraphs"]) == record["text"]


@SETTINGS
@given(newsy_text, st.one_of(st.none(), dates))
def test_annotations_are_in_range_and_match_their_text(text, published):
    layers = annotate(text, published)
    assert_spans_match(text, layers["entities"])
    assert_spans_match(text, layers["dates"])


@SETTINGS
@given(newsy_page, dates)
def test_the_pipeline_makes_valid_records_or_rejections_never_a_crash(text, published):
    [item] = Pipeline.default().run([raw(text, published)])
    if isinstance(item, Rejected):
        assert item.path == "raw/fuzz.txt" and item.problem
    else:
        assert record_problems(item) == []
