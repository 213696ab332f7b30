#!/usr/bin/env python3
"""Ten interrupt and crash scenarios on a real corpus folder: SIGINT, SIGTERM and SIGKILL at random moments (once the
build holds its lock, after a random number of finished inputs, 0 being at once), and two builds started together. After
each, the published corpus must be byte-identical to its last good build and no process of the build left; at the end, a
build that runs through must equal a build from scratch, byte for byte.

    .venv/bin/python tests/crash_scenarios.py [--seed N] [--rows N]
"""

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from building import build_command, progress, published, start_build, wire  # noqa: E402
from waiting import group_members, kill_group, wait_for  # noqa: E402

SIGNALS = [signal.SIGINT] * 3 + [signal.SIGTERM] * 3 + [signal.SIGKILL] * 3


def holds_lock(folder: Path, pid: int) -> bool:
    """The build `pid` has started: it holds the corpus's lock (before, the interpreter is still starting, where a
    signal is Python's and not the build's to handle)."""
    try:
        return json.loads((folder / ".cache" / "build.lock").read_text() or "{}").get("pid") == pid
    except (OSError, ValueError):
        return False


def interrupted(folder: Path, signum: int, finished: int) -> str:
    process = start_build(folder, "--workers", "2")
    try:
        wait_for(lambda: holds_lock(folder, process.pid) and progress(folder) >= finished or process.poll() is not None,
                 600, f"{finished} inputs finished")
        if process.poll() is None:
            process.send_signal(signum)
        process.communicate(timeout=300)
        wait_for(lambda: not group_members(process.pid), 30, "the build's processes ending")
    finally:
        kill_group(process.pid)
    return f"{signal.Signals(signum).name} after {finished} finished inputs: exit {process.returncode}"


def together(folder: Path) -> str:
    first, second = start_build(folder), start_build(folder)
    try:
        codes = sorted([first.communicate(timeout=900) and first.returncode,
                        second.communicate(timeout=900) and second.returncode])
        for process in (first, second):
            wait_for(lambda p=process: not group_members(p.pid), 30, "the build's processes ending")
    finally:
        kill_group(first.pid)
        kill_group(second.pid)
    if codes != [0, 2]:
        raise AssertionError(f"two builds together exited {codes}, not one 0 and one 2")
    return "two builds together: one built, the other exited 2"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rows", type=int, default=1500)
    args = parser.parse_args()
    chance = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        wire(folder, 40)
        assert not subprocess.run(build_command(folder), capture_output=True).returncode
        good = published(folder)
        wire(folder, args.rows)
        scenarios = [lambda s=s: interrupted(folder, s, chance.randrange(0, 2 * args.rows)) for s in SIGNALS]
        scenarios.insert(chance.randrange(len(scenarios) + 1), lambda: together(folder))
        failures = 0
        for number, scenario in enumerate(scenarios, 1):
            wire(folder, args.rows + 300 * number)  # new stories each time, so that every build has work to do
            said = scenario()
            now = published(folder)
            if now == good:
                verdict = "published corpus unchanged"
            elif now == published_build(folder):  # the build finished before the signal: a complete new build
                verdict, good = "published corpus is a complete new build", now
            else:
                verdict, failures = "PUBLISHED CORPUS CHANGED", failures + 1
            print(f"{number:2}. {said}: {verdict}", flush=True)

        assert not subprocess.run(build_command(folder), capture_output=True).returncode
        scratch = Path(tmp) / "scratch"
        shutil.copytree(folder / "raw", scratch / "raw")
        assert not subprocess.run(build_command(scratch), capture_output=True).returncode
        same = published(folder) == published(scratch)
        print(f"resumed build {'equals' if same else 'DIFFERS FROM'} a build from scratch", flush=True)
        return 1 if failures or not same else 0


def published_build(folder: Path) -> dict:
    """What a complete build of the folder's current inputs publishes, built apart."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(folder, Path(tmp) / "copy", ignore=shutil.ignore_patterns(".cache"))
        subprocess.run(build_command(Path(tmp) / "copy"), capture_output=True, check=True)
        return published(Path(tmp) / "copy")


if __name__ == "__main__":
    sys.exit(main())
