#!/usr/bin/env python3
"""Check a built dataset folder: every record against the schema, and what a schema cannot say.

The same as `newscorpus validate`: see `newscorpus validate --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["validate", *sys.argv[1:]])
