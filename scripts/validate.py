#!/usr/bin/env python3
"""Check a built dataset folder: every record against the schema, and what a schema cannot say.

Prints one line per problem (file: record: field: problem) and exits 1 if there is any.
"""

import argparse
import sys
from pathlib import Path

from newscorpus.validate import validate


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=Path("corpus"),
                        help="the dataset folder, with README.md and data/ (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.path.is_dir():
        print(f"{args.path}: not a folder", file=sys.stderr)
        return 1
    problems = validate(args.path)
    for problem in problems:
        print(problem)
    print(f"{args.path}: {len(problems)} problems" if problems else f"{args.path}: valid", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
