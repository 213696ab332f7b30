"""The release checklist as one function: bump, changelog entry, rebuild, validate, commit and tag.

The dataset version is the package version in `pyproject.toml`; the record schema has its own version,
in `schema/article.schema.json`, bumped by whoever changes the schema. CHANGELOG.md collects what changed
under an `(unreleased)` heading, which the release turns into the version and the date.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ..dataset.schema import schema_version

PARTS = ("major", "minor", "patch")
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_PROJECT_VERSION = re.compile(r'^version = "(?P<version>[^"]+)"$', re.MULTILINE)
_ENTRY = re.compile(r"^## Dataset (?P<version>\S+) — schema (?P<schema>\S+) \((?P<date>[^)]+)\)$", re.MULTILINE)
UNRELEASED = "unreleased"

Run = Callable[[list[str]], str]


class ReleaseError(RuntimeError):
    """Why a release cannot be made; nothing was changed."""


def next_version(current: str, part: str) -> str:
    """`current` bumped by `part` (major, minor, patch), or `part` itself if it is a version."""
    if SEMVER.match(part):
        return part
    if part not in PARTS or not (match := SEMVER.match(current)):
        raise ReleaseError(f"cannot bump {current!r} by {part!r}: give major, minor, patch or a version X.Y.Z")
    numbers = [int(n) for n in match.groups()]
    i = PARTS.index(part)
    return ".".join(map(str, [*numbers[:i], numbers[i] + 1, *[0] * (2 - i)]))


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in SEMVER.match(version).groups())


def project_version(pyproject: str) -> str:
    if not (match := _PROJECT_VERSION.search(pyproject)):
        raise ReleaseError('pyproject.toml has no `version = "X.Y.Z"` line')
    return match["version"]


def set_project_version(pyproject: str, version: str) -> str:
    project_version(pyproject)
    return _PROJECT_VERSION.sub(f'version = "{version}"', pyproject, count=1)


def released_versions(changelog: str) -> list[str]:
    return [m["version"] for m in _ENTRY.finditer(changelog) if m["date"] != UNRELEASED]


def stamp_changelog(changelog: str, version: str, schema: str, date: dt.date) -> str:
    """The `(unreleased)` entry, which must say what changed, headed with `version`, `schema` and `date`."""
    entries = list(_ENTRY.finditer(changelog))
    unreleased = [m for m in entries if m["date"] == UNRELEASED]
    if not unreleased:
        raise ReleaseError("CHANGELOG.md has no `## Dataset X.Y.Z — schema X.Y.Z (unreleased)` entry: "
                           "write what changed first")
    entry = unreleased[0]
    following = next((m.start() for m in entries if m.start() > entry.start()), len(changelog))
    if not re.search(r"^- \S", changelog[entry.end():following], re.MULTILINE):
        raise ReleaseError("the unreleased CHANGELOG.md entry lists no changes")
    heading = f"## Dataset {version} — schema {schema} ({date.isoformat()})"
    return changelog[:entry.start()] + heading + changelog[entry.end():]


def release(root: Path, part: str, run: Run | None = None, today: dt.date | None = None,
            python: str = sys.executable) -> str:
    """Release the dataset built from the repository at `root`; returns the tag. Each step must pass.

    On any failure the version and changelog edits are undone and no tag is made; the build itself never
    replaces published files with invalid ones.
    """
    run = run or _runner(root)
    pyproject_path, changelog_path = root / "pyproject.toml", root / "CHANGELOG.md"
    pyproject, changelog = pyproject_path.read_text(encoding="utf-8"), changelog_path.read_text(encoding="utf-8")
    version = next_version(project_version(pyproject), part)
    tag = f"v{version}"
    if (released := released_versions(changelog)) and _key(version) <= max(map(_key, released)):
        raise ReleaseError(f"{version} is not newer than the last release {max(released, key=_key)}")
    if run(["git", "status", "--porcelain"]).strip():
        raise ReleaseError("the working tree has uncommitted changes: a release is built from committed sources")
    if run(["git", "tag", "--list", tag]).strip():
        raise ReleaseError(f"tag {tag} already exists")
    stamped = stamp_changelog(changelog, version, schema_version(), today or dt.date.today())
    pyproject_path.write_text(set_project_version(pyproject, version), encoding="utf-8")
    changelog_path.write_text(stamped, encoding="utf-8")
    try:
        run([python, "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(root)])  # the new version's metadata
        run([python, "-m", "newscorpus", "build", "corpus"])
        run([python, "-m", "newscorpus", "validate", "corpus"])
    except subprocess.CalledProcessError as e:
        pyproject_path.write_text(pyproject, encoding="utf-8")
        changelog_path.write_text(changelog, encoding="utf-8")
        raise ReleaseError(f"{' '.join(map(str, e.cmd))} failed, the version is left at "
                           f"{project_version(pyproject)}:\n{e.stdout or ''}{e.stderr or ''}") from None
    run(["git", "add", "pyproject.toml", "CHANGELOG.md", "corpus"])
    run(["git", "commit", "--quiet", "-m", f"Release {tag}"])
    run(["git", "tag", "--annotate", tag, "--message", f"newscorpus dataset {version}, schema {schema_version()}"])
    return tag


def _runner(root: Path) -> Run:
    def run(command: list[str]) -> str:
        return subprocess.run(command, cwd=root, check=True, capture_output=True, text=True).stdout

    return run
