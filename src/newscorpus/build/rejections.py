"""`rejected.jsonl` in the corpus folder: every input the last build rejected, with its problem and the SHA-256
of its bytes, one JSON object a line in input order, so that CI can diff what a change of code or input rejects."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from pathlib import Path

from ..ingest.raw import Rejected

REJECTED = "rejected.jsonl"
_LINE = re.compile(r"\A(?P<file>.+)#L(?P<line>\d+)\Z")


def write_rejections(root: Path, rejected: list[Rejected]) -> Path:
    """Write `root/rejected.jsonl` whole, replacing the last build's; paths are relative to `root`."""
    digests = _digests(root, [r.path for r in rejected])
    path = root / REJECTED
    partial = path.with_name(f".{REJECTED}.partial")
    with partial.open("w", encoding="utf-8") as file:
        for r in rejected:
            file.write(json.dumps({"path": r.path, "problem": r.problem, "sha256": digests.get(r.path)},
                                  ensure_ascii=False) + "\n")
    os.replace(partial, path)
    return path


def read_rejections(root: Path) -> list[dict]:
    path = root / REJECTED
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _digests(root: Path, paths: list[str]) -> dict[str, str]:
    """The SHA-256 of each input's bytes: a file's, or a collection line's (without its line break); none for an
    input named otherwise (a row by its id) or no longer there."""
    digests, lines = {}, defaultdict(dict)
    for name in paths:
        if match := _LINE.match(name):
            lines[match["file"]][int(match["line"])] = name
        elif "#" not in name and (root / name).is_file():
            with (root / name).open("rb") as file:
                digests[name] = hashlib.file_digest(file, "sha256").hexdigest()
    for collection, wanted in lines.items():
        if not (root / collection).is_file():
            continue
        with (root / collection).open("rb") as file:
            for number, line in enumerate(file, 1):
                if number in wanted:
                    digests[wanted[number]] = hashlib.sha256(line.rstrip(b"\r\n")).hexdigest()
    return digests
