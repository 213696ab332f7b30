#!/usr/bin/env python3
"""Benchmark the build on an article collection (default: Reuters-21578 in ../shared/bench): articles/s and
words/s end to end with 1 and 2 workers against bare nlp.pipe, peak memory, adding one article, reading back."""

import argparse
import json
import sys
from pathlib import Path

from newscorpus.bench import REUTERS, run


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, default=REUTERS, help="JSON Lines collection (default: %(default)s)")
    parser.add_argument("--limit", type=int, help="use only the first LIMIT rows: a quick run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(args.input, args.limit)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for w in (1, 2):
        f = figures[f"workers_{w}"]
        print(f"{w} worker(s): {f['articles']:,} articles in {f['seconds']:.1f} s: {f['articles_per_s']:.1f} articles/s, "
              f"{f['words_per_s']:,.0f} words/s; bare nlp.pipe {f['bare_pipe_articles_per_s']:.1f} articles/s "
              f"(end to end takes {f['over_bare_pipe']:.2f}x as long); peak memory {f['peak_rss_mib']:,.0f} MiB")
    print(f"2 workers vs 1: {figures['speedup']:.2f}x faster")
    print(f"peak memory at a tenth ({figures['tenth']['limit']:,} rows), 2 workers: "
          f"{figures['tenth']['peak_rss_mib']:,.0f} MiB")
    print(f"adding one article to the built corpus: {figures['add_one_article_seconds']:.1f} s (median of "
          f"{', '.join(f'{s:.1f}' for s in figures['add_one_article_runs'])})")
    print(f"load_dataset (3 configs, fresh cache): {figures['load_dataset_seconds']:.1f} s; "
          f"pd.read_parquet (3 tables): {figures['read_parquet_seconds']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
