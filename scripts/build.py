#!/usr/bin/env python3
"""Build the dataset in corpus/ from the raw inputs in corpus/raw/ (page files, .jsonl and .csv collections).

The same as `newscorpus build`: see `newscorpus build --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["build", *sys.argv[1:]])
