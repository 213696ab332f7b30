"""validate(corpus) -> problems: every check a built dataset must pass, each problem naming file, record and field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from .checks import record_problems, timex_value_problem
from .croissant import croissant_problems
from .parquet import arrow_bytes
from .schema import record_schema
from .tables import LAYERS, TABLES, arrow_schema, features_yaml, records

BATCH_ROWS = 2_000
MAX_DIFFERING_ROWS = 20  # a row dropped or added shifts every later one: the first few say enough


@dataclass(frozen=True)
class Problem:
    file: str
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file] + ([f"record {self.record}"] if self.record else []) + ([self.field] if self.field else [])
        return ": ".join([*where, self.message])


def validate(corpus: Path) -> list[Problem]:
    """All problems of the dataset folder `corpus` (its card and its Parquet files); empty when valid."""
    corpus = Path(corpus)
    problems, files = check_card(corpus)
    readable = {}
    for table in TABLES:
        readable[table] = []
        for name in files.get(table, []):
            file_problems = check_file(corpus, name, table)
            problems += file_problems
            if not file_problems:
                readable[table].append(name)
    problems += check_records(corpus, readable["articles"])
    for layer in LAYERS:
        if readable["articles"] == files.get("articles") and readable[layer] == files.get(layer):
            problems += check_layer(corpus, layer, readable["articles"], readable[layer])
    problems += [Problem(file, None, None, message) for file, message in croissant_problems(corpus)]
    return problems


def check_card(corpus: Path, sizes: dict[str, int] | None = None) -> tuple[list[Problem], dict[str, list[str]]]:
    """The card's configs and features against the files and the schema; returns the files it lists. `sizes`:
    the Arrow bytes of files already measured (name -> bytes), which are not read again."""
    sizes = sizes or {}
    card = corpus / "README.md"
    if not card.exists():
        return [Problem("README.md", None, None, "missing: the dataset card with its configs")], {}
    text = card.read_text(encoding="utf-8")
    try:
        _, header, _ = text.split("---\n", 2)
        meta = yaml.load(header, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml where built
    except (ValueError, yaml.YAMLError) as e:
        return [Problem("README.md", None, "front matter", f"unreadable YAML front matter: {e}")], {}
    problems, files = [], {}
    configs = {c.get("config_name"): c for c in meta.get("configs") or []}
    infos = {i.get("config_name"): i for i in meta.get("dataset_info") or []}
    on_disk = {table: sorted(p.relative_to(corpus).as_posix() for p in (corpus / "data" / table).glob("*.parquet"))
               for table in TABLES}
    for table in TABLES:
        where = f"configs[{table}]"
        if table not in configs:
            problems.append(Problem("README.md", None, where, "config missing"))
            continue
        listed = sorted(path for entry in configs[table].get("data_files", []) for path in _as_list(entry.get("path")))
        files[table] = listed
        for path in sorted(set(listed) - set(on_disk[table])):
            problems.append(Problem("README.md", None, where, f"lists {path}, which does not exist"))
        for path in sorted(set(on_disk[table]) - set(listed)):
            problems.append(Problem(path, None, None, f"not listed in the card's config {table!r}"))
        files[table] = [p for p in listed if p in on_disk[table]]
        info = infos.get(table, {})
        if info.get("features") != features_yaml(table):
            problems.append(Problem("README.md", None, f"dataset_info[{table}].features",
                                    "do not match the features derived from the schema"))
        readable = [p for p in files[table] if _readable(corpus / p)]
        held = {"num_examples": sum(pq.ParquetFile(corpus / p).metadata.num_rows for p in readable),
                "num_bytes": sum(sizes[p] if p in sizes else arrow_bytes(corpus / p) for p in readable)}
        for key, value in held.items():
            declared_value = [split.get(key) for split in info.get("splits", [])]
            if declared_value != [value]:
                problems.append(Problem("README.md", None, f"dataset_info[{table}].splits.{key}",
                                        f"says {declared_value}, the files hold {value}"))
    return problems, files


def check_file(corpus: Path, name: str, table: str) -> list[Problem]:
    """A Parquet file opens and has exactly the table's derived columns and types."""
    try:
        schema = pq.read_schema(corpus / name)
    except (pa.ArrowException, OSError) as e:
        return [Problem(name, None, None, f"not a readable Parquet file: {e}")]
    expected = arrow_schema(table)
    if schema.equals(expected):
        return []
    found = {f.name: f for f in schema}
    problems = [Problem(name, None, f.name, f"column is {found[f.name].type if f.name in found else 'missing'}, "
                                            f"the schema says {f.type}")
                for f in expected if f.name not in found or not found[f.name].equals(f)]
    problems += [Problem(name, None, n, "column not in the schema") for n in schema.names if n not in expected.names]
    return problems or [Problem(name, None, None, "column order differs from the schema")]


