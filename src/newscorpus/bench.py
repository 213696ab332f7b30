"""The scale benchmark: a collection of articles built end to end with 1 and 2 workers, against bare `nlp.pipe`
of the same model on the same texts; peak memory; adding one article; reading the result back.

Figures are returned as data; `scripts/bench.py` prints them.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

REUTERS = Path(__file__).resolve().parents[3] / "shared" / "bench" / "reuters21578.jsonl"
REUTERS_FIELDS = ("text=body", "published=date")
BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build.py"
ADDITIONS = 3  # articles added one at a time, one build each: the figure is the median


def new_article(n: int) -> dict:
    return {"title": f"BENCHMARK ADDS STORY {n}", "date": "1987-10-20T12:00:00",
            "body": f"The benchmark added story {n} on Tuesday, after the corpus was built.\n"
                    "    Acme Corp of New York said its board met on Monday. Reuter"}


def run(source: Path = REUTERS, limit: int | None = None, workers: tuple[int, ...] = (1, 2),
        fields: tuple[str, ...] = REUTERS_FIELDS) -> dict:
    """Every figure of the benchmark, as a dict. Each build is `scripts/build.py` in a process of its own, in a
    temporary folder removed afterwards; memory is the peak of that process and its workers together."""
    figures = {"input": str(source), "limit": limit, "cores": len(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory(prefix="newscorpus-bench-") as tmp:
        tmp = Path(tmp)
        for w in workers:
            corpus = _corpus(tmp / f"w{w}", source, limit)
            seconds, peak = _build(corpus, fields, w)
            texts = pd.read_parquet(corpus / "data" / "articles", columns=["text"])["text"].tolist()
            words = sum(len(t.split()) for t in texts)
            floor = _timed(lambda: bare_pipe(texts, w))
            figures[f"workers_{w}"] = {
                "articles": len(texts), "seconds": seconds,
                "articles_per_s": len(texts) / seconds, "words_per_s": words / seconds,
                "peak_rss_mib": peak / 2**20,
                "bare_pipe_seconds": floor, "bare_pipe_articles_per_s": len(texts) / floor,
                "over_bare_pipe": seconds / floor,
            }
        built = corpus
        figures["speedup"] = figures[f"workers_{workers[0]}"]["seconds"] / figures[f"workers_{workers[-1]}"]["seconds"]
        tenth = max(1, (limit or _rows(source)) // 10)
        _, peak = _build(_corpus(tmp / "tenth", source, tenth), fields, workers[-1])
        figures["tenth"] = {"limit": tenth, "peak_rss_mib": peak / 2**20}
        additions = []
        for n in range(ADDITIONS):
            with (built / "raw" / source.name).open("a", encoding="utf-8") as out:
                out.write(json.dumps(new_article(n)) + "\n")
            additions.append(_build(built, fields)[0])
        figures["add_one_article_seconds"] = statistics.median(additions)
        figures["add_one_article_runs"] = additions
        figures["load_dataset_seconds"] = _timed(lambda: _load_dataset(built, tmp / "hf-cache"))
        figures["read_parquet_seconds"] = _timed(lambda: [pd.read_parquet(built / "data" / t)
                                                          for t in ("articles", "entities", "dates")])
        files = sorted((built / "data" / "articles").glob("*.parquet"))
        figures["shards"] = len(files)
        figures["row_groups"] = sum(pq.ParquetFile(p).num_row_groups for p in files)
    return figures


def _build(corpus: Path, fields: tuple[str, ...], workers: int | None = None) -> tuple[float, int]:
    """(seconds, peak resident bytes) of `scripts/build.py` on `corpus`, run as a process of its own."""
    command = [sys.executable, str(BUILD_SCRIPT), "--corpus", str(corpus), *(f"--field={f}" for f in fields)]
    if workers:
        command.append(f"--workers={workers}")
    start, peak = time.perf_counter(), 0
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as process:
        log = []
        reader = threading.Thread(target=lambda: log.extend(process.stderr), daemon=True)
        reader.start()
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.2)
        reader.join()
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):  # 1: some inputs were rejected, which a real collection has
        raise RuntimeError(f"the build of {corpus} failed:\n{''.join(log[-40:])}")
    return seconds, peak


def bare_pipe(texts: list[str], workers: int) -> int:
    """The floor: the same texts through the same model's `nlp.pipe`, each worker loading its own model."""
    if workers == 1 or len(texts) < workers:
        return _pipe(texts)
    share = -(-len(texts) // workers)
    with ProcessPoolExecutor(workers) as pool:
        return sum(pool.map(_pipe, [texts[i:i + share] for i in range(0, len(texts), share)]))


def _pipe(texts: list[str]) -> int:
    from .entities import EntityAnnotator

    nlp = EntityAnnotator().nlp
    return sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))


def _corpus(folder: Path, source: Path, limit: int | None) -> Path:
    """A corpus folder whose raw/ holds the first `limit` rows of `source` (all of them without a limit)."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "raw").mkdir(parents=True)
    with source.open("rb") as rows, (folder / "raw" / source.name).open("wb") as out:
        for i, row in enumerate(rows):
            if limit is not None and i >= limit:
                break
            out.write(row)
    return folder


def _rows(source: Path) -> int:
    with source.open("rb") as rows:
        return sum(1 for _ in rows)


def _load_dataset(corpus: Path, cache: Path) -> None:
    import datasets

    for config in ("articles", "entities", "dates"):
        datasets.load_dataset(str(corpus), config, split="train", cache_dir=str(cache / config))


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def tree_rss(root: int) -> int:
    """Resident bytes of process `root` and its descendants, from /proc."""
    parents, rss = {}, {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid and p not in tree]
        tree.update(children)
        frontier += children
    return sum(rss.get(p, 0) for p in tree)
