#!/usr/bin/env python3
"""Release the dataset: bump the version, stamp the CHANGELOG entry, rebuild, validate, commit and tag.

The same as `newscorpus release`: see `newscorpus release --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["release", *sys.argv[1:]])
