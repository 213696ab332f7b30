"""A git repository whose HEAD is a release, as `newscorpus publish` wants it."""

import subprocess
from pathlib import Path

import newscorpus

VERSION = newscorpus.__version__
CHANGELOG = f"# Changelog\n\n## Dataset {VERSION} — schema 2.0.0 (2026-11-01)\n\n- The first articles.\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          check=True, capture_output=True, text=True).stdout


def released(repo: Path) -> Path:
    """`repo`, holding `corpus/`, made a git repository whose HEAD is the release v<VERSION>; its corpus folder."""
    (repo / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    (repo / ".gitignore").write_text(".cache/\n", encoding="utf-8")
    git(repo, "init", "--quiet")
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", "Release")
    git(repo, "tag", "--annotate", f"v{VERSION}", "--message", "release")
    return repo / "corpus"
