"""Publishing a released dataset folder to the Hugging Face Hub as one commit, tagged with its version.

Only a release is published: HEAD must be the version's tag, the working tree clean, the CHANGELOG must have the
version's entry and the folder must validate, its card's license the one its sources make. The Hub repository
mirrors the folder: the tables, the card, `croissant.json`, the evaluation, the curation notes, and as provenance
the raw articles with their sidecars, but those only when every source's license permits redistribution. Hidden
entries (`.cache/`, `.staging*`, `.trash*`) never leave the machine.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from ..dataset.card import HUB_REPO
from ..dataset.licenses import blockers, card_license, describe, redistributable
from ..dataset.validate import validate
from ..folder import CROISSANT, CURATION, DATA, RAW, README
from ..ingest.readers import raw_files
from .release import released_versions

PUBLISHED_FOLDERS = (DATA, RAW, CURATION)
PUBLISHED_FILES = (README, CROISSANT, "quality.json")
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
    withheld: dict[str, str | None] = field(default_factory=dict)  # raw input -> the license that keeps raw/ back

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    @property
    def allow(self) -> list[str]:
        """Upload patterns: the published folders and files, without `raw/` when it is withheld."""
        return [p for p in ALLOW if not (self.withheld and p == f"{RAW}/**")]


def published_files(corpus: Path, raw: bool = True) -> list[str]:
    """The files of `corpus` that go to the Hub, sorted: the published folders and files, nothing hidden; `raw/`
    (inputs and their sidecars) only if `raw`."""
    corpus = Path(corpus)
    files = [name for name in PUBLISHED_FILES if (corpus / name).is_file()]
    for folder in PUBLISHED_FOLDERS if raw else [f for f in PUBLISHED_FOLDERS if f != RAW]:
        for path in (corpus / folder).rglob("*"):
            relative = path.relative_to(corpus)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                files.append(relative.as_posix())
    return sorted(files)


def plan(corpus: Path, repo_id: str = HUB_REPO) -> Release:
    """What publishing `corpus` would upload, and the tag it would create. Refuses (`PublishError`, naming every
    reason) a folder that is not a valid dataset or not a release: see `release_problems`."""
    corpus = Path(corpus)
    if problems := validate(corpus):
        raise PublishError(f"{corpus} is not a valid dataset, nothing published:\n" + "\n".join(map(str, problems)))
    version = json.loads((corpus / CROISSANT).read_text(encoding="utf-8"))["version"]
    records = record_licenses(corpus)
    if problems := release_problems(corpus, version) + card_license_problems(corpus, records):
        raise PublishError(f"{corpus} is not published:\n" + "\n".join(f"- {p}" for p in problems))
    withheld = blockers(input_licenses(corpus, records))
    return Release(repo_id, version, published_files(corpus, raw=not withheld), withheld)


def release_problems(corpus: Path, version: str) -> list[str]:
    """Why the git repository holding `corpus` is not the release of `version`: HEAD must be tagged `v<version>`,
    the working tree clean, and CHANGELOG.md must have the version's entry."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout

    root = Path(corpus).resolve()
    try:
        root = Path(git("rev-parse", "--show-toplevel").strip())
    except (subprocess.CalledProcessError, FileNotFoundError):
        return [f"{corpus} is not in a git repository: a release is a tagged commit (newscorpus release)"]
    problems, tag = [], f"v{version}"
    if changes := git("status", "--porcelain").splitlines():
        shown = ", ".join(line[3:] for line in changes[:3]) + (", ..." if len(changes) > 3 else "")
        problems.append(f"the working tree has {len(changes)} uncommitted change{'s' * (len(changes) != 1)} "
                        f"({shown}): publish a committed release")
    tags = git("tag", "--points-at", "HEAD").split()
    if tag not in tags:
        problems.append(f"HEAD is not the release tag {tag} (its tags: {', '.join(tags) or 'none'}): make the release "
                        f"with `newscorpus release`, or check out {tag}")
    changelog = root / "CHANGELOG.md"
    if version not in released_versions(changelog.read_text(encoding="utf-8") if changelog.exists() else ""):
        problems.append(f"CHANGELOG.md has no entry for the release {version}")
    return problems


