"""The dataset card (`corpus/README.md`): YAML configs and features derived from the schema, the text
of DATASET_CARD.md, and its `<!-- figure: NAME -->` lines replaced by figures computed from the data."""

from __future__ import annotations

import re
from importlib.resources import files

import yaml

from .. import __version__
from .licenses import card_license, redistributable
from .schema import record_schema
from .stats import CorpusStats
from .tables import TABLES, features_yaml

FIGURE = re.compile(r"^<!-- figure: (?P<name>[a-z_]+) -->$", re.MULTILINE)
SPLIT = "train"
HUB_REPO = "newscorpus/newscorpus"
TEMPLATE = "card_template.md"  # package data of newscorpus.dataset: the repository's DATASET_CARD.md
HUB_URL = f"https://huggingface.co/datasets/{HUB_REPO}"
TABLE_ROWS = {"articles": "one row per article, with its entities and dates nested",
              "entities": "one row per entity mention",
              "dates": "one row per temporal expression"}


def template() -> str:
    """The card text the package ships, for a corpus folder that has no `card.md` of its own."""
    return files(__package__).joinpath(TEMPLATE).read_text(encoding="utf-8")


def render(template: str, files: dict[str, list[str]], sizes: dict[str, int], stats: CorpusStats,
           quality: dict | None) -> str:
    """The whole card: front matter, then the template with every figure filled in."""
    figures = {
        "counts": counts_table(stats),
        "configs": configs_table(files, stats),
        "labels": distribution_table(stats.labels, "label", "mentions"),
        "date_types": distribution_table(stats.date_types, "TIMEX3 type", "expressions"),
        "published": published_range(stats),
        "undated": undated_share(stats),
        "components": components_table(stats),
        "licenses": licenses_table(stats),
        "fields": fields_table(),
        "quality": quality_tables(quality),
        "versions": versions(),
        "citation": citation_block(),
    }

    def figure(match: re.Match) -> str:
        if match["name"] not in figures:
            raise KeyError(f"DATASET_CARD.md asks for unknown figure {match['name']!r}; known: {sorted(figures)}")
        return figures[match["name"]]

    return "---\n" + yaml.safe_dump(front_matter(files, sizes, stats), sort_keys=False, allow_unicode=True) + "---\n\n" \
        + FIGURE.sub(figure, template)


