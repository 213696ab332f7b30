"""Publishing: only a release (its tag at HEAD, a clean tree, its CHANGELOG entry, a valid folder) is published,
raw/ only when every source's license permits it; uploads go through the real HfApi to a fake Hub on 127.0.0.1."""

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from fakehub import FakeHub
from huggingface_hub import HfApi, constants
from paths import FIXTURES
from releasing import VERSION, git, released

from newscorpus import cli
from newscorpus.dataset import card
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.schema import record_schema
from newscorpus.dataset.shards import write_dataset
from newscorpus.tools.publish import (
    ALLOW,
    IGNORE,
    PublishError,
    card_license_problems,
    input_licenses,
    plan,
    publish,
    published_files,
    record_licenses,
)

FIXTURE = FIXTURES / "record_v1.0.0.json"
RECORDS_HAVE_LICENSES = "license" in record_schema()["properties"]["source"]["properties"]


def make_corpus(folder: Path, **source) -> Path:
    """A built corpus of the fixture article, from raw/s400.txt; `source` adds to its `source` (a `license`)."""
    (folder / "raw").mkdir(parents=True)
    (folder / "raw" / "s400.txt").write_text("Turkey to keep talking\n\nbody\n", encoding="utf-8")
    (folder / "raw" / "s400.txt.meta.json").write_text('{"published": "2019-05-03"}', encoding="utf-8")
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    record["source"].update(source)
    write_dataset([record], folder, card.template())
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("built") / "corpus")


@pytest.fixture
def corpus(built, tmp_path) -> Path:
    """The built corpus with junk that is never published, in a repository whose HEAD is its release."""
    corpus = Path(shutil.copytree(built, tmp_path / "repo" / "corpus"))
    for junk in (".cache/huggingface/x.lock", ".staging/data/articles/a.parquet", ".staging-old/README.md",
                 "raw/.DS_Store", "notes.txt"):
        (corpus / junk).parent.mkdir(parents=True, exist_ok=True)
        (corpus / junk).write_text("not published", encoding="utf-8")
    (corpus / "curation").mkdir()
    (corpus / "curation" / "review.csv").write_text("id,verdict\n", encoding="utf-8")
    return released(tmp_path / "repo")


WITHOUT_RAW = ["README.md", "croissant.json", "curation/review.csv", "data/articles/train-00000-of-00001.parquet",
               "data/dates/train-00000-of-00001.parquet", "data/entities/train-00000-of-00001.parquet"]


def test_published_are_the_data_card_description_and_provenance_nothing_hidden(corpus):
    assert published_files(corpus) == sorted([*WITHOUT_RAW, "raw/s400.txt", "raw/s400.txt.meta.json"])
    assert published_files(corpus, raw=False) == WITHOUT_RAW


def test_records_without_licenses_keep_raw_back_and_name_the_inputs(corpus):
    release = plan(corpus, "someone/news")
    assert (release.repo_id, release.tag) == ("someone/news", f"v{VERSION}")
    assert release.files == WITHOUT_RAW
    assert release.withheld == {"raw/s400.txt": None}
    assert "raw/**" not in release.allow and "data/**" in release.allow


def test_an_invalid_folder_is_not_published(corpus):
    (corpus / "data" / "dates" / "train-00000-of-00001.parquet").write_bytes(b"PAR1 edited by hand")
    with pytest.raises(PublishError, match="(?s)not a valid dataset.*data/dates/train-00000-of-00001.parquet"):
        plan(corpus)


def test_uncommitted_changes_are_refused_naming_them(corpus):
    (corpus / "raw" / "new.txt").write_text("A new story\n\nbody\n", encoding="utf-8")
    with pytest.raises(PublishError, match=r"1 uncommitted change \(corpus/raw/new.txt\): publish a committed release"):
        plan(corpus)


def test_a_commit_after_the_release_tag_is_refused(corpus):
    (corpus.parent / "NOTES.md").write_text("later\n", encoding="utf-8")
    git(corpus.parent, "add", "NOTES.md")
    git(corpus.parent, "commit", "--quiet", "-m", "later")
    with pytest.raises(PublishError, match=f"HEAD is not the release tag v{VERSION} \\(its tags: none\\)"):
        plan(corpus)


def test_a_version_without_its_changelog_entry_is_refused(corpus):
    (corpus.parent / "CHANGELOG.md").write_text("# Changelog\n\n## Unreleased\n\n- Things.\n", encoding="utf-8")
    git(corpus.parent, "commit", "--quiet", "-am", "edit")
    git(corpus.parent, "tag", "--force", "--annotate", f"v{VERSION}", "--message", "moved")
    with pytest.raises(PublishError, match=f"CHANGELOG.md has no entry for the release {VERSION}"):
        plan(corpus)


def test_a_folder_outside_git_is_refused(built, tmp_path):
    corpus = shutil.copytree(built, tmp_path / "loose")
    with pytest.raises(PublishError, match="is not in a git repository"):
        plan(corpus)


def test_the_command_refuses_with_every_reason_and_exit_1(corpus, capsys):
    (corpus / "notes.txt").write_text("changed", encoding="utf-8")
    git(corpus.parent, "tag", "--delete", f"v{VERSION}")
    assert cli.main(["publish", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "is not published:" in err and "uncommitted change" in err and "HEAD is not the release tag" in err


def test_the_cards_license_must_be_the_one_its_sources_make(corpus):
    assert card_license_problems(corpus, {"raw/s400.txt": [None]}) == []
    assert card_license_problems(corpus, {"raw/s400.txt": ["CC-BY-4.0"]}) == [
        "README.md: the card's license is 'unknown'; its sources make it 'cc-by-4.0'"]


def articles_with_sources(path: Path, sources: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"source": pa.array(sources)}), path)


