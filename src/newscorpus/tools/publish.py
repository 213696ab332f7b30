"""Publishing a built dataset folder to the Hugging Face Hub as one commit, tagged with its version.

The Hub repository mirrors the folder: the tables, the card, `croissant.json`, the evaluation, and as
provenance the raw articles and curation notes. Hidden entries (`.cache/`, `.staging*`, `.trash*`)
never leave the machine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..dataset.card import HUB_REPO
from ..dataset.croissant import CROISSANT
from ..dataset.validate import validate

PUBLISHED_FOLDERS = ("data", "raw", "curation")
PUBLISHED_FILES = ("README.md", CROISSANT, "quality.json")
ALLOW = [f"{folder}/**" for folder in PUBLISHED_FOLDERS] + list(PUBLISHED_FILES)
IGNORE = [".*", "**/.*"]
REPO_TYPE = "dataset"


class PublishError(RuntimeError):
    """Why a dataset folder cannot be published."""


@dataclass(frozen=True)
class Release:
    repo_id: str
    version: str
    files: list[str]  # relative to the dataset folder, POSIX style

    @property
    def tag(self) -> str:
        return f"v{self.version}"


def published_files(corpus: Path) -> list[str]:
    """The files of `corpus` that go to the Hub, sorted: the published folders and files, nothing hidden."""
    corpus = Path(corpus)
    files = [name for name in PUBLISHED_FILES if (corpus / name).is_file()]
    for folder in PUBLISHED_FOLDERS:
        for path in (corpus / folder).rglob("*"):
            relative = path.relative_to(corpus)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                files.append(relative.as_posix())
    return sorted(files)


def plan(corpus: Path, repo_id: str = HUB_REPO) -> Release:
    """What publishing `corpus` would upload, and the tag it would create; refuses an invalid folder."""
    corpus = Path(corpus)
    if problems := validate(corpus):
        raise PublishError(f"{corpus} is not a valid dataset, nothing published:\n" + "\n".join(map(str, problems)))
    version = json.loads((corpus / CROISSANT).read_text(encoding="utf-8"))["version"]
    return Release(repo_id, version, published_files(corpus))


def publish(corpus: Path, release: Release, api) -> str:
    """Upload `release` from `corpus` through `api` (a `huggingface_hub.HfApi`) and tag it; returns the commit.

    A version already tagged on the Hub is never overwritten. Remote files of the published folders that
    the folder no longer holds (an old shard) are deleted in the same commit.
    """
    api.create_repo(release.repo_id, repo_type=REPO_TYPE, exist_ok=True)
    tags = {ref.name for ref in api.list_repo_refs(release.repo_id, repo_type=REPO_TYPE).tags}
    if release.tag in tags:
        raise PublishError(f"{release.repo_id} already has {release.tag}: a release is never replaced; "
                           "bump the version (scripts/release.py) and publish that")
    commit = api.upload_folder(
        repo_id=release.repo_id,
        repo_type=REPO_TYPE,
        folder_path=Path(corpus),
        allow_patterns=ALLOW,
        ignore_patterns=IGNORE,
        delete_patterns=ALLOW,
        commit_message=f"Release {release.tag}",
    )
    api.create_tag(release.repo_id, tag=release.tag, tag_message=f"newscorpus dataset {release.version}",
                   revision=commit.oid, repo_type=REPO_TYPE)
    return commit.oid
