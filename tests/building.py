"""Running `newscorpus build` as a process of its own, as a user would, and watching what it leaves behind."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

SENTENCES = ["The central bank of {c} said on {d} it would keep its main rate at {n} percent.",
             "Shares in {c} Holdings rose {n} percent in early trading in London on {d}.",
             "Ministers from {c} met in Brussels on {d} to discuss the budget for next year."]
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Canada", "Kenya", "Chile", "Norway"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def wire(folder: Path, rows: int, start: int = 0) -> Path:
    """A JSON Lines collection of `rows` distinct short stories in `folder/raw/wire.jsonl`."""
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    lines = []
    for n in range(start, start + rows):
        body = " ".join(s.format(c=COUNTRIES[n % 8], d=DAYS[n % 5], n=n % 97) for s in SENTENCES) + f" Story {n}."
        lines.append(json.dumps({"title": f"STORY {n}", "text": body, "published": "2020-03-02"}) + "\n")
    path = folder / "raw" / "wire.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def build_command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "newscorpus", "build", str(folder), *args]


def start_build(folder: Path, *args: str) -> subprocess.Popen:
    """`newscorpus build` in a session of its own (its process group is its own, as a terminal's job is), taking
    Ctrl-C as at a terminal even when the tests run in the background, where the shell ignores SIGINT."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(build_command(folder, *args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_ctrl_c_as_at_a_terminal)


def _ctrl_c_as_at_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def progress(folder: Path) -> int:
    """Inputs the running build's tasks have finished so far."""
    total = 0
    for path in (folder / ".cache" / "build" / "progress").glob("[0-9]*"):
        try:
            counts = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        total += counts["built"] + counts["cached"] + counts["rejected"]
    return total


def published(folder: Path) -> dict[str, str]:
    """The SHA-256 of every published file of a corpus folder (the dataset, not the inputs or the cache)."""
    names = [p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).parts[0] in
             ("data", "README.md", "croissant.json", "rejected.jsonl")]
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(names)}


def published_files(corpus: Path) -> dict[str, bytes]:
    """What a build publishes, by path: the card, the Croissant file and the Parquet files."""
    return {p.relative_to(corpus).as_posix(): p.read_bytes()
            for p in [corpus / "README.md", corpus / "croissant.json", *sorted((corpus / "data").rglob("*.parquet"))]}
