import subprocess
import sys

import pytest

from newscorpus.curation import CurationError, Curator
from newscorpus.dates import DateAnnotator
from newscorpus.normalize import Normalizer
from newscorpus.pipeline import Pipeline, Rejected, SchemaCheck
from newscorpus.raw import RawDocument

BODY = "The central bank said on Friday that it would keep rates where they are, as prices are stable."


def raw(path, text, **meta):
    return RawDocument(path, text, "0" * 64, meta)


class Versioned(DateAnnotator):
    def __init__(self, version):
        self.model_version = version


def test_run_yields_records_and_rejections_in_input_order():
    pipeline = Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck())
    inputs = [raw("raw/a.txt", f"Rates held\n\n{BODY}", published="2020-01-03"),
              Rejected("raw/b.txt", "empty file"),
              raw("raw/c.txt", f"Rates held\n\n{BODY}")]
    a, b, c = pipeline.run(inputs, batch_size=2)
    assert a["source"]["path"] == "raw/a.txt" and [d["value"] for d in a["dates"]] == ["2020-01-03"]
    assert b == Rejected("raw/b.txt", "empty file")
    assert isinstance(c, Rejected) and "no publication date" in c.problem


def test_the_fingerprint_changes_with_a_model_version_or_a_component():
    def fingerprint(*annotators):
        return Pipeline(Normalizer(), list(annotators), SchemaCheck()).fingerprint()

    assert fingerprint(Versioned("1")) == fingerprint(Versioned("1"))
    assert fingerprint(Versioned("1")) != fingerprint(Versioned("2"))
    assert fingerprint(Versioned("1")) != fingerprint()


class Misplaced(Curator):
    """A curation that places a mention beyond the end of the text."""

    def spans(self, record):
        return [{"start": 0, "end": len(record["text"]) + 1, "text": "x", "label": "ORG", "origin": "curated",
                 "cluster": 0, "canonical": "x"}]


def test_curation_applies_after_the_fingerprinted_steps_and_what_it_changes_is_checked_again(tmp_path):
    plain = Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck())
    curated = Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck(), Curator(tmp_path))
    assert curated.fingerprint() == plain.fingerprint()
    assert curated.components() == ["timex_v1", "curation_v1"]
    (record,) = plain.run([raw("raw/a.txt", f"Rates held\n\n{BODY}", published="2020-01-03")])
    untouched = curated.curate(record)
    assert untouched["entities"] == record["entities"]
    assert untouched["provenance"]["components"][-1]["name"] == "curation_v1"
    with pytest.raises(CurationError) as error:
        Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck(), Misplaced(tmp_path)).curate(record)
    assert error.value.path == tmp_path / f"{record['id']}.json" and "entities" in error.value.problem


def test_making_the_default_pipeline_does_not_import_spacy():
    """A build that finds every record in its cache never pays for importing spaCy."""
    code = "import sys, newscorpus.build; newscorpus.build.Pipeline.default(); print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
