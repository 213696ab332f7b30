import datetime as dt
import subprocess
from pathlib import Path

import pytest

from newscorpus.dataset.schema import schema_version
from newscorpus.tools.release import (
    ReleaseError,
    next_version,
    project_version,
    release,
    released_versions,
    set_project_version,
    stamp_changelog,
)

PYPROJECT = '[project]\nname = "newscorpus"\nversion = "1.0.0"\n\n[tool.x]\nversion = "9.9.9"\n'
CHANGELOG = """# Changelog

## Dataset 1.0.1 — schema 1.0.0 (unreleased)

- Fifty new articles.

## Dataset 1.0.0 — schema 1.0.0 (2026-11-01)

- First article.
"""
TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(("part", "expected"), [("patch", "1.4.3"), ("minor", "1.5.0"), ("major", "2.0.0"),
                                                ("3.0.0", "3.0.0")])
def test_next_version(part, expected):
    assert next_version("1.4.2", part) == expected


def test_next_version_refuses_anything_else():
    with pytest.raises(ReleaseError, match="give major, minor, patch or a version"):
        next_version("1.4.2", "bigger")


def test_only_the_projects_version_line_changes():
    changed = set_project_version(PYPROJECT, "1.0.1")
    assert project_version(changed) == "1.0.1" and 'version = "9.9.9"' in changed


def test_the_unreleased_entry_gets_the_version_schema_and_date():
    stamped = stamp_changelog(CHANGELOG, "1.1.0", "1.1.0", TODAY)
    assert "## Dataset 1.1.0 — schema 1.1.0 (2026-11-25)\n\n- Fifty new articles." in stamped
    assert released_versions(stamped) == ["1.1.0", "1.0.0"]


@pytest.mark.parametrize(("changelog", "problem"), [
    (CHANGELOG.replace("(unreleased)", "(2026-11-20)"), "no `## Dataset X.Y.Z — schema X.Y.Z \\(unreleased\\)`"),
    (CHANGELOG.replace("- Fifty new articles.\n", ""), "lists no changes"),
])
def test_a_release_needs_an_unreleased_entry_saying_what_changed(changelog, problem):
    with pytest.raises(ReleaseError, match=problem):
        stamp_changelog(changelog, "1.0.1", "1.0.0", TODAY)


class FakeRepo:
    """Runs nothing: records the commands and answers git's questions; `fail` makes one command fail."""

    def __init__(self, status: str = "", tags: str = "", fail: str | None = None):
        self.commands, self.status, self.tags, self.fail = [], status, tags, fail

    def __call__(self, command: list[str]) -> str:
        self.commands.append(command)
        if self.fail and self.fail in " ".join(command):
            raise subprocess.CalledProcessError(1, command, "", "1 problem: data/x.parquet: broken\n")
        return {"status": self.status, "tag": self.tags}.get(command[1], "") if command[0] == "git" else ""


@pytest.fixture
def repo(tmp_path) -> Path:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    return tmp_path


def test_a_release_bumps_stamps_rebuilds_validates_commits_and_tags_in_that_order(repo):
    run = FakeRepo()
    assert release(repo, "patch", run, TODAY, python="py") == "v1.0.1"
    assert run.commands == [
        ["git", "status", "--porcelain"],
        ["git", "tag", "--list", "v1.0.1"],
        ["py", "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(repo)],
        ["py", "-m", "newscorpus", "build", "corpus"],
        ["py", "-m", "newscorpus", "validate", "corpus"],
        ["git", "add", "pyproject.toml", "CHANGELOG.md", "corpus"],
        ["git", "commit", "--quiet", "-m", "Release v1.0.1"],
        ["git", "tag", "--annotate", "v1.0.1", "--message", f"newscorpus dataset 1.0.1, schema {schema_version()}"],
    ]
    assert project_version((repo / "pyproject.toml").read_text()) == "1.0.1"
    assert f"## Dataset 1.0.1 — schema {schema_version()} (2026-11-25)" in (repo / "CHANGELOG.md").read_text()


def test_a_failed_validation_undoes_the_bump_and_tags_nothing(repo):
    run = FakeRepo(fail="newscorpus validate")
    with pytest.raises(ReleaseError, match="(?s)newscorpus validate corpus failed, the version is left at 1.0.0.*broken"):
        release(repo, "patch", run, TODAY)
    assert (repo / "pyproject.toml").read_text() == PYPROJECT
    assert (repo / "CHANGELOG.md").read_text() == CHANGELOG
    assert not any(c[:2] in (["git", "commit"], ["git", "add"]) or c[1:3] == ["tag", "--annotate"]
                   for c in run.commands)


@pytest.mark.parametrize(("run", "part", "problem"), [
    (FakeRepo(status=" M src/x.py\n"), "patch", "uncommitted changes"),
    (FakeRepo(tags="v1.0.1\n"), "patch", "tag v1.0.1 already exists"),
    (FakeRepo(), "1.0.0", "1.0.0 is not newer than the last release 1.0.0"),
])
def test_a_release_is_refused_before_anything_changes(repo, run, part, problem):
    with pytest.raises(ReleaseError, match=problem):
        release(repo, part, run, TODAY)
    assert (repo / "pyproject.toml").read_text() == PYPROJECT
    assert not any(c[0] != "git" for c in run.commands)
