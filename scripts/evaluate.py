#!/usr/bin/env python3
"""Score the annotators against public gold data (TimeBank, AQUAINT, MEANTIME): print a table, write quality.json.

A full run writes corpus/quality.json, which the build reads for the dataset card; a partial run (--corpus or
--limit) writes only where --output says.
"""

import argparse
import sys
from pathlib import Path

from newscorpus.evaluate import CORPORA, default_systems, evaluate, load_corpus
from newscorpus.evaluate.report import format_errors, format_table, quality_json

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval"
FOLDERS = {
    "timebank": GOLD / "timebank-aquaint" / "TimeBank",
    "aquaint": GOLD / "timebank-aquaint" / "AQUAINT",
    "meantime": GOLD / "meantime-en" / "intra-doc_annotation",
}
QUALITY = ROOT / "corpus" / "quality.json"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", choices=list(CORPORA),
                        help="evaluate on this corpus only; repeat for several (default: all)")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N documents of each corpus, for a quick run")
    parser.add_argument("--errors", action="store_true", help="also print each document's missed/spurious/wrong spans")
    parser.add_argument("--output", type=Path, metavar="PATH",
                        help=f"write the figures here (default for a full run: {QUALITY})")
    for name, folder in FOLDERS.items():
        parser.add_argument(f"--{name}-dir", type=Path, metavar="DIR", default=folder,
                            help=f"{name} gold (default: %(default)s)")
    args = parser.parse_args(argv)

    names = args.corpus or list(CORPORA)
    corpora = {name: load_corpus(name, getattr(args, f"{name}_dir"), args.limit) for name in names}
    result = evaluate(corpora, default_systems({task for name in names for task in CORPORA[name].tasks}))
    if args.errors:
        print(format_errors(result.errors))
    print(format_table(result.quality))
    output = args.output or (QUALITY if args.corpus is None and args.limit is None else None)
    if output:
        output.write_text(quality_json(result.quality), encoding="utf-8")
        print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
