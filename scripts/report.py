#!/usr/bin/env python3
"""Build the static report of a built dataset: every article with its entities and dates highlighted.

The same as `newscorpus report`: see `newscorpus report --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["report", *sys.argv[1:]])
