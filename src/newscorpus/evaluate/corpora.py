"""The gold corpora: where their files are found, how they are read, which layers they annotate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .conll import read_conll
from .document import GoldDocument
from .meantime import read_meantime
from .timeml import read_timeml


@dataclass(frozen=True)
class Corpus:
    description: str
    folder: str  # under the folder of gold sets
    pattern: str  # of the files, under the corpus folder
    read: Callable[[Path], list[GoldDocument]]  # the documents of a file
    tasks: tuple[str, ...]


CORPORA = {
    "timebank": Corpus("TimeBank, TempEval-3 TBAQ-cleaned (TimeML): TIMEX3", "timebank-aquaint/TimeBank", "*.tml", lambda path: [read_timeml(path)], ("dates",)),
    "aquaint": Corpus("AQUAINT, TempEval-3 TBAQ-cleaned (TimeML): TIMEX3", "timebank-aquaint/AQUAINT", "*.tml", lambda path: [read_timeml(path)], ("dates",)),
    "meantime": Corpus(
        "NewsReader MEANTIME English, intra-document annotation (CAT XML): Wikinews; TIMEX3 and entity mentions",
        "meantime-en/intra-doc_annotation", "*/*.xml", lambda path: [read_meantime(path)], ("dates", "entities"),
    ),
    "conll2003-dev": Corpus(
        "CoNLL-2003 English development set (eng.testa): Reuters news of 1996; PER, ORG, LOC and MISC mentions",
        "conll2003-dev", "eng.testa", read_conll, ("entities",),
    ),
}


# reported together as well, as the literature reports them: corpus name -> the corpora it pools
POOLED = {"timebank+aquaint": ("timebank", "aquaint")}


def load_corpus(name: str, folder: Path, limit: int | None = None) -> list[GoldDocument]:
    """The first `limit` documents (all if None), files in name order."""
    paths = sorted(Path(folder).glob(CORPORA[name].pattern))
    if not paths:
        raise FileNotFoundError(f"{name}: no {CORPORA[name].pattern} files in {folder}")
    documents: list[GoldDocument] = []
    for path in paths:
        if limit is not None and len(documents) >= limit:
            break
        documents += CORPORA[name].read(path)
    return documents[:limit]
