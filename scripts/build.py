#!/usr/bin/env python3
"""Build the dataset in corpus/ from the raw articles in corpus/raw/."""

import argparse
import sys
from pathlib import Path

from newscorpus.build import CARD_TEMPLATE, CORPUS, build


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder with raw/ (default: %(default)s)")
    parser.add_argument("--card", type=Path, default=CARD_TEMPLATE, help="dataset card text (default: %(default)s)")
    args = parser.parse_args(argv)
    report = build(args.corpus, args.card)
    for rejected in report.rejected:
        print(f"rejected: {rejected}", file=sys.stderr)
    counts = report.stats.counts()
    print(f"built {counts['articles']:,} articles, {counts['entities']:,} entity mentions, "
          f"{counts['dates']:,} date expressions in {args.corpus}; {len(report.rejected)} inputs rejected")
    return 1 if report.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
