#!/usr/bin/env python3
"""Entity F1 on each entity dev corpus (MEANTIME, CoNLL-2003 dev) of the bare model, of the pipeline's entity steps
added one at a time, and of the pipeline with each step left out: a step earns its place by gaining on both.

    .venv/bin/python scripts/entity_ablation.py [--gold ../shared/eval] [--labels]
"""

import argparse
from pathlib import Path

from newscorpus.evaluate import CORPORA, evaluate, load_corpus
from newscorpus.evaluate.ablation import entity_corpora, systems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--limit", type=int, help="the first N documents of each corpus, for a quick run")
    parser.add_argument("--labels", action="store_true", help="also print the F1 of each gold label")
    args = parser.parse_args()
    names = entity_corpora()
    corpora = {name: load_corpus(name, args.gold / CORPORA[name].folder, args.limit) for name in names}
    variants = systems([document for documents in corpora.values() for document in documents])
    figures = evaluate(corpora, {"entities": variants}).quality["corpora"]
    header = f"| variant | {' | '.join(f'{name} F1' for name in names)} |"
    print(header)
    print("|---" * (len(names) + 1) + "|")
    for variant in variants:
        cells = []
        for name in names:
            scores = figures[name]["entities"]["systems"][variant]
            cell = f"{100 * scores['overall']['f1']:.2f}"
            if args.labels:
                cell += " (" + ", ".join(f"{t} {100 * s['f1']:.1f}" for t, s in scores["per_type"].items()) + ")"
            cells.append(cell)
        print(f"| {variant} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
