"""Article extraction quality on the ScrapingHub article-extraction-benchmark layout: `html/<key>.html.gz` pages and
`ground-truth.json` (`key -> {articleBody, url}`).

The metric is the benchmark's: both texts are tokenized into `\\w+` words; each page's tp/fp/fn are counted over word
4-gram shingles (multiset min/excess) and normalized to sum 1; precision and recall are averaged over pages, and F1 is
the harmonic mean of the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

DEV_SET = "article-extraction-dev"  # under the folder of gold sets
SHINGLE = 4
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
METRIC = ("body: \\w+ word 4-gram shingle counts, per-page tp/fp/fn normalized to sum 1, precision and recall "
          "averaged over pages, F1 of the two averages (ScrapingHub article-extraction-benchmark)")


@dataclass(frozen=True)
class GoldPage:
    key: str
    html: str
    body: str
    url: str | None


@dataclass(frozen=True)
class PageScore:
    key: str
    tp: float
    fp: float
    fn: float
    error: str | None = None  # the extractor's rejection, when it gave no text

    @property
    def precision(self) -> float:
        return _precision(self.tp, self.fp, self.fn)

    @property
    def recall(self) -> float:
        return _recall(self.tp, self.fp, self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ExtractionScores:
    pages: list[PageScore]
    seconds: float  # wall-clock time of extraction only, reading the pages excluded
    cpu_seconds: float  # this process's CPU time for the same: the rate per core on a shared machine

    @property
    def precision(self) -> float:
        return statistics.mean(page.precision for page in self.pages)

    @property
    def recall(self) -> float:
        return statistics.mean(page.recall for page in self.pages)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pages_per_second(self) -> float:
        return len(self.pages) / self.seconds if self.seconds else 0.0

    @property
    def pages_per_cpu_second(self) -> float:
        return len(self.pages) / self.cpu_seconds if self.cpu_seconds else 0.0


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalized to sum 1 so that long pages weigh no more than short ones."""
    true, pred = shingles(gold), shingles(predicted)
    tp = fp = fn = 0
    for key in true.keys() | pred.keys():
        t, p = true.get(key, 0), pred.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def load_pages(folder: Path, limit: int | None = None) -> list[GoldPage]:
    """The gold pages in key order (the first `limit`, all if None)."""
    folder = Path(folder)
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise FileNotFoundError(f"{folder}: no ground-truth.json")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        pages.append(GoldPage(key, html, truth[key].get("articleBody") or "", truth[key].get("url")))
    return pages


def score(pages: Iterable[GoldPage], extract: Callable[[GoldPage], str]) -> ExtractionScores:
    """Run `extract` (page -> body text) on every page and score it; a rejected page scores as empty text."""
    pages = list(pages)
    outputs, errors = [], []
    start, cpu_start = time.perf_counter(), time.process_time()
    for page in pages:
        try:
            outputs.append(extract(page))
            errors.append(None)
        except InputError as e:
            outputs.append("")
            errors.append(e.problem)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    scored = [PageScore(page.key, *page_counts(page.body, output), error)
              for page, output, error in zip(pages, outputs, errors)]
    return ExtractionScores(scored, seconds, cpu_seconds)


def extract_body(page: GoldPage) -> str:
    """newscorpus's extraction, as the build runs it."""
    from ..ingest.html import extract_article

    return extract_article(page.html, page.key, page.url).text


def format_scores(scores: ExtractionScores, per_page: bool = False) -> str:
    lines = []
    if per_page:
        lines.append(f"{'page':<16} {'P':>6} {'R':>6} {'F1':>6}")
        for page in sorted(scores.pages, key=lambda page: page.f1):
            note = f"  ({page.error})" if page.error else ""
            lines.append(f"{page.key[:16]:<16} {page.precision:6.3f} {page.recall:6.3f} {page.f1:6.3f}{note}")
    lines.append(f"{len(scores.pages)} pages: body F1 {scores.f1:.4f}  precision {scores.precision:.4f}  "
                 f"recall {scores.recall:.4f}; {scores.pages_per_cpu_second:.1f} pages per CPU second "
                 f"({scores.pages_per_second:.1f} pages/s wall clock)")
    return "\n".join(lines)
