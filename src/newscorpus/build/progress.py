"""Progress of a build: a bar with articles/s on a terminal, a plain log line now and then elsewhere (CI)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager

from tqdm import tqdm

LOG_SECONDS = 10
POLL_SECONDS = 0.5


@contextmanager
def watch(count: Callable[[], int], stream=sys.stderr, unit: str = "articles"):
    """Report `count()` and its rate while the block runs; `count` is polled from a thread."""
    done = threading.Event()
    report = _bar(stream, unit) if stream.isatty() else _log(stream, unit)

    def poll():
        while not done.wait(POLL_SECONDS):
            report(count())

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        report(count(), final=True)


def _bar(stream, unit: str):
    bar = tqdm(file=stream, unit=f" {unit}", dynamic_ncols=True)

    def report(n: int, final: bool = False):
        bar.update(n - bar.n)
        if final:
            bar.close()

    return report


def _log(stream, unit: str):
    start = last = time.monotonic()

    def report(n: int, final: bool = False):
        nonlocal last
        now = time.monotonic()
        if final or now - last >= LOG_SECONDS:
            print(f"{n:,} {unit}, {n / max(now - start, 1e-9):.1f} {unit}/s", file=stream, flush=True)
            last = now

    return report
