"""A one-node Slurm cluster on this machine, from Debian's `slurm-wlm` and `munge` (`make slurm` installs them).

munged runs as the munge user (reused if one already answers), slurmctld and slurmd as root, with a config of
their own in a temporary folder (`SLURM_CONF`), on free ports: one node named after this host with all its cores,
and a partition `cpu`. Everything started here is stopped at the end, jobs first: a job step outlives slurmd.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from waiting import wait_for

PACKAGES = {"slurmctld": "slurm-wlm", "slurmd": "slurm-wlm", "sbatch": "slurm-wlm", "munged": "munge"}
MUNGE_KEY = Path("/etc/munge/munge.key")
READY_SECONDS = 120


def install() -> None:
    """Debian's packages, when missing (the tests run as root, as `make slurm` does)."""
    missing = sorted({package for command, package in PACKAGES.items() if not shutil.which(command)})
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


@contextmanager
def cluster(folder: Path) -> Iterator[dict[str, str]]:
    """A running cluster; yields the environment its commands need (SLURM_CONF, and PATH with this Python's
    scripts, which the jobs run)."""
    install()
    folder.mkdir(parents=True, exist_ok=True)
    conf = write_conf(folder)
    env = {**os.environ, "SLURM_CONF": str(conf),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    started, daemons = [], []
    try:
        started += start_munge()
        for daemon in ("slurmctld", "slurmd"):
            log = (folder / f"{daemon}.out").open("wb")
            daemons.append(subprocess.Popen([daemon, "-D", "-f", str(conf)], env=env, stdout=log,
                                            stderr=subprocess.STDOUT))
        wait_for_idle_node(env, folder)
        yield env
    finally:
        if daemons:
            cancel_jobs(env)
        for process in reversed(started + daemons):
            stop(process)


def write_conf(folder: Path) -> Path:
    host = socket.gethostname()
    memory_mb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines()
                         if line.startswith("MemTotal")).split()[1]) // 1024 * 9 // 10
    for name in ("state", "spool", "log"):
        (folder / name).mkdir(exist_ok=True)
    conf = folder / "slurm.conf"
    conf.write_text("\n".join([
        "ClusterName=newscorpus-test",
        f"SlurmctldHost={host}",
        "SlurmUser=root",
        "SlurmdUser=root",
        "AuthType=auth/munge",
        f"SlurmctldPort={free_port()}",
        f"SlurmdPort={free_port()}",
        f"StateSaveLocation={folder / 'state'}",
        f"SlurmdSpoolDir={folder / 'spool'}",
        f"SlurmctldPidFile={folder / 'slurmctld.pid'}",
        f"SlurmdPidFile={folder / 'slurmd.pid'}",
        f"SlurmctldLogFile={folder / 'log' / 'slurmctld.log'}",
        f"SlurmdLogFile={folder / 'log' / 'slurmd.log'}",
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "JobAcctGatherType=jobacct_gather/none",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_CPU",
        "MpiDefault=none",
        "ReturnToService=2",
        "KillWait=5",
        f"NodeName={host} CPUs={os.cpu_count()} RealMemory={memory_mb} State=UNKNOWN",
        f"PartitionName=cpu Nodes={host} Default=YES MaxTime=INFINITE State=UP",
        "",
    ]))
    return conf


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def munge_works() -> bool:
    token = subprocess.run(["munge", "-n"], capture_output=True)
    return token.returncode == 0 and subprocess.run(["unmunge"], input=token.stdout, capture_output=True).returncode == 0


def start_munge() -> list[subprocess.Popen]:
    """munged as the munge user, with a key made if there is none; none started if one already answers."""
    if munge_works():
        return []
    if not MUNGE_KEY.exists():
        subprocess.run(["mungekey", "--create", "--keyfile", str(MUNGE_KEY)], check=True)
        shutil.chown(MUNGE_KEY, "munge", "munge")
        MUNGE_KEY.chmod(0o400)
    Path("/run/munge").mkdir(exist_ok=True)
    shutil.chown("/run/munge", "munge", "munge")
    munged = subprocess.Popen(["runuser", "-u", "munge", "--", "munged", "--foreground", "--force"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(munge_works, READY_SECONDS, "munged to answer")
    return [munged]


def node_state(env) -> str:
    out = subprocess.run(["sinfo", "-h", "-N", "-o", "%T"], env=env, capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else ""


def wait_for_idle_node(env, folder: Path) -> None:
    """Until the node is idle; a node that registered before munge answered is resumed."""
    host = socket.gethostname()

    def idle() -> bool:
        state = node_state(env)
        if state.startswith(("down", "drain")):
            subprocess.run(["scontrol", "update", f"nodename={host}", "state=resume"], env=env, capture_output=True)
        return state == "idle"

    wait_for(idle, READY_SECONDS, f"node {host} to be idle (logs in {folder / 'log'})")


def wait_for_empty_queue(env, timeout: float = 900) -> None:
    def empty() -> bool:
        out = subprocess.run(["squeue", "-h", "-o", "%i %r"], env=env, capture_output=True, text=True, check=True)
        if "DependencyNeverSatisfied" in out.stdout:
            raise AssertionError(f"a job failed, and the jobs after it will never run:\n{out.stdout}")
        return not out.stdout.strip()

    wait_for(empty, timeout, "the jobs to finish")


def cancel_jobs(env) -> None:
    """Every job of the cluster cancelled, each of its steps signalled, and waited for until none is left."""
    subprocess.run(["scancel", "--partition", "cpu", "--full"], env=env, capture_output=True)
    subprocess.run(["scancel", "--partition", "cpu"], env=env, capture_output=True)
    wait_for(lambda: not subprocess.run(["squeue", "-h"], env=env, capture_output=True, text=True).stdout.strip(),
             READY_SECONDS, "the cancelled jobs to end")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
