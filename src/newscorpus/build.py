"""build(corpus): raw files in `corpus/raw/` become the published dataset in `corpus/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .dataset import write_dataset
from .pipeline import Pipeline, Rejected
from .readers import read_folder
from .stats import CorpusStats

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
CARD_TEMPLATE = ROOT / "DATASET_CARD.md"


@dataclass
class BuildReport:
    stats: CorpusStats
    rejected: list[Rejected] = field(default_factory=list)


def build(corpus: Path = CORPUS, template: Path = CARD_TEMPLATE, pipeline: Pipeline | None = None) -> BuildReport:
    """Build the dataset from `corpus/raw/`; inputs that cannot become records are reported, the rest are built."""
    pipeline = pipeline or Pipeline.default()
    records, rejected, first_path = [], [], {}
    for item in pipeline.run(read_folder(corpus / "raw", corpus)):
        if isinstance(item, Rejected):
            rejected.append(item)
        elif item["id"] in first_path:
            rejected.append(Rejected(item["source"]["path"],
                                     f"duplicate: same text as {first_path[item['id']]} (id {item['id']})"))
        else:
            first_path[item["id"]] = item["source"]["path"]
            records.append(item)
    stats = write_dataset(records, corpus, template.read_text(encoding="utf-8"))
    return BuildReport(stats, rejected)
