#!/usr/bin/env python3
"""Time reading a record store's whole index, as each task of an incremental build does before it looks up keys.

    .venv/bin/python scripts/bench_store_index.py /tmp/bench-merge/corpus
"""

import json
import resource
import sys
import time
from pathlib import Path

from newscorpus.build import corpus_job

if __name__ == "__main__":
    job = corpus_job(Path(sys.argv[1]))
    from newscorpus.build.cache import RecordCache

    store = RecordCache(job.cache, job.pipeline().fingerprint())
    started = time.perf_counter()
    index = store.index()
    seconds = time.perf_counter() - started
    print(json.dumps({"records": len(index), "seconds": round(seconds, 1),
                      "records_per_second": round(len(index) / seconds),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
