#!/usr/bin/env python3
"""Release the dataset: bump the version, stamp the CHANGELOG entry, rebuild, validate, commit and tag.

Run it on a clean checkout after writing what changed under the `(unreleased)` CHANGELOG.md heading;
then publish the tagged release with scripts/publish.py.
"""

import argparse
import sys

from newscorpus.build import ROOT
from newscorpus.release import PARTS, ReleaseError, release


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version", help=f"{', '.join(PARTS)} (bump the current version) or an explicit X.Y.Z")
    args = parser.parse_args(argv)
    try:
        tag = release(ROOT, args.version)
    except ReleaseError as e:
        print(f"release failed: {e}", file=sys.stderr)
        return 1
    print(f"released {tag}; publish it with: python scripts/publish.py corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
