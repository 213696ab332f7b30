"""The README's recipe for a Slurm cluster, run on a real one-node Slurm cluster (tests/slurm.py)."""

import re
import subprocess
import uuid
from pathlib import Path

import pytest
from building import published_files
from paths import REPO
from slurm import cluster, wait_for_empty_queue
from waiting import wait_for

pytestmark = pytest.mark.slurm


def readme_recipe() -> str:
    """The Python block of the README's section on Slurm, as a user copies it."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.search(r"On a Slurm cluster.*?```python\n(.*?)```", text, re.S).group(1)


def test_the_readme_recipe_on_slurm_builds_the_bytes_of_a_local_build(built_corpus, fresh_inputs, tmp_path,
                                                                         monkeypatch):
    recipe = readme_recipe()
    assert "SlurmPipelineExecutor(steps(job)" in recipe and "depends=tasks" in recipe
    shared = tmp_path / "shared"
    (shared / "corpus").parent.mkdir(parents=True)
    fresh_inputs.rename(shared / "corpus")
    with cluster(tmp_path / "slurm") as env:
        for name in ("SLURM_CONF", "PATH"):
            monkeypatch.setenv(name, env[name])
        exec(compile(recipe.replace('"/shared/', f'"{shared}/'), "README.md", "exec"), {})
        wait_for_empty_queue(env)
        failed = [p for p in (shared / "logs").rglob("slurm_logs/*.out") if "exit code" in p.read_text(errors="replace")]
        assert not failed, failed[0].read_text(errors="replace")[-5000:]
    assert published_files(shared / "corpus") == published_files(built_corpus)
    tasks = list((shared / "logs" / "tasks" / "completions").iterdir())
    assert len(tasks) == 64  # every task of the array ran under Slurm
    assert not (shared / "corpus" / ".cache" / "build").exists()  # the merge ran, after the tasks


def test_a_cluster_left_while_a_job_runs_leaves_none_of_its_processes(tmp_path):
    """As when a test fails or is interrupted mid-job: a job step outlives slurmd unless the job is cancelled."""
    name = f"newscorpus-job-{uuid.uuid4().hex}"
    with cluster(tmp_path / "slurm") as env:
        subprocess.run(["sbatch", "--chdir", str(tmp_path), "--wrap", f"exec python3 -c 'import time; time.sleep(600)' {name}"],
                       env=env, check=True, capture_output=True)
        wait_for(lambda: processes_named(name), 120, "the job to start")
    assert not processes_named(name)


def processes_named(name: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if name.encode() in cmdline.read_bytes().split(b"\0"):
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found
