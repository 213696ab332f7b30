"""Figures for the corpus pages, gathered article by article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

TOP_ENTITIES = 25
_YEAR = re.compile(r"^(\d{4})")


@dataclass
class ReportFigures:
    labels: Counter = field(default_factory=Counter)  # entity mentions per label
    entities: Counter = field(default_factory=Counter)  # (text, label) -> mentions
    years_mentioned: Counter = field(default_factory=Counter)  # calendar dates mentioned, per year
    months_published: Counter = field(default_factory=Counter)  # articles per YYYY-MM
    undated: int = 0  # articles with no known publication date

    def add(self, record: dict) -> None:
        self.labels.update(e["label"] for e in record["entities"])
        self.entities.update((e["text"], e["label"]) for e in record["entities"])
        self.years_mentioned.update(m[1] for d in record["dates"]
                                    if d["type"] in ("DATE", "TIME") and (m := _YEAR.match(d["value"])))
        if record["published"]:
            self.months_published[record["published"][:7]] += 1
        else:
            self.undated += 1

    def label_rows(self) -> list[tuple[str, int]]:
        return sorted(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))

    def top_entities(self) -> list[tuple[tuple[str, str], int]]:
        return sorted(self.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]

    def year_rows(self) -> list[tuple[str, int]]:
        """Every year from the first to the last mentioned, gaps included."""
        if not self.years_mentioned:
            return []
        years = sorted(map(int, self.years_mentioned))
        return [(str(y), self.years_mentioned[str(y)]) for y in range(years[0], years[-1] + 1)]

    def month_rows(self) -> list[tuple[str, int]]:
        """Every month from the first to the last of publication, gaps included."""
        if not self.months_published:
            return []
        first, last = min(self.months_published), max(self.months_published)
        year, month, rows = int(first[:4]), int(first[5:]), []
        while f"{year:04d}-{month:02d}" <= last:
            key = f"{year:04d}-{month:02d}"
            rows.append((key, self.months_published[key]))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return rows
