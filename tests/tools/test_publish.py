"""Publishing: the dry run for real, the upload against a fake HfApi (no network here: the real upload is
not tested; only the calls it makes and their order)."""

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from paths import FIXTURES

import newscorpus
from newscorpus import cli
from newscorpus.dataset import card
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.shards import write_dataset
from newscorpus.tools.publish import ALLOW, IGNORE, PublishError, Release, plan, publish, published_files

FIXTURE = FIXTURES / "record_v1.0.0.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "raw").mkdir()
    (corpus / "raw" / "s400.txt").write_text("Turkey to keep talking\n\nbody\n", encoding="utf-8")
    (corpus / "raw" / "s400.txt.meta.json").write_text('{"published": "2019-05-03"}', encoding="utf-8")
    write_dataset([upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))], corpus, card.template())
    return corpus


@pytest.fixture
def corpus(built, tmp_path) -> Path:
    corpus = Path(shutil.copytree(built, tmp_path / "corpus"))
    for junk in (".cache/huggingface/x.lock", ".staging/data/articles/a.parquet", ".staging-old/README.md",
                 "raw/.DS_Store", "notes.txt"):
        (corpus / junk).parent.mkdir(parents=True, exist_ok=True)
        (corpus / junk).write_text("not published", encoding="utf-8")
    (corpus / "curation").mkdir()
    (corpus / "curation" / "review.csv").write_text("id,verdict\n", encoding="utf-8")
    return corpus


def test_published_are_the_data_card_description_and_provenance_nothing_hidden(corpus):
    assert published_files(corpus) == [
        "README.md", "croissant.json", "curation/review.csv",
        "data/articles/train-00000-of-00001.parquet", "data/dates/train-00000-of-00001.parquet",
        "data/entities/train-00000-of-00001.parquet", "raw/s400.txt", "raw/s400.txt.meta.json"]


def test_the_plan_tags_the_version_of_the_built_data(corpus):
    release = plan(corpus, "someone/news")
    assert (release.repo_id, release.tag) == ("someone/news", f"v{newscorpus.__version__}")


def test_an_invalid_folder_is_not_published(corpus):
    (corpus / "data" / "dates" / "train-00000-of-00001.parquet").write_bytes(b"PAR1 edited by hand")
    with pytest.raises(PublishError, match="(?s)not a valid dataset.*data/dates/train-00000-of-00001.parquet"):
        plan(corpus)


def test_without_a_token_the_command_lists_what_it_would_upload(corpus, monkeypatch, capsys):
    monkeypatch.setenv("HF_TOKEN", "")
    monkeypatch.setenv("HF_HOME", str(corpus.parent / "hf-home"))  # no stored login either
    assert cli.main(["publish", str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"would upload {name}" for name in published_files(corpus)]
    assert f"dry run (no Hugging Face token): would upload 8 files to newscorpus/newscorpus " \
           f"and tag v{newscorpus.__version__}" in err


@dataclass
class FakeHub:
    """Records the HfApi calls publishing makes."""

    tags: list[str] = field(default_factory=list)
    calls: list[tuple] = field(default_factory=list)

    def create_repo(self, repo_id, **kwargs):
        self.calls.append(("create_repo", repo_id, kwargs))

    def list_repo_refs(self, repo_id, **kwargs):
        self.calls.append(("list_repo_refs", repo_id, kwargs))
        return SimpleNamespace(tags=[SimpleNamespace(name=t) for t in self.tags])

    def upload_folder(self, **kwargs):
        self.calls.append(("upload_folder", kwargs["repo_id"], kwargs))
        return SimpleNamespace(oid="c0ffee")

    def create_tag(self, repo_id, **kwargs):
        self.calls.append(("create_tag", repo_id, kwargs))


def test_publishing_uploads_the_folder_in_one_commit_then_tags_that_commit(corpus):
    hub = FakeHub(tags=["v0.9.0"])
    assert publish(corpus, Release("someone/news", "1.2.3", []), hub) == "c0ffee"
    assert [c[0] for c in hub.calls] == ["create_repo", "list_repo_refs", "upload_folder", "create_tag"]
    upload, tag = hub.calls[2][2], hub.calls[3][2]
    assert upload["folder_path"] == corpus and upload["repo_type"] == "dataset"
    assert (upload["allow_patterns"], upload["ignore_patterns"], upload["delete_patterns"]) == (ALLOW, IGNORE, ALLOW)
    assert tag == {"tag": "v1.2.3", "tag_message": "newscorpus dataset 1.2.3", "revision": "c0ffee",
                   "repo_type": "dataset"}


def test_the_patterns_select_exactly_the_published_files(corpus):
    from huggingface_hub.utils import filter_repo_objects

    everything = [p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()]
    chosen = filter_repo_objects(everything, allow_patterns=ALLOW, ignore_patterns=IGNORE)
    assert sorted(chosen) == published_files(corpus)


def test_a_published_version_is_never_replaced(corpus):
    hub = FakeHub(tags=["v1.2.3"])
    with pytest.raises(PublishError, match="already has v1.2.3"):
        publish(corpus, Release("someone/news", "1.2.3", []), hub)
    assert "upload_folder" not in [c[0] for c in hub.calls]
