"""Waiting for a condition, never for a fixed time, and processes that are cleaned up whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def wait_for(condition: Callable[[], T], timeout: float, what: str, interval: float = 0.05) -> T:
    """The first true value `condition()` returns, polled every `interval` s; TimeoutError naming `what` after
    `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        if result := condition():
            return result
        if time.monotonic() >= deadline:
            raise TimeoutError(f"not within {timeout:.0f} s: {what}")
        time.sleep(interval)


def group_members(pgid: int) -> list[int]:
    """Live processes of a process group (zombies, already dead, are not counted)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@contextmanager
def session(command: list[str], **popen) -> Iterator[subprocess.Popen]:
    """`command` started in a session (and process group) of its own; on leaving, however the block ends, the
    whole group is killed and the process reaped."""
    process = subprocess.Popen(command, start_new_session=True, **popen)
    try:
        yield process
    finally:
        kill_group(process.pid)
        process.communicate()


def run(command: list[str], timeout: float, **popen) -> subprocess.CompletedProcess:
    """`subprocess.run` with output captured as text, in a session of its own: on a timeout or any other failure,
    every process it started is killed too, not only the first."""
    with session(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"not within {timeout:.0f} s: {' '.join(map(str, command))}") from None
    return subprocess.CompletedProcess(command, process.returncode, out, err)