def record_licenses(corpus: Path) -> dict[str, list[str | None]]:
    """Each raw input an article of `corpus` comes from -> its articles' `source.license` (None where unknown, and
    everywhere when the records have no license)."""
    found: dict[str, list[str | None]] = {}
    for path in sorted((Path(corpus) / DATA / "articles").glob("*.parquet")):
        sources = pq.read_table(path, columns=["source"]).column("source").combine_chunks()
        names = sources.field("path").to_pylist()
        has_license = "license" in [f.name for f in sources.type]
        values = sources.field("license").to_pylist() if has_license else [None] * len(names)
        for name, license in zip(names, values, strict=True):
            found.setdefault(name.partition("#")[0], []).append(license)
    return found


def input_licenses(corpus: Path, records: dict[str, list[str | None]]) -> dict[str, str | None]:
    """Every raw input of `corpus` -> the license that decides whether it may be published: the first of its
    articles' licenses that does not permit it, else their first; None (unknown) for an input no article is from."""
    corpus = Path(corpus)
    inputs = [f"{RAW}/{p.relative_to(corpus / RAW).as_posix()}" for p in raw_files(corpus / RAW)] \
        if (corpus / RAW).is_dir() else []
    decided = {}
    for name in inputs:
        licenses = records.get(name, [None])
        decided[name] = next((license for license in licenses if not redistributable(license)), licenses[0])
    return decided


def card_license_problems(corpus: Path, records: dict[str, list[str | None]]) -> list[str]:
    """The card's `license` must be the one its articles' sources make."""
    _, header, _ = (Path(corpus) / README).read_text(encoding="utf-8").split("---\n", 2)
    said = yaml.safe_load(header).get("license")
    derived = card_license(license for licenses in records.values() for license in licenses)
    return [] if said == derived else [f"{README}: the card's license is {said!r}; its sources make it {derived!r}"]


def withheld_message(release: Release) -> str:
    """Why raw/ is not published, naming each input that keeps it back and its license."""
    shown = [f"  {name}: {describe(license)}" for name, license in list(release.withheld.items())[:20]]
    more = len(release.withheld) - len(shown)
    return (f"raw/ and its sidecars are not published: {len(release.withheld)} input"
            f"{'s' * (len(release.withheld) != 1)} without a license that permits redistribution (give each "
            "source's `license` in its sidecar, defaults.json or field map):\n" + "\n".join(shown)
            + (f"\n  ... and {more} more" if more > 0 else ""))


def publish(corpus: Path, release: Release, api) -> str:
    """Upload `release` from `corpus` through `api` (a `huggingface_hub.HfApi`) and tag it; returns the commit.
    `raw/` goes up only if no input's license withholds it.

    A version already tagged on the Hub is never overwritten. Remote files of the published folders that
    the folder no longer holds (an old shard) are deleted in the same commit.
    """
    api.create_repo(release.repo_id, repo_type=REPO_TYPE, exist_ok=True)
    tags = {ref.name for ref in api.list_repo_refs(release.repo_id, repo_type=REPO_TYPE).tags}
    if release.tag in tags:
        raise PublishError(f"{release.repo_id} already has {release.tag}: a release is never replaced; "
                           "release the next version (newscorpus release) and publish that")
    commit = api.upload_folder(
        repo_id=release.repo_id,
        repo_type=REPO_TYPE,
        folder_path=Path(corpus),
        allow_patterns=release.allow,
        ignore_patterns=IGNORE,
        delete_patterns=ALLOW,  # the Hub keeps nothing the release does not publish, a withheld raw/ included
        commit_message=f"Release {release.tag}",
    )
    api.create_tag(release.repo_id, tag=release.tag, tag_message=f"newscorpus dataset {release.version}",
                   revision=commit.oid, repo_type=REPO_TYPE)
    return commit.oid
