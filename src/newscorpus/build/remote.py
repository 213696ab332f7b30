"""A corpus folder at an fsspec URL (`s3://bucket/corpus`): built in a local staging folder, then published.

`pull` copies the corpus's inputs (raw/, curation/, card.md, quality.json) into the staging folder, where the
build reads them as it reads a local corpus (same order, same partition into tasks); `push` uploads the dataset the
build wrote there. The upload goes to `<url>/.staging/` first and is copied into place only once every file is up,
so an upload that fails leaves the published dataset as it was; then the published files the new dataset no longer
has are deleted. Credentials and endpoint come from the environment, as the filesystem reads them (for S3:
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL, ...).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import fsspec

from ..errors import InputError
from ..folder import CACHE, CARD, CROISSANT, CURATION, DATA, RAW, README
from .rejections import REJECTED

PULLED = (RAW, CURATION, CARD, "quality.json")
UPLOADS = ".staging"  # under the URL: the new dataset, until every file of it is up


def is_url(corpus: Path | str) -> bool:
    return isinstance(corpus, str) and "://" in corpus


def default_staging(url: str) -> Path:
    """This machine's staging folder for `url`, kept between builds (it holds the build lock and the shard notes)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "newscorpus" / "remote" / hashlib.sha256(url.encode()).hexdigest()[:16]


def default_store(url: str) -> str:
    return f"{url.rstrip('/')}/{CACHE}/records"


def pull(url: str, staging: Path) -> None:
    """The inputs of the corpus at `url`, copied over those in `staging` (inputs gone from `url` go here too)."""
    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(f"{root.rstrip('/')}/{RAW}"):
        raise InputError(f"{url.rstrip('/')}/{RAW}", "no such folder: a corpus's inputs go in its raw/ folder")
    for name in PULLED:
        local = staging / name
        if local.is_dir():
            shutil.rmtree(local)
        else:
            local.unlink(missing_ok=True)
        remote = f"{root.rstrip('/')}/{name}"
        if not fs.exists(remote):
            continue
        if not fs.isdir(remote):
            local.parent.mkdir(parents=True, exist_ok=True)
            fs.get_file(remote, str(local))
            continue
        for path in fs.find(remote):
            target = local / Path(path).relative_to(remote)
            target.parent.mkdir(parents=True, exist_ok=True)
            fs.get_file(path, str(target))


def published(staging: Path) -> list[str]:
    """The dataset's files in `staging`, named relative to it: the Parquet files, then the card, Croissant file and
    rejections (the card last: it is what a reader looks at first)."""
    data = sorted(p.relative_to(staging).as_posix() for p in (staging / DATA).rglob("*") if p.is_file())
    return data + [name for name in (REJECTED, CROISSANT, README) if (staging / name).is_file()]


def push(staging: Path, url: str) -> None:
    """Publish the dataset in `staging` at `url`: uploaded whole to `<url>/.staging/`, then copied into place, then
    the data files the new dataset no longer has deleted."""
    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    uploads = f"{root}/{UPLOADS}"
    if fs.exists(uploads):
        fs.rm(uploads, recursive=True)
    names = published(staging)
    for name in names:
        fs.put_file(str(staging / name), f"{uploads}/{name}")
    for name in names:
        fs.copy(f"{uploads}/{name}", f"{root}/{name}")
    fs.invalidate_cache()
    kept = {f"{root}/{name}" for name in names}
    if stale := [path for path in fs.find(f"{root}/{DATA}") if path not in kept]:
        fs.rm(stale)
    fs.rm(uploads, recursive=True)
