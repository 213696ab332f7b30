"""A corpus folder: what a build reads from it and writes into it.

    raw/           the inputs as received (page files, .jsonl and .csv collections, sidecars)
    curation/      human corrections, one JSON file per record
    card.md        the card text (optional: without it, the card the package ships)
    quality.json   the annotation quality figures the card quotes (optional; `newscorpus evaluate` writes it)
    data/, README.md, croissant.json   the built dataset
    .cache/        the record cache and a build's work files; never published
"""

from __future__ import annotations

from pathlib import Path

RAW = "raw"
CURATION = "curation"
CARD = "card.md"
CACHE = ".cache"
DATA = "data"  # the built dataset:
README = "README.md"  # its card
CROISSANT = "croissant.json"
IGNORED = (f"{CACHE}/", ".staging*/", ".trash*/")  # what a build leaves that is not the dataset


def init_corpus(folder: Path) -> list[Path]:
    """Make `folder` a corpus folder; returns what it created (nothing that exists is touched)."""
    from .dataset import card

    created = []
    for name in (RAW, CURATION):
        if not (folder / name).is_dir():
            (folder / name).mkdir(parents=True)
            created.append(folder / name)
    for name, text in ((CARD, card.template()), (".gitignore", "".join(f"{line}\n" for line in IGNORED))):
        if not (folder / name).exists():
            (folder / name).write_text(text, encoding="utf-8")
            created.append(folder / name)
    return created
