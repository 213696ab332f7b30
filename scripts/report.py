#!/usr/bin/env python3
"""Build the static report of a built dataset: every article with its entities and dates highlighted
(date values on hover) and corpus pages with charts. Open <out>/index.html in a browser."""

import argparse
import sys
from pathlib import Path

from newscorpus.report import build_site


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("corpus"),
                        help="the built dataset folder (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("build/report"),
                        help="folder to write the site into; replaced (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        figures = build_site(args.corpus, args.out)
    except FileNotFoundError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"{sum(figures.months_published.values()):,} article pages and the corpus page in "
          f"{args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
