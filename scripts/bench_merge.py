#!/usr/bin/env python3
"""Measure the merge: a synthetic record store of N cached records written by T tasks, then `merge` timed.

Every record is the seed article's as the default pipeline makes it, under its own id, key and path, stored as a
build task stores it (one segment per batch of 256, one index per task) with the task's sorted runs. Then
`newscorpus.build.merge` writes the dataset from them, as the merge job of a cluster build does, and the script
prints records/s and the sizes. The texts are all the same, so the Parquet sizes are not those of real news.

    .venv/bin/python scripts/bench_merge.py --records 1000000 --tasks 1000 --folder /tmp/bench-merge
"""

import argparse
import hashlib
import json
import shutil
import time
from pathlib import Path

from newscorpus.build import corpus_job, merge
from newscorpus.build.cache import RecordCache
from newscorpus.build.runs import RunWriter
from newscorpus.folder import RAW
from newscorpus.ingest.readers import read_folder

SEED = Path(__file__).resolve().parents[1] / "corpus" / "raw"
BATCH = 256


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bench-merge"))
    args = parser.parse_args()
    corpus = args.folder / "corpus"
    shutil.rmtree(args.folder, ignore_errors=True)
    shutil.copytree(SEED, corpus / RAW)
    job = corpus_job(corpus).prepare()
    pipeline = job.pipeline()
    seed = next(r for r in pipeline.run(item for _, item in read_folder(job.inputs, job.root)) if isinstance(r, dict))
    input_bytes = len(seed["text"].encode()) * args.records

    started = time.perf_counter()
    per_task = -(-args.records // args.tasks)
    for task in range(args.tasks):
        numbers = range(task * per_task, min(args.records, (task + 1) * per_task))
        store = RecordCache(job.cache, pipeline.fingerprint(), f"{task:05d}-bench")
        runs = RunWriter(job.work / f"{task:05d}")
        for start in range(numbers.start, numbers.stop, BATCH):
            batch = []
            for n in range(start, min(numbers.stop, start + BATCH)):
                record = {**seed, "id": hashlib.sha256(str(n).encode()).hexdigest()[:16],
                          "source": {**seed["source"], "path": f"raw/{n:09d}.txt"}}
                batch.append((hashlib.sha256(f"key {n}".encode()).hexdigest(), record))
            for (n, stored) in zip(range(start, start + BATCH), store.put(batch)):
                runs.add([n, 0], stored)
        store.close()
        runs.close()
    generated = time.perf_counter() - started
    store_bytes = size(Path(job.cache))

    started = time.perf_counter()
    report = merge(job, input_bytes=input_bytes)
    merged = time.perf_counter() - started
    data = corpus / "data"
    shards = len(list((data / "articles").glob("*.parquet")))
    print(json.dumps({
        "records": args.records, "tasks": args.tasks, "articles": report.stats.articles,
        "store_bytes": store_bytes, "store_bytes_per_record": round(store_bytes / args.records),
        "store_files": sum(1 for p in Path(job.cache).rglob("*") if p.is_file()),
        "generate_seconds": round(generated, 1), "merge_seconds": round(merged, 1),
        "merge_records_per_second": round(args.records / merged), "shards_per_table": shards,
        "dataset_bytes": size(data),
    }, indent=2))


if __name__ == "__main__":
    main()
