#!/usr/bin/env python3
"""Score the annotators against public gold data (TimeBank, AQUAINT, MEANTIME, CoNLL-2003 dev): print a table, write
quality.json; with --extraction, score HTML article extraction on the article-extraction dev pages.

The same as `newscorpus evaluate`: see `newscorpus evaluate --help`."""


import sys

from newscorpus.cli import run

if __name__ == "__main__":
    run(["evaluate", *sys.argv[1:]])
