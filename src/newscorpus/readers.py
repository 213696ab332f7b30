"""Readers: where raw documents come from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .pipeline import Rejected
from .raw import SIDECAR_SUFFIX, RawDocument, read_raw


def raw_files(folder: Path) -> list[Path]:
    """Every raw article file under `folder`, in a stable order; sidecars and hidden files are not articles."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not p.name.endswith(SIDECAR_SUFFIX)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_folder(folder: Path, root: Path) -> Iterator[RawDocument | Rejected]:
    """Each raw file under `folder`, read and checked; paths are named relative to `root`."""
    for path in raw_files(folder):
        try:
            yield read_raw(path, root)
        except InputError as e:
            yield Rejected(e.path, e.problem)
