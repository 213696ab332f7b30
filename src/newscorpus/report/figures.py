"""Figures for the corpus pages, gathered article by article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

TOP_ENTITIES = 25
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})  # not names
YEARS_BEFORE, YEARS_AFTER = 30, 10  # the year chart: from 30 years before the first publication to 10 after the last
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
        """The most mentioned names (people, organizations, places...): numbers, dates and ordinals apart."""
        names = [kv for kv in self.entities.items() if kv[0][1] not in NUMERIC_LABELS]
        return sorted(names, key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]

    def year_span(self) -> tuple[int, int] | None:
        """The years the chart shows mentions of: around the years of publication (a `9999` or a misread `1400`
        would stretch it over centuries)."""
        if not self.months_published:
            return None
        return int(min(self.months_published)[:4]) - YEARS_BEFORE, int(max(self.months_published)[:4]) + YEARS_AFTER

    def year_rows(self) -> list[tuple[str, int]]:
        """Every year from the first to the last mentioned within `year_span`, gaps included."""
        years = sorted(int(y) for y in self.years_mentioned if self._in_span(int(y)))
        return [(str(y), self.years_mentioned[str(y)]) for y in range(years[0], years[-1] + 1)] if years else []

    def years_outside(self) -> int:
        """Mentions of years outside `year_span`, which the chart leaves out."""
        return sum(n for y, n in self.years_mentioned.items() if not self._in_span(int(y)))

    def _in_span(self, year: int) -> bool:
        span = self.year_span()
        return span is not None and span[0] <= year <= span[1]

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
