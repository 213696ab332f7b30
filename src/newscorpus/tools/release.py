"""The release checklist as one function: bump, changelog entry, rebuild, validate, commit and tag.

The dataset version is the package version in `pyproject.toml`; the record schema has its own version,
in `schema/article.schema.json`, bumped by whoever changes the schema. CHANGELOG.md collects what changed
under an `## Unreleased` heading, which the release turns into the version, the schema version and the date.
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
FIRST = "1.0.0"
_PROJECT_VERSION = re.compile(r'^version = "(?P<version>[^"]+)"$', re.MULTILINE)
_ENTRY = re.compile(r"^## Dataset (?P<version>\S+) — schema (?P<schema>\S+) \((?P<date>[^)]+)\)$", re.MULTILINE)
_SECTION = re.compile(r"^## .*$", re.MULTILINE)
_UNRELEASED = re.compile(r"^## Unreleased\s*$", re.MULTILINE | re.IGNORECASE)
UNRELEASED = "unreleased"

Run = Callable[[list[str]], str]


class ReleaseError(RuntimeError):
    """Why a release cannot be made; nothing was changed."""


def bump(current: str, part: str) -> str:
    """`current` bumped by `part` (major, minor, patch), or `part` itself if it is a version."""
    if SEMVER.match(part):
        return part
    if part not in PARTS or not (match := SEMVER.match(current)):
        raise ReleaseError(f"cannot bump {current!r} by {part!r}: give major, minor, patch or a version X.Y.Z")
    numbers = [int(n) for n in match.groups()]
    i = PARTS.index(part)
    return ".".join(map(str, [*numbers[:i], numbers[i] + 1, *[0] * (2 - i)]))


def next_version(changelog: str, schema: str, part: str | None = None) -> str:
    """The version the CHANGELOG's unreleased changes are released as.

    An unreleased entry that names its version (`## Dataset 1.0.0 — schema 2.0.0 (unreleased)`) is released as
    that version, and a repository with no release yet releases 1.0.0: neither is ever skipped (a `part` such as
    minor does not apply to them; another explicit version is refused). Otherwise the
    last release is bumped by `part`, or when none is given: major if the record schema's major version changed
    since the last release (records of that release no longer validate), else minor.
    """
    if part is not None and part not in PARTS and not SEMVER.match(part):
        raise ReleaseError(f"{part!r} is not a release: give major, minor, patch or a version X.Y.Z")
    named = [m["version"] for m in _ENTRY.finditer(changelog) if m["date"] == UNRELEASED]
    released = released_entries(changelog)
    pending = named[0] if named else None if released else FIRST
    if pending:
        if part is not None and SEMVER.match(part) and part != pending:
            raise ReleaseError(f"CHANGELOG.md's unreleased changes are version {pending}, "
                               f"which has not been released yet: release it first (not {part!r})")
        return pending
    last, last_schema = released[0]
    needed = "major" if _major(schema) != _major(last_schema) else "minor"
    version = bump(last, part or needed)
    if needed == "major" and _key(version)[0] == _key(last)[0]:
        raise ReleaseError(f"the record schema went from {last_schema} to {schema} since {last}: "
                           f"that is a major release, not {version}")
    return version


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in SEMVER.match(version).groups())


def _major(version: str) -> str:
    return version.split(".")[0]


def project_version(pyproject: str) -> str:
    if not (match := _PROJECT_VERSION.search(pyproject)):
        raise ReleaseError('pyproject.toml has no `version = "X.Y.Z"` line')
    return match["version"]


def set_project_version(pyproject: str, version: str) -> str:
    project_version(pyproject)
    return _PROJECT_VERSION.sub(f'version = "{version}"', pyproject, count=1)


def released_entries(changelog: str) -> list[tuple[str, str]]:
    """(dataset version, schema version) of every release the CHANGELOG records, newest first."""
    return sorted(((m["version"], m["schema"]) for m in _ENTRY.finditer(changelog) if m["date"] != UNRELEASED),
                  key=lambda entry: _key(entry[0]), reverse=True)


def released_versions(changelog: str) -> list[str]:
    return [version for version, _ in released_entries(changelog)]


def stamp_changelog(changelog: str, version: str, schema: str, date: dt.date) -> str:
    """The unreleased entries (`## Unreleased`, `## Dataset X.Y.Z — schema X.Y.Z (unreleased)`), which must say what
    changed, made one entry headed with `version`, `schema` and `date`, where the first of them was."""
    sections = list(_SECTION.finditer(changelog))
    ends = [m.start() for m in sections[1:]] + [len(changelog)]
    unreleased = [(m, end) for m, end in zip(sections, ends, strict=True)
                  if _UNRELEASED.fullmatch(m.group()) or (e := _ENTRY.fullmatch(m.group())) and e["date"] == UNRELEASED]
    if not unreleased:
        raise ReleaseError("CHANGELOG.md has no `## Unreleased` entry: write what changed first")
    bodies = [changelog[m.end():end].strip("\n") for m, end in unreleased]
    if not any(re.search(r"^- \S", body, re.MULTILINE) for body in bodies):
        raise ReleaseError("the unreleased CHANGELOG.md entry lists no changes")
    entry = f"## Dataset {version} — schema {schema} ({date.isoformat()})\n\n" + "\n\n".join(filter(None, bodies)) + "\n"
    first = unreleased[0][0].start()
    between = [changelog[end:m.start()] for (_, end), (m, _) in zip(unreleased, unreleased[1:])]
    rest = "".join(between) + changelog[unreleased[-1][1]:]
    return changelog[:first] + entry + ("\n" + rest.lstrip("\n") if rest.strip() else "")


def release(root: Path, part: str | None = None, run: Run | None = None, today: dt.date | None = None,
            python: str = sys.executable) -> str:
    """Release the dataset built from the repository at `root` as the CHANGELOG's next version (`next_version`);
    returns the tag. Each step must pass.

    On any failure the version and changelog edits are undone and no tag is made; the build itself never
    replaces published files with invalid ones.
    """
    run = run or _runner(root)
    pyproject_path, changelog_path = root / "pyproject.toml", root / "CHANGELOG.md"
    pyproject, changelog = pyproject_path.read_text(encoding="utf-8"), changelog_path.read_text(encoding="utf-8")
    project_version(pyproject)
    version = next_version(changelog, schema_version(), part)
    tag = f"v{version}"
    if (released := released_versions(changelog)) and _key(version) <= _key(released[0]):
        raise ReleaseError(f"{version} is not newer than the last release {released[0]}")
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
