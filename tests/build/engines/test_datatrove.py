import os
import threading

import multiprocess
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep

from newscorpus.annotate.dates import DateAnnotator
from newscorpus.build.cache import RecordCache
from newscorpus.build.engines.datatrove import Job, run_local, steps
from newscorpus.build.pipeline import Pipeline, SchemaCheck
from newscorpus.build.runs import merged, rejections
from newscorpus.ingest.normalize import Normalizer


def dates_only():
    return Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck())


def corpus(tmp_path, count):
    (tmp_path / "raw").mkdir()
    for n in range(count):
        (tmp_path / "raw" / f"{n}.txt").write_text(f"Story {n}\n\nShares of Company {n} rose on Friday.")
        (tmp_path / "raw" / f"{n}.txt.meta.json").write_text('{"published": "2020-01-03"}')
    (tmp_path / "raw" / "empty.txt").write_text("")
    return tmp_path


def test_every_step_is_a_datatrove_pipeline_step(tmp_path):
    job = Job(tmp_path / "raw", tmp_path, tmp_path / "work", tmp_path / "store", dates_only)
    assert [s.name for s in steps(job)] == ["read (cached records kept)", "normalize", "annotate", "check",
                                             "cache new records", "write runs"]
    assert all(isinstance(s, PipelineStep) for s in steps(job))


def test_tasks_share_the_inputs_and_their_runs_merge_sorted_by_id(tmp_path):
    root = corpus(tmp_path, 7)
    job = Job(root / "raw", root, root / "work", root / "store", dates_only)
    LocalPipelineExecutor(steps(job), tasks=3, workers=1, logging_dir=str(root / "logs")).run()
    assert sorted(p.name for p in (root / "work").iterdir()) == ["00000", "00001", "00002", "progress"]
    entries = list(merged(root / "work"))
    ids = [stored.id for _, stored in entries]
    records = RecordCache(root / "store", dates_only().fingerprint()).records(s for _, s in entries)
    assert [(r["id"], r["source"]["path"]) for r in records] == [(s.id, s.path) for _, s in entries]
    assert ids == sorted(ids) and len(set(ids)) == 7
    assert [(place, str(r)) for place, r in rejections(root / "work")] == [([7, 0], "raw/empty.txt: empty file")]


def test_datatrove_logs_only_when_asked(tmp_path, capfd):
    root = corpus(tmp_path, 2)
    job = Job(root / "raw", root, root / "work", root / "store", dates_only).prepare()
    run_local(job, 2)
    assert "datatrove" not in capfd.readouterr().err
    run_local(job, 1, verbose=True)
    assert "Launching pipeline for rank=0" in capfd.readouterr().err


def test_meanwhile_runs_in_the_build_process_at_the_lowest_priority_while_the_workers_run(tmp_path):
    root = corpus(tmp_path, 4)
    job = Job(root / "raw", root, root / "work", root / "store", dates_only).prepare()
    seen = []

    def meanwhile():
        niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen.append((os.getpid(), len(multiprocess.active_children()), niceness))

    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    run_local(job, 2, meanwhile=meanwhile)
    assert seen == [(os.getpid(), 2, 19)]  # at the lowest priority, in a thread of its own
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
    run_local(job, 1, meanwhile=lambda: seen.append("with one worker"))
    assert seen == [(os.getpid(), 2, 19)]
