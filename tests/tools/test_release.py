import datetime as dt
import subprocess
from pathlib import Path

import pytest

from newscorpus.dataset.schema import schema_version
from newscorpus.tools.release import (
    ReleaseError,
    bump,
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
def test_bump(part, expected):
    assert bump("1.4.2", part) == expected


def test_bump_refuses_anything_else():
    with pytest.raises(ReleaseError, match="give major, minor, patch or a version"):
        bump("1.4.2", "bigger")


RELEASED = "# Changelog\n\n## Unreleased\n\n- More articles.\n\n## Dataset 1.4.2 — schema 2.0.0 (2026-10-01)\n\n- Old.\n" \
           "\n## Dataset 1.0.0 — schema 1.0.0 (2026-01-01)\n\n- First.\n"


@pytest.mark.parametrize(("changelog", "schema", "part", "expected"), [
    ("# Changelog\n\n## Unreleased\n\n- First articles.\n", "2.0.0", None, "1.0.0"),  # a fresh repository
    ("# Changelog\n\n## Unreleased\n\n- First articles.\n", "2.0.0", "minor", "1.0.0"),  # never 1.1.0
    ("# Changelog\n\n## Unreleased\n\n- First articles.\n", "2.0.0", "1.0.0", "1.0.0"),
    (CHANGELOG, "1.0.0", None, "1.0.1"),  # the unreleased entry names its version
    (CHANGELOG, "1.0.0", "minor", "1.0.1"),
    (RELEASED, "2.0.0", None, "1.5.0"),  # from the top release, whatever order the entries are in
    (RELEASED, "2.0.0", "patch", "1.4.3"),
    (RELEASED, "2.1.0", None, "1.5.0"),
    (RELEASED, "3.0.0", None, "2.0.0"),  # the schema's major version changed
    (RELEASED, "2.0.0", "2.0.0", "2.0.0"),
])
def test_the_next_version_comes_from_the_changelog(changelog, schema, part, expected):
    assert next_version(changelog, schema, part) == expected


@pytest.mark.parametrize(("changelog", "schema", "part", "problem"), [
    ("# Changelog\n\n## Unreleased\n\n- First articles.\n", "2.0.0", "2.0.0",
     "changes are version 1.0.0, which has not been released yet"),
    (CHANGELOG, "1.0.0", "1.1.0", "changes are version 1.0.1"),
    (RELEASED, "3.0.0", "minor", "schema went from 2.0.0 to 3.0.0 since 1.4.2: that is a major release, not 1.5.0"),
])
def test_no_version_is_skipped_and_a_schema_break_is_major(changelog, schema, part, problem):
    with pytest.raises(ReleaseError, match=problem):
        next_version(changelog, schema, part)


def test_an_unreleased_heading_and_a_named_unreleased_entry_become_one_release():
    changelog = CHANGELOG.replace("## Dataset 1.0.1", "## Unreleased\n\n- Rows say which field.\n\n## Dataset 1.0.1")
    stamped = stamp_changelog(changelog, "1.0.1", "1.1.0", TODAY)
    assert stamped == "# Changelog\n\n## Dataset 1.0.1 — schema 1.1.0 (2026-11-25)\n\n- Rows say which field.\n\n" \
                      "- Fifty new articles.\n\n## Dataset 1.0.0 — schema 1.0.0 (2026-11-01)\n\n- First article.\n"


def test_only_the_projects_version_line_changes():
    changed = set_project_version(PYPROJECT, "1.0.1")
    assert project_version(changed) == "1.0.1" and 'version = "9.9.9"' in changed


def test_the_unreleased_entry_gets_the_version_schema_and_date():
    stamped = stamp_changelog(CHANGELOG, "1.1.0", "1.1.0", TODAY)
    assert "## Dataset 1.1.0 — schema 1.1.0 (2026-11-25)\n\n- Fifty new articles." in stamped
    assert released_versions(stamped) == ["1.1.0", "1.0.0"]


@pytest.mark.parametrize(("changelog", "problem"), [
    (CHANGELOG.replace("(unreleased)", "(2026-11-20)"), "no `## Unreleased` entry"),
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
    assert release(repo, None, run, TODAY, python="py") == "v1.0.1"
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
    (FakeRepo(), "1.0.0", "changes are version 1.0.1, which has not been released yet"),
])
def test_a_release_is_refused_before_anything_changes(repo, run, part, problem):
    with pytest.raises(ReleaseError, match=problem):
        release(repo, part, run, TODAY)
    assert (repo / "pyproject.toml").read_text() == PYPROJECT
    assert not any(c[0] != "git" for c in run.commands)
