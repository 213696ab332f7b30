#!/usr/bin/env python3
"""Publish the built dataset folder to the Hugging Face Hub, tagged with its version (e.g. v1.0.0).

The same as `newscorpus publish`: see `newscorpus publish --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["publish", *sys.argv[1:]])