def check_records(corpus: Path, files: list[str]) -> list[Problem]:
    """Every article against the contract; ids unique across files."""
    problems, seen = [], {}
    for name in files:
        try:
            for record in _records(corpus / name):
                rid = record.get("id") or "(no id)"
                problems += [Problem(name, rid, field, message) for field, message in record_problems(record)]
                if rid in seen:
                    problems.append(Problem(name, rid, "id", f"duplicate id, also in {seen[rid]}"))
                seen[rid] = name
        except (pa.ArrowException, OSError) as e:
            problems.append(Problem(name, None, None, f"unreadable data: {e}"))
    return problems


def check_layer(corpus: Path, layer: str, article_files: list[str], layer_files: list[str]) -> list[Problem]:
    """The flat `layer` table holds exactly the articles' nested `layer`, in the same order.

    The nested copy is the source of truth: it is the record, which the JSON Schema and `record_problems` check.
    Where the copies disagree the flat table is blamed, by file, row and field, with what the nested copy says
    and, where the flat value is wrong in itself (a TIMEX3 value, a label, offsets), why.
    """
    nested = ((record, j, {"article_id": record["id"], **span})
              for name in article_files for record in _records(corpus / name) for j, span in enumerate(record[layer]))
    flat = ((name, k, row) for name in layer_files for k, row in enumerate(_rows(corpus / name)))
    problems, differing = [], 0
    try:
        for i, (expected, found) in enumerate(zip_longest(nested, flat)):
            if found is None:
                missing = 1 + sum(1 for _ in nested)
                return problems + [Problem(layer_files[-1] if layer_files else f"data/{layer}", expected[0]["id"], None,
                                           f"the table ends after {i:,} rows, short of {_plural(missing, 'row')} "
                                           f"of the articles' nested `{layer}`, from {layer}[{expected[1]}] on")]
            name, k, row = found
            if expected is None:
                extra = 1 + sum(1 for _ in flat)
                return problems + [Problem(name, row.get("article_id"), f"row {k}",
                                           f"{_plural(extra, 'row')} more than the articles' nested `{layer}` hold, "
                                           "from this one on")]
            record, j, truth = expected
            if row == truth:
                continue
            differing += 1
            if differing > MAX_DIFFERING_ROWS:
                return problems + [Problem(name, None, None, f"more rows differ from the nested `{layer}`; the "
                                                             f"first {MAX_DIFFERING_ROWS} are listed")]
            reasons = row_problems(layer, row, record["text"])
            for field in [f for f in truth if row.get(f) != truth[f]] + [f for f in row if f not in truth]:
                said = f"{row.get(field)!r}" + (f" ({reasons[field]})" if field in reasons else "")
                problems.append(Problem(name, record["id"], f"row {k}.{field}",
                                        f"{said} differs from the record's {layer}[{j}].{field} = {truth.get(field)!r} "
                                        "in the articles table, the source of truth"))
    except (pa.ArrowException, OSError) as e:
        return [Problem(f"data/{layer}", None, None, f"unreadable data: {e}")]
    return problems


def row_problems(layer: str, row: dict, text: str) -> dict[str, str]:
    """Field -> why a flat `layer` row's value is wrong in itself: against the schema, as a TIMEX3 value, or as a
    span of its article's `text`."""
    from .schema import validator

    reasons = {}
    node = {**record_schema()["properties"][layer]["items"], "additionalProperties": True}
    for error in validator().evolve(schema=node).iter_errors(row):
        reasons.setdefault(str(error.absolute_path[0]) if error.absolute_path else "(row)", error.message)
    if layer == "dates" and isinstance(row.get("type"), str) and isinstance(row.get("value"), str):
        if problem := timex_value_problem(row["type"], row["value"]):
            reasons.setdefault("value", problem)
    start, end = row.get("start"), row.get("end")
    if isinstance(start, int) and isinstance(end, int):
        if not 0 <= start < end <= len(text):
            for field in ("start", "end"):
                reasons.setdefault(field, f"[{start}, {end}) is not inside the article's text of {len(text)} code points")
        elif row.get("text") != text[start:end]:
            reasons.setdefault("text", f"the article's text[{start}:{end}] is {text[start:end]!r}")
    return reasons


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _records(path: Path) -> Iterator[dict]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        yield from records(pa.Table.from_batches([batch]))


def _rows(path: Path) -> Iterator[dict]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def _as_list(value) -> list[str]:
    return value if isinstance(value, list) else [value] if value else []


def _readable(path: Path) -> bool:
    try:
        pq.ParquetFile(path)
        return True
    except (pa.ArrowException, OSError):
        return False
