import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newscorpus
from newscorpus.annotate.curation import Curator
from newscorpus.annotate.dates import DateAnnotator
from newscorpus.build.pipeline import Pipeline, SchemaCheck
from newscorpus.errors import CurationError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.raw import RawDocument, Rejected

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
              raw("raw/c.txt", f"Rates held again\n\n{BODY}")]
    a, b, c = pipeline.run(inputs, batch_size=2)
    assert a["source"]["path"] == "raw/a.txt" and [d["value"] for d in a["dates"]] == ["2020-01-03"]
    assert b == Rejected("raw/b.txt", "empty file")
    assert c["published"] is None and [d["value"] for d in c["dates"]] == ["XXXX-WXX-5"]  # undated: no year made up


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
    assert curated.components() == ["timex_v2", "curation_v1"]
    (record,) = plain.run([raw("raw/a.txt", f"Rates held\n\n{BODY}", published="2020-01-03")])
    untouched = curated.curate(record)
    assert untouched["entities"] == record["entities"]
    assert untouched["provenance"]["components"][-1]["name"] == "curation_v1"
    with pytest.raises(CurationError) as error:
        Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck(), Misplaced(tmp_path)).curate(record)
    assert error.value.path == tmp_path / f"{record['id']}.json" and "entities" in error.value.problem


def test_making_the_default_pipeline_does_not_import_spacy():
    """A build that finds every record in its cache never pays for importing spaCy."""
    code = "import sys, newscorpus.build.pipeline as p; p.Pipeline.default(); print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def _fingerprint(package_parent) -> str:
    code = "from newscorpus.build.pipeline import Pipeline; print(Pipeline.default().fingerprint())"
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_editing_a_rule_or_a_rule_list_changes_the_fingerprint_with_no_version_bump(tmp_path):
    """The record cache is keyed by the fingerprint: a changed fingerprint annotates everything again."""
    copy = tmp_path / "src"
    shutil.copytree(Path(newscorpus.__file__).parent, copy / "newscorpus",
                    ignore=shutil.ignore_patterns("__pycache__"))
    original = _fingerprint(copy)
    assert _fingerprint(copy) == original

    rules = copy / "newscorpus" / "annotate" / "entity_rules.json"
    rules.write_text(rules.read_text(encoding="utf-8").replace('"', '"', 1) + "\n", encoding="utf-8")
    after_rule_list = _fingerprint(copy)
    assert after_rule_list != original

    lexicon = copy / "newscorpus" / "annotate" / "timex" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    assert _fingerprint(copy) not in (original, after_rule_list)
