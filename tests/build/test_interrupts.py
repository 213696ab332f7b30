"""Interrupts, crashes and two builds at once, with real signals on real build processes."""

import os
import re
import shutil
import signal

import pytest
from building import build_command, progress, published, start_build, wire
from waiting import group_members, kill_group, run, wait_for

from newscorpus.build import build


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A corpus folder with a published build of 40 stories, and 1,200 more stories waiting in raw/."""
    folder = tmp_path_factory.mktemp("interrupts") / "news"
    wire(folder, 40)
    build(folder)
    before = published(folder)
    wire(folder, 1240)
    return folder, before


@pytest.fixture
def corpus(good, tmp_path):
    folder, before = good
    return shutil.copytree(folder, tmp_path / "news"), before


@pytest.fixture
def running(corpus):
    """A 2-worker build of the corpus, started and past its first finished inputs; killed whatever happens."""
    folder, before = corpus
    process = start_build(folder, "--workers", "2")
    try:
        wait_for(lambda: progress(folder) > 40 or process.poll() is not None, 300, "the build finishing inputs")
        assert process.poll() is None, process.communicate()
        yield folder, before, process
    finally:
        kill_group(process.pid)
        process.communicate()


def ended(process, pgid):
    out, err = process.communicate(timeout=120)
    wait_for(lambda: not group_members(pgid), 30, "every process of the build ending")
    return process.returncode, err


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_the_workers_with_one_line_and_exit_130(running, signum):
    folder, before, process = running
    os.killpg(process.pid, signum) if signum == signal.SIGINT else process.send_signal(signum)  # Ctrl-C: the group
    code, err = ended(process, process.pid)
    assert code == 130, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("interrupted")]
    assert len(lines) == 1 and lines[0].endswith(" of 1,240 inputs done; run again to resume"), err
    assert published(folder) == before


def test_sigkill_leaves_no_worker_and_the_next_build_resumes(running):
    folder, before, process = running
    done = progress(folder)
    os.kill(process.pid, signal.SIGKILL)
    ended(process, process.pid)
    assert published(folder) == before

    rebuilt = run(build_command(folder), timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "taking over the lock of a build that is gone" in rebuilt.stderr
    cached = int(re.search(r"cached ([\d,]+)", rebuilt.stderr.splitlines()[-1])[1].replace(",", ""))
    assert cached >= done  # what the killed build finished is not annotated again


def test_a_second_build_says_who_holds_the_folder_and_exits_2(running):
    folder, before, process = running
    os.killpg(process.pid, signal.SIGSTOP)  # the first build holds the folder for as long as the second takes
    try:
        second = run(build_command(folder), timeout=300)
    finally:
        os.killpg(process.pid, signal.SIGCONT)
    assert second.returncode == 2
    assert f"another build is running (pid {process.pid} on " in second.stderr
    assert process.poll() is None  # the first goes on