def test_licenses_are_read_from_the_records_per_input(tmp_path):
    (tmp_path / "raw" / "wire").mkdir(parents=True)
    for name in ("wire/a.jsonl", "b.txt", "c.txt", "rejected.txt", "b.txt.meta.json", "wire/defaults.json"):
        (tmp_path / "raw" / name).write_text("x", encoding="utf-8")
    articles_with_sources(tmp_path / "data" / "articles" / "train-00000-of-00001.parquet", [
        {"path": "raw/wire/a.jsonl#L1", "license": "CC-BY-4.0"},
        {"path": "raw/wire/a.jsonl#L2", "license": "All rights reserved"},
        {"path": "raw/wire/a.jsonl#id=7", "license": "CC-BY-4.0"},
        {"path": "raw/b.txt", "license": "cc0"},
        {"path": "raw/c.txt", "license": None}])
    records = record_licenses(tmp_path)
    assert records == {"raw/wire/a.jsonl": ["CC-BY-4.0", "All rights reserved", "CC-BY-4.0"], "raw/b.txt": ["cc0"],
                       "raw/c.txt": [None]}
    assert input_licenses(tmp_path, records) == {"raw/b.txt": "cc0", "raw/c.txt": None, "raw/rejected.txt": None,
                                                 "raw/wire/a.jsonl": "All rights reserved"}


def test_records_without_a_license_column_make_every_input_unknown(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("x", encoding="utf-8")
    articles_with_sources(tmp_path / "data" / "articles" / "train-00000-of-00001.parquet", [{"path": "raw/a.txt"}])
    assert record_licenses(tmp_path) == {"raw/a.txt": [None]}
    assert input_licenses(tmp_path, record_licenses(tmp_path)) == {"raw/a.txt": None}


@pytest.fixture
def hub():
    with FakeHub() as hub:
        yield hub


def test_without_a_token_the_command_lists_what_it_would_upload(corpus, monkeypatch, capsys):
    monkeypatch.setenv("HF_TOKEN", "")
    monkeypatch.setenv("HF_HOME", str(corpus.parent.parent / "hf-home"))  # no stored login either
    assert cli.main(["publish", str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"would upload {name}" for name in plan(corpus).files]
    assert f"would upload {len(plan(corpus).files)} files to newscorpus/newscorpus and tag v{VERSION}" in err


def test_the_command_uploads_to_the_hub_without_raw_and_says_which_inputs_block_it(corpus, hub, monkeypatch, capsys):
    hub.files.update({"raw/old.txt": b"once published", "data/articles/train-00000-of-00002.parquet": b"old shard"})
    monkeypatch.setenv("HF_TOKEN", "hf_fake")
    monkeypatch.setattr(constants, "ENDPOINT", hub.endpoint)
    assert cli.main(["publish", str(corpus), "--repo", "someone/news"]) == 0
    out, err = capsys.readouterr()
    assert "raw/ and its sidecars are not published: 1 input without a license that permits redistribution" in err
    assert "  raw/s400.txt: unknown license" in err
    assert sorted(hub.files) == WITHOUT_RAW  # the old shard and the once-published raw file are gone too
    assert hub.files["README.md"] == (corpus / "README.md").read_bytes()
    assert hub.tags == {f"v{VERSION}": hub.commits[-1]["oid"]}
    assert hub.commits[-1]["message"] == f"Release v{VERSION}"
    assert yaml.safe_load(hub.validated[-1].split("---\n")[1])["license"] == "unknown"


def test_a_published_version_is_never_replaced(corpus, hub):
    hub.tags[f"v{VERSION}"] = "f" * 40
    with pytest.raises(PublishError, match=f"already has v{VERSION}"):
        publish(corpus, plan(corpus, "someone/news"), HfApi(endpoint=hub.endpoint, token="hf_fake"))
    assert hub.commits == [] and not any("/commit/" in path for _, path in hub.requests)


def test_the_patterns_select_exactly_the_published_files(corpus):
    from huggingface_hub.utils import filter_repo_objects

    everything = [p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()]
    assert sorted(filter_repo_objects(everything, allow_patterns=ALLOW, ignore_patterns=IGNORE)) == \
        published_files(corpus)
    release = plan(corpus)
    assert sorted(filter_repo_objects(everything, allow_patterns=release.allow, ignore_patterns=IGNORE)) == \
        release.files


@pytest.mark.skipif(not RECORDS_HAVE_LICENSES, reason="the record schema has no source.license yet")
@pytest.mark.parametrize(("license", "raw", "line"), [("CC-BY-4.0", True, "cc-by-4.0"),
                                                       ("All rights reserved", False, "other")])
def test_raw_goes_up_only_when_its_sources_license_permits(tmp_path, hub, license, raw, line):
    corpus = make_corpus(tmp_path / "repo" / "corpus", license=license)
    released(tmp_path / "repo")
    release = plan(corpus, "someone/news")
    publish(corpus, release, HfApi(endpoint=hub.endpoint, token="hf_fake"))
    assert sorted(hub.files) == published_files(corpus, raw=raw)
    assert release.withheld == ({} if raw else {"raw/s400.txt": license})
    assert yaml.safe_load(hub.files["README.md"].decode().split("---\n")[1])["license"] == line
