#!/usr/bin/env python3
"""Entity F1 on each entity dev corpus (MEANTIME, CoNLL-2003 dev) of the bare model, of the pipeline's entity steps
added one at a time, of the pipeline with each step left out or in its previous version, and the precision of what
each step adds: a step earns its place by gaining on both.

    .venv/bin/python scripts/entity_ablation.py [--gold ../shared/eval] [--labels]
"""

import argparse
from pathlib import Path

from newscorpus.evaluate import CORPORA, evaluate, load_corpus
from newscorpus.evaluate.ablation import added_precision, entity_corpora, systems


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
    print()
    print("What each step adds or changes (scored mentions not there before it), and how many of them gold has:")
    print()
    print(f"| step | {' | '.join(f'{name} added, correct, precision' for name in names)} |")
    print("|---" * (len(names) + 1) + "|")
    added = [variant for variant in variants if variant.startswith("+ ")]
    for before, after in zip(["spacy_ner_v2", *added], added):
        cells = []
        for name in names:
            counts = added_precision(corpora[name], variants[before], variants[after])
            cells.append(f"{counts['added']}, {counts['correct']}, {100 * counts['precision']:.1f}")
        print(f"| {after[2:]} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
