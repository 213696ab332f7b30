"""Figures about the corpus, gathered record by record as the runner writes them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class CorpusStats:
    articles: int = 0
    characters: int = 0
    entities: int = 0
    dates: int = 0
    labels: Counter = field(default_factory=Counter)
    date_types: Counter = field(default_factory=Counter)
    published: Counter = field(default_factory=Counter)  # dated articles per month
    undated: int = 0  # articles whose publication date is not known
    components: dict = field(default_factory=dict)  # name -> (model, model_version)
    licenses: Counter = field(default_factory=Counter)  # the sources' `license` (None: unknown) -> articles

    def add(self, record: dict) -> None:
        self.articles += 1
        self.characters += len(record["text"])
        self.entities += len(record["entities"])
        self.dates += len(record["dates"])
        self.labels.update(e["label"] for e in record["entities"])
        self.date_types.update(d["type"] for d in record["dates"])
        if record["published"]:
            self.published[record["published"][:7]] += 1
        else:
            self.undated += 1
        self.licenses[record["source"].get("license")] += 1
        for c in record["provenance"]["components"]:
            self.components[c["name"]] = (c["model"], c["model_version"])

    def counts(self) -> dict[str, int]:
        return {"articles": self.articles, "entities": self.entities, "dates": self.dates}
