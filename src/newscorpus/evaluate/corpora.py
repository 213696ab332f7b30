"""The gold corpora: where their files are found, how they are read, which layers they annotate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .document import GoldDocument
from .meantime import read_meantime
from .timeml import read_timeml


@dataclass(frozen=True)
class Corpus:
    description: str
    folder: str  # under the folder of gold sets
    pattern: str  # of the document files, under the corpus folder
    read: Callable[[Path], GoldDocument]
    tasks: tuple[str, ...]


CORPORA = {
    "timebank": Corpus("TimeBank, TempEval-3 TBAQ-cleaned (TimeML): TIMEX3", "timebank-aquaint/TimeBank", "*.tml", read_timeml, ("dates",)),
    "aquaint": Corpus("AQUAINT, TempEval-3 TBAQ-cleaned (TimeML): TIMEX3", "timebank-aquaint/AQUAINT", "*.tml", read_timeml, ("dates",)),
    "meantime": Corpus(
        "NewsReader MEANTIME English, intra-document annotation (CAT XML): Wikinews; TIMEX3 and entity mentions",
        "meantime-en/intra-doc_annotation", "*/*.xml", read_meantime, ("dates", "entities"),
    ),
}


# reported together as well, as the literature reports them: corpus name -> the corpora it pools
POOLED = {"timebank+aquaint": ("timebank", "aquaint")}


def load_corpus(name: str, folder: Path, limit: int | None = None) -> list[GoldDocument]:
    """The first `limit` documents (all if None) in file name order."""
    paths = sorted(Path(folder).glob(CORPORA[name].pattern))
    if not paths:
        raise FileNotFoundError(f"{name}: no {CORPORA[name].pattern} files in {folder}")
    return [CORPORA[name].read(path) for path in paths[:limit]]
