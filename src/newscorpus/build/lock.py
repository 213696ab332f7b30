"""One build at a time per corpus folder: a lock file naming its owner, held with `flock` for the whole build.

The kernel drops a `flock` when the last process holding the file open ends, however it ends (a build's workers
hold it too, and die with the build), so a lock file that can be locked again was left by a build that is gone.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import BuildError
from ..folder import CACHE

LOCK = "build.lock"  # in the corpus folder's cache


class BuildLocked(BuildError):
    """Another build of the same corpus folder is running."""

    def __init__(self, path: Path, owner: dict):
        super().__init__(f"{path}: another build is running (pid {owner.get('pid', '?')} on "
                         f"{owner.get('host', '?')}, since {owner.get('started', '?')}); wait for it, or stop it")
        self.path = path
        self.owner = owner

    def __reduce__(self):
        return type(self), (self.path, self.owner)


@contextmanager
def corpus_lock(corpus: Path, notices=sys.stderr) -> Iterator[Path]:
    """Hold the build lock of `corpus` within the block, or raise `BuildLocked` naming the build that holds it.
    A lock left by a build that is gone is taken over, with a notice."""
    path = corpus / CACHE / LOCK
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(path, _owner(fd)) from None
        if left := _owner(fd):
            print(f"{path}: taking over the lock of a build that is gone (pid {left.get('pid', '?')} on "
                  f"{left.get('host', '?')}, since {left.get('started', '?')})", file=notices)
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)  # released: an empty lock file is no one's
    finally:
        os.close(fd)


def _owner(fd: int) -> dict:
    data = os.pread(fd, 4096, 0)
    try:
        owner = json.loads(data) if data.strip() else {}
    except ValueError:
        owner = {"pid": "?", "host": f"unreadable lock file ({len(data)} bytes)"}
    return owner if isinstance(owner, dict) else {}
