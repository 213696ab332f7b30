"""`croissant.json`: the dataset described in ML Commons Croissant 1.0 with its Responsible-AI fields.

Record sets and fields are derived from the record schema, files are listed with their SHA-256, and the
RAI texts are sections of the rendered dataset card, so the two documents never tell different stories.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .. import __version__
from ..folder import CROISSANT, DATA, README
from .card import HUB_URL, citation
from .stats import CorpusStats
from .tables import TABLES, table_node

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
PARQUET = "application/x-parquet"
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
DATA_TYPES = {"string": "sc:Text", "date": "sc:Date", "integer": "sc:Integer", "number": "sc:Float",
              "boolean": "sc:Boolean"}
# RAI property -> the dataset card section that answers it
RAI_SECTIONS = {
    "rai:dataCollection": "Data collection and processing",
    "rai:dataCollectionRawData": "Who are the source data producers?",
    "rai:dataPreprocessingProtocol": "Normalization",
    "rai:dataAnnotationProtocol": "Annotation process",
    "rai:annotatorDemographics": "Who are the annotators?",
    "rai:dataAnnotationAnalysis": "Annotation quality",
    "rai:dataUseCases": "Direct use",
    "rai:dataBiases": "Bias",
    "rai:dataLimitations": "Risks and limitations",
    "rai:dataSocialImpact": "Social impact",
    "rai:personalSensitiveInformation": "Personal and sensitive information",
    "rai:dataReleaseMaintenancePlan": "Maintenance and versions",
}
_HEADING = re.compile(r"^(?P<level>#+) (?P<title>.+)$", re.MULTILINE)


def write_croissant(folder: Path, files: dict[str, list[str]], stats: CorpusStats, hashes: dict[str, str]) -> None:
    """Write `croissant.json` for the dataset in `folder`, whose card `README.md` is already rendered; `hashes`:
    the SHA-256 of every file listed."""
    card = (folder / README).read_text(encoding="utf-8")
    description = croissant(card, hashes, files, stats)
    (folder / CROISSANT).write_text(json.dumps(description, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def croissant(card: str, hashes: dict[str, str], files: dict[str, list[str]], stats: CorpusStats) -> dict:
    """The Croissant JSON-LD of a dataset: its card text, its files' SHA-256, its tables and its figures."""
    months = sorted(stats.published)
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": "newscorpus",
        "description": section(card, "Dataset description"),
        "version": __version__,
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "url": HUB_URL,
        "citeAs": citation(),
        "inLanguage": "en",
        "keywords": ["news", "named entities", "TIMEX3", "temporal expressions"],
        "distribution": distribution(hashes, files),
        "recordSet": record_sets(),
        "rai:dataCollectionType": ["Web Scraping", "Software Collection"],
        **({"rai:dataCollectionTimeFrame": [f"{months[0]}-01", f"{months[-1]}-01"]} if months else {}),
        "rai:machineAnnotationTools": [f"{name} ({model} {version})" if model else name
                                       for name, (model, version) in stats.components.items()],
        **{key: section(card, heading) for key, heading in RAI_SECTIONS.items()},
    }


def distribution(hashes: dict[str, str], files: dict[str, list[str]]) -> list[dict]:
    """One FileObject per Parquet file, with its SHA-256, and one FileSet per table that the records are read from."""
    objects = [{"@type": "cr:FileObject", "@id": name, "name": name, "contentUrl": name,
                "encodingFormat": PARQUET, "sha256": hashes[name]}
               for table in TABLES for name in files[table]]
    sets = [{"@type": "cr:FileSet", "@id": _file_set(table), "name": _file_set(table),
             "description": f"The Parquet files of the `{table}` table.",
             "encodingFormat": PARQUET, "includes": f"data/{table}/*.parquet"}
            for table in TABLES]
    return objects + sets


def record_sets() -> list[dict]:
    """One RecordSet per table, its fields derived from the record schema."""
    return [{"@type": "cr:RecordSet", "@id": table, "name": table,
             "description": _table_description(table),
             "field": [_field(table, [name], node) for name, node in table_node(table)["properties"].items()]}
            for table in TABLES]


def _field(table: str, path: list[str], node: dict) -> dict:
    kind = _kind(node)
    items = node["items"] if kind == "array" else None
    inner = items if items is not None else node
    field = {"@type": "cr:Field", "@id": "/".join([table, *path]), "name": path[-1]}
    if node.get("description"):
        field["description"] = node["description"]
    if items is not None:
        field["repeated"] = True
    if _kind(inner) == "object":
        field["subField"] = [_field(table, [*path, name], sub) for name, sub in inner["properties"].items()]
    else:
        field["dataType"] = DATA_TYPES["date" if inner.get("format") == "date" else _kind(inner)]
        field["source"] = {"fileSet": {"@id": _file_set(table)}, "extract": {"column": path[0]},
                           **({"transform": [{"jsonPath": part} for part in path[1:]]} if len(path) > 1 else {})}
    return field


def _kind(node: dict) -> str:
    kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
    return next(k for k in kinds if k != "null")


def _file_set(table: str) -> str:
    return f"{table}-parquet"


def _table_description(table: str) -> str:
    if table == "articles":
        return "One row per article, with its entity mentions and dates nested."
    return f"One row per item of the articles' `{table}`, with the `article_id` of its article."


def section(card: str, title: str) -> str:
    """The text under the card heading `title` (up to the next heading of the same or a higher level)."""
    headings = list(_HEADING.finditer(card))
    for i, heading in enumerate(headings):
        if heading["title"].strip().lower() == title.lower():
            level = len(heading["level"])
            end = next((h.start() for h in headings[i + 1:] if len(h["level"]) <= level), len(card))
            return re.sub(r"<!--.*?-->", "", card[heading.end():end], flags=re.DOTALL).strip()
    raise KeyError(f"the dataset card has no section {title!r}")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(2**20):
            digest.update(chunk)
    return digest.hexdigest()


def croissant_problems(corpus: Path) -> list[tuple[str, str]]:
    """(file, problem) for every way `croissant.json` disagrees with the files and the schema of `corpus`."""
    path = corpus / CROISSANT
    if not path.exists():
        return [(CROISSANT, "missing: the Croissant description of the dataset")]
    try:
        description = json.loads(path.read_text(encoding="utf-8"))
        listed = {d["contentUrl"]: d.get("sha256") for d in description["distribution"]
                  if d.get("@type") == "cr:FileObject"}
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
        return [(CROISSANT, f"unreadable: {e}")]
    problems = []
    on_disk = {p.relative_to(corpus).as_posix() for table in TABLES for p in (corpus / DATA / table).glob("*.parquet")}
    for name in sorted(set(listed) - on_disk):
        problems.append((CROISSANT, f"lists {name}, which does not exist"))
    for name in sorted(on_disk - set(listed)):
        problems.append((name, f"not listed in {CROISSANT}"))
    for name in sorted(on_disk & set(listed)):
        if (actual := sha256(corpus / name)) != listed[name]:
            problems.append((name, f"SHA-256 is {actual}, {CROISSANT} says {listed[name]}"))
    if description.get("recordSet") != record_sets():
        problems.append((CROISSANT, "record sets do not match the fields derived from the schema"))
    return problems
