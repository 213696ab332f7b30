import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from paths import CORPUS

from newscorpus.annotate.curation import Curator
from newscorpus.build import build
from newscorpus.errors import CurationError

SEED = "db6aff6c39e5c83b"


def tmp_corpus(tmp_path: Path, curation: dict | None = None) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "raw", corpus / "raw")
    shutil.copytree(CORPUS / "curation", corpus / "curation")
    if curation is not None:
        (corpus / "curation" / f"{SEED}.json").write_text(json.dumps(curation), encoding="utf-8")
    return corpus


def entities(corpus: Path) -> pd.DataFrame:
    return pd.read_parquet(corpus / "data" / "entities")


def test_a_rebuild_keeps_the_committed_corrections_of_the_seed_article(tmp_path):
    corpus = tmp_corpus(tmp_path)
    for _ in range(2):  # the second build starts from the first one's output and cache
        build(corpus, workers=1)
        table = entities(corpus)
        curated = table[table.origin == "curated"]
        assert {(r.text, r.label) for r in curated.itertuples()} >= {
            ("Bureau of European and Eurasian Affairs", "ORG"), ("AzVision.az", "ORG"), ("Patriot", "PRODUCT"),
            ("Turkish", "NORP"), ("Rostec", "ORG")}
        assert "State" not in set(table.text) and "Turkish National Defense" not in set(table.text)
        assert set(table[table.text == "S-400"].label) == {"PRODUCT"}
        assert set(table.origin) == {"model", "rule", "curated"}


def test_corrections_match_text_and_occurrence_and_join_the_cluster_of_their_name(tmp_path):
    corpus = tmp_corpus(tmp_path, {"article": SEED, "source": "raw/000_31b2d9bdfaee5fb9.txt", "title": "t",
                                   "entities": [{"action": "relabel", "text": "NATO", "occurrence": 2, "label": "GPE"},
                                                {"action": "remove", "text": "Russia"}]})
    build(corpus, workers=1)
    table = entities(corpus)
    nato = table[table.text == "NATO"].sort_values("start")
    assert list(nato.label) == ["ORG", "GPE", "ORG", "ORG"] and list(nato.origin)[1] == "curated"
    assert nato.cluster.nunique() == 1
    assert "Russia" not in set(table.text)


def test_an_entry_whose_text_does_not_occur_stops_the_build_naming_the_file(tmp_path):
    corpus = tmp_corpus(tmp_path, {"article": SEED, "entities": [
        {"action": "add", "text": "Recep Tayyip Erdogan", "label": "PERSON"}]})
    built = (corpus / "data").exists()
    with pytest.raises(CurationError) as error:
        Curator(corpus / "curation").annotate(
            {"id": SEED, "text": "Turkey and NATO.", "entities": [], "provenance": {"components": []}})
    assert f"{SEED}.json" in str(error.value) and "'Recep Tayyip Erdogan' occurs 0 times" in str(error.value)
    with pytest.raises(Exception, match=f"{SEED}.json.*Recep Tayyip Erdogan"):
        build(corpus, workers=1)
    assert (corpus / "data").exists() == built


@pytest.mark.parametrize(("entry", "problem"), [
    ({"action": "rename", "text": "NATO"}, "action must be one of add, relabel, remove"),
    ({"action": "add", "text": "NATO", "label": "COMPANY"}, "label 'COMPANY' is not one of"),
    ({"action": "remove", "text": "NATO", "occurrence": 0}, "occurrence must be a positive integer"),
])
def test_malformed_entries_are_named(tmp_path, entry, problem):
    (tmp_path / f"{SEED}.json").write_text(json.dumps({"article": SEED, "entities": [entry]}), encoding="utf-8")
    record = {"id": SEED, "text": "Turkey and NATO.", "entities": [], "provenance": {"components": []}}
    with pytest.raises(CurationError, match=f"entities\\[0\\]: {problem}"):
        Curator(tmp_path).annotate(record)


def test_articles_without_a_curation_file_are_left_as_they_are(tmp_path):
    record = {"id": "0123456789abcdef", "text": "Turkey.", "entities": [{"start": 0, "end": 6}],
              "provenance": {"components": []}}
    curated = Curator(tmp_path).annotate(record)
    assert curated["entities"] == record["entities"]
    assert curated["provenance"]["components"] == [{"name": "curation_v1", "model": None, "model_version": None}]
