import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings
from paths import CORPUS

from newscorpus.build import build

# Property tests: `ci` (the default, and what .ci/run uses) tries the same examples on every run, so that a run's
# verdict depends only on the code; `fuzz` (make fuzz) draws many new ones. A failure either finds is kept as an
# @example on its test. See docs/testing.md.
settings.register_profile("ci", derandomize=True, max_examples=100, deadline=None, print_blob=True, database=None)
settings.register_profile("fuzz", max_examples=2000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

INPUTS = ("raw", "curation", "quality.json")  # what a build reads from the corpus folder; the rest it writes


def copy_inputs(destination: Path) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    for name in INPUTS:
        source = CORPUS / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory) -> Path:
    """A fresh build of the committed inputs, in a folder of its own; treat it as read-only."""
    corpus = copy_inputs(tmp_path_factory.mktemp("built") / "corpus")
    build(corpus)
    return corpus


@pytest.fixture
def fresh_inputs(tmp_path) -> Path:
    """A corpus folder holding only the committed build inputs."""
    return copy_inputs(tmp_path / "inputs")


@pytest.fixture
def corpus_copy(built_corpus, tmp_path) -> Path:
    """A writable copy of the built corpus, for tests that break or extend it."""
    return Path(shutil.copytree(built_corpus, tmp_path / "corpus"))


@pytest.fixture(scope="session")
def seed_record(built_corpus) -> dict:
    import pyarrow.parquet as pq

    from newscorpus.dataset.tables import records

    (record,) = records(pq.read_table(next((built_corpus / "data" / "articles").glob("*.parquet"))))
    return record
