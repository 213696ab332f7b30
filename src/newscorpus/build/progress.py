"""Progress of a build: a bar on a terminal, a plain line now and then elsewhere (CI).

The tasks count what they finish (`Counts`); the build polls the counts. The share done is of the raw input's bytes,
known before the build starts; the rate is of articles built (annotated now, not found in the cache), smoothed.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

LOG_SECONDS = 10
POLL_SECONDS = 0.5
RATE_SECONDS = 2.0  # a rate is measured over at least this long, never over a near-empty interval
SMOOTHING = 0.3  # weight of the newest interval in the moving average


@dataclass(frozen=True)
class Counts:
    built: int = 0
    cached: int = 0
    rejected: int = 0
    bytes: int = 0  # of raw input read

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.built + other.built, self.cached + other.cached, self.rejected + other.rejected,
                      self.bytes + other.bytes)

    @property
    def inputs(self) -> int:
        return self.built + self.cached + self.rejected


class Rate:
    """An exponential moving average of a count's rate, updated once at least `RATE_SECONDS` have passed."""

    def __init__(self, now: float):
        self.since, self.count, self.value = now, 0, None

    def update(self, count: int, now: float) -> float | None:
        if now - self.since >= RATE_SECONDS:
            latest = (count - self.count) / (now - self.since)
            self.value = latest if self.value is None else SMOOTHING * latest + (1 - SMOOTHING) * self.value
            self.since, self.count = now, count
        return self.value


def describe(counts: Counts, total_bytes: int, rate: float | None, byte_rate: float | None,
             took: float | None = None) -> str:
    """One line: what is done of how much, the rate and the time left; once the build is over (`took` seconds),
    its mean rate and how long it took."""
    share = min(counts.bytes / total_bytes, 1.0) if total_bytes else 1.0
    if took is not None:
        rate, left = (counts.built / took if took > 0 else None), f"took {_clock(took)}"
    else:
        left = f"ETA {_clock((total_bytes - counts.bytes) / byte_rate)}" if byte_rate else "ETA ?"
    speed = f"{rate:,.1f} articles/s" if rate is not None else "? articles/s"
    return (f"{share:4.0%} of {total_bytes / 2**20:,.1f} MiB: built {counts.built:,}, cached {counts.cached:,}, "
            f"rejected {counts.rejected:,}; {speed}; {left}")


@contextmanager
def watch(count: Callable[[], Counts], total_bytes: int, stream=sys.stderr):
    """Report `count()` while the block runs, polled from a thread: rewritten in place on a terminal, a line every
    `LOG_SECONDS` elsewhere; a last line when the block ends, however it ends."""
    done = threading.Event()
    terminal = stream.isatty()
    start = time.monotonic()
    rate, byte_rate = Rate(start), Rate(start)
    last_line = start

    def report(final: bool = False):
        nonlocal last_line
        counts, now = count(), time.monotonic()
        line = describe(counts, total_bytes, rate.update(counts.built, now), byte_rate.update(counts.bytes, now),
                        now - start if final else None)
        if terminal:
            stream.write(f"\r\033[K{line}" + ("\n" if final else ""))
            stream.flush()
        elif final or now - last_line >= LOG_SECONDS:
            print(line, file=stream, flush=True)
            last_line = now

    def poll():
        while not done.wait(POLL_SECONDS):
            report()

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        report(final=True)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
