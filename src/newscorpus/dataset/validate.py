"""validate(corpus) -> problems: every check a built dataset must pass, each problem naming file, record and field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from .checks import record_problems
from .croissant import croissant_problems
from .parquet import arrow_bytes
from .tables import LAYERS, TABLES, arrow_schema, features_yaml, records, rows

BATCH_ROWS = 2_000


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
    """The flat `layer` table holds exactly the articles' nested `layer`, in the same order."""
    nested = (row for name in article_files for row in rows(layer, _records(corpus / name)))
    flat = ((name, row) for name in layer_files for row in _rows(corpus / name))
    try:
        for i, (expected, found) in enumerate(zip_longest(nested, flat)):
            if expected is None or found is None or expected != found[1]:
                name = found[0] if found else layer_files[-1] if layer_files else f"data/{layer}"
                rid = (found[1] if found else expected)["article_id"]
                return [Problem(name, rid, f"row {i}", f"differs from the nested `{layer}` of the articles table: "
                                                       f"expected {expected}, found {found[1] if found else None}")]
    except (pa.ArrowException, OSError) as e:
        return [Problem(f"data/{layer}", None, None, f"unreadable data: {e}")]
    return []


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
