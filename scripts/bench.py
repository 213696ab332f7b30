#!/usr/bin/env python3
"""Benchmark the build on an article collection (default: Reuters-21578 in ../shared/bench).

The same as `newscorpus bench`: see `newscorpus bench --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["bench", *sys.argv[1:]])