def front_matter(files: dict[str, list[str]], sizes: dict[str, int], stats: CorpusStats) -> dict:
    """Hugging Face metadata: configs listing every file, features derived from the schema, split sizes."""
    rows = stats.counts()
    return {
        "pretty_name": "newscorpus",
        "language": ["en"],
        "license": card_license(stats.licenses),
        "task_categories": ["token-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["news", "timex3", "temporal-expressions", "named-entities"],
        "size_categories": [size_category(stats.articles)],
        "configs": [
            {"config_name": table, **({"default": True} if table == "articles" else {}),
             "data_files": [{"split": SPLIT, "path": files[table]}]}
            for table in TABLES
        ],
        "dataset_info": [
            {"config_name": table, "features": features_yaml(table),
             "splits": [{"name": SPLIT, "num_bytes": sizes[table], "num_examples": rows[table]}]}
            for table in TABLES
        ],
    }


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def counts_table(stats: CorpusStats) -> str:
    return table(["articles", "characters", "entity mentions", "date expressions"],
                 [[f"{stats.articles:,}", f"{stats.characters:,}", f"{stats.entities:,}", f"{stats.dates:,}"]])


def configs_table(files: dict[str, list[str]], stats: CorpusStats) -> str:
    rows = stats.counts()
    return table(["config", "rows", "what a row is", "files"],
                 [[f"`{name}`", f"{rows[name]:,}", TABLE_ROWS[name], len(files[name])] for name in TABLES])


def distribution_table(counter, key: str, unit: str) -> str:
    total = sum(counter.values()) or 1
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return table([key, unit, "share"], [[f"`{k}`", f"{v:,}", f"{v / total:.1%}"] for k, v in ranked])


def published_range(stats: CorpusStats) -> str:
    if not stats.published:
        return "No articles yet."
    months = sorted(stats.published)
    return f"Articles were published from {months[0]} to {months[-1]}, in {len(months)} distinct months."


def undated_share(stats: CorpusStats) -> str:
    if not stats.undated:
        return "Every article has its publication date."
    return (f"{stats.undated:,} of {stats.articles:,} articles ({stats.undated / stats.articles:.1%}) have no known "
            "publication date: their `published` is null, and their relative dates keep their unknown parts as X.")


def components_table(stats: CorpusStats) -> str:
    return table(["component", "model", "model version"],
                 [[f"`{name}`", model or "none", version or ""] for name, (model, version) in stats.components.items()])


def licenses_table(stats: CorpusStats) -> str:
    """The sources' licenses, their articles, and whether their raw texts may be published."""
    ranked = sorted(stats.licenses.items(), key=lambda kv: (-kv[1], kv[0] or ""))
    return table(["source license", "articles", "raw texts redistributable"],
                 [[license or "unknown (none given)", f"{n:,}", "yes" if redistributable(license) else "no"]
                  for license, n in ranked]) + "\n\nThe card's `license` is derived from these; `raw/` is published " \
        "only when every source's license permits redistribution."


def versions() -> str:
    return f"- **Dataset version:** {__version__}\n- **Record schema version:** {record_schema()['version']}"


def citation() -> str:
    """BibTeX entry for this version of the dataset."""
    return (f"@misc{{newscorpus_{__version__.replace('.', '_')},\n"
            f"  title = {{newscorpus: an annotated English news corpus}},\n"
            f"  version = {{{__version__}}},\n"
            f"  howpublished = {{\\url{{{HUB_URL}}}}},\n"
            f"  note = {{Record schema {record_schema()['version']}}}\n}}")


def citation_block() -> str:
    return f"```bibtex\n{citation()}\n```"


def fields_table() -> str:
    return table(["field", "type", "description"], list(_field_rows(record_schema())))


def _field_rows(node: dict, prefix: str = ""):
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        kind = sub["type"] if isinstance(sub["type"], str) else " or ".join(sub["type"])
        if sub.get("format"):
            kind += f" ({sub['format']})"
        if sub.get("enum"):
            kind += ": " + ", ".join(f"`{v}`" for v in sub["enum"])
        yield [f"`{path}`", kind, sub.get("description", "")]
        if sub.get("type") == "object":
            yield from _field_rows(sub, f"{path}.")
        elif sub.get("type") == "array" and sub["items"].get("type") == "object":
            yield from _field_rows(sub["items"], f"{path}[].")


def quality_tables(quality: dict | None) -> str:
    if not quality:
        return "Not measured yet: `newscorpus evaluate` writes `corpus/quality.json`, and the next build reports it here."
    corpora = quality["corpora"]
    dates = table(
        ["gold corpus", "documents", "gold TIMEX3", "strict F1", "relaxed F1", "type F1", "value F1"],
        [[name, c["documents"], c["dates"]["gold"]["all"],
          *(_percent(c["dates"]["systems"]["tagger"][metric]["f1"]) for metric in ("strict", "relaxed", "type", "value"))]
         for name, c in sorted(corpora.items()) if "dates" in c])
    definitions = quality["definitions"]
    entities = []
    for name, c in sorted(corpora.items()):
        if "entities" not in c:
            continue
        types = sorted(c["entities"]["systems"]["pipeline"]["per_type"])
        rows = []
        for system, label in (("bare_model", "bare spaCy model"), ("pipeline", "newscorpus pipeline")):
            scores = c["entities"]["systems"][system]
            rows.append([label, *(_percent(scores["overall"][m]) for m in ("precision", "recall", "f1")),
                         *(_percent(scores["per_type"][t]["f1"]) for t in types)])
        mapping = _label_mapping(c["entities"], definitions["entity_label_mapping"])
        entities.append(f"{name} ({c['documents']} documents, {c['entities']['gold']['all']:,} gold mentions; "
                        + ", ".join(f"{k}→{v}" for k, v in sorted(mapping.items())) + "):")
        entities.append(table(["annotator", "precision", "recall", "F1", *(f"{t} F1" for t in types)], rows))
    return "\n\n".join([
        "Measured by `newscorpus evaluate` on public gold corpora written by others (figures in percent; "
        "`quality.json` has the counts behind them).",
        f"**Dates** (`{quality['components'].get('tagger', {}).get('name', 'timex')}`). " + definitions["dates"], dates,
        "**Entities**. " + definitions["entities"] + " OntoNotes labels are mapped to each corpus's gold types as "
        "listed with its table. " + definitions["entity_labels_unmapped"], *entities,
    ])


def _label_mapping(figures: dict, mappings: dict) -> dict[str, str]:
    """The corpus's OntoNotes -> gold label mapping; a quality.json from before CoNLL-2003 had MEANTIME's alone."""
    if "scheme" not in figures:
        return mappings
    return mappings[figures["scheme"]]


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"
