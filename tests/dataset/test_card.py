import json
import re

import pytest
import yaml
from paths import CORPUS, FIXTURES

import newscorpus
from newscorpus.dataset import card
from newscorpus.dataset.card import FIGURE, citation, render
from newscorpus.dataset.croissant import RAI_SECTIONS, section
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.schema import schema_version
from newscorpus.dataset.stats import CorpusStats

FIXTURE = FIXTURES / "record_v1.0.0.json"
TEMPLATE = card.template()
FILES = {t: [f"data/{t}/train-00000-of-00001.parquet"] for t in ("articles", "entities", "dates")}
SIZES = {"articles": 1, "entities": 1, "dates": 1}
# the sections of the Hugging Face dataset card template, as this card names them
HF_TEMPLATE_SECTIONS = [
    "Dataset description", "Dataset sources", "Uses", "Direct use", "Out-of-scope use", "Dataset structure",
    "Dataset creation", "Curation rationale", "Source data", "Data collection and processing",
    "Who are the source data producers?", "Annotations", "Annotation process", "Who are the annotators?",
    "Personal and sensitive information", "Bias, risks and limitations", "Recommendations", "Licensing",
    "Citation", "Maintenance and versions",
]
DATASHEET_QUESTIONS = ["For what purpose was the dataset created?", "What do the instances represent?",
                       "How many instances are there?", "Is any information missing from individual instances?",
                       "Are there recommended data splits?", "Is the dataset self-contained?",
                       "Was the raw data saved in addition to the cleaned data?",
                       "Who maintains it, and how can they be contacted?",
                       "Will older versions continue to be available?", "Can others contribute?"]


def stats_of(*records: dict) -> CorpusStats:
    stats = CorpusStats()
    for record in records:
        stats.add(record)
    return stats


@pytest.fixture
def record() -> dict:
    return upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.mark.parametrize("title", HF_TEMPLATE_SECTIONS + list(RAI_SECTIONS.values()))
def test_the_card_has_every_section(title, record):
    assert section(render(TEMPLATE, FILES, SIZES, stats_of(record), None), title).strip()


@pytest.mark.parametrize("question", DATASHEET_QUESTIONS)
def test_the_card_answers_the_datasheet_questions(question):
    assert f"**{question}**" in section(TEMPLATE, "Datasheet")


def test_every_figure_line_is_filled_in(record):
    card = render(TEMPLATE, FILES, SIZES, stats_of(record), None)
    assert FIGURE.findall(TEMPLATE) and not FIGURE.search(card)
    assert "<!-- figure" not in card


def test_figures_come_from_the_data(record):
    second = {**record, "id": "0" * 16, "published": "2020-01-31",
              "entities": record["entities"][:2], "dates": []}
    one = render(TEMPLATE, FILES, SIZES, stats_of(record), None)
    two = render(TEMPLATE, FILES, SIZES, stats_of(record, second), None)
    assert f"| 1 | {len(record['text'])} | 10 | 3 |" in one
    assert f"| 2 | {2 * len(record['text'])} | 12 | 3 |" in two
    assert "from 2019-05 to 2019-05, in 1 distinct months" in one
    assert "from 2019-05 to 2020-01, in 2 distinct months" in two
    assert "| `GPE` | 5 | 50.0% |" in one and "| `GPE` | 7 | 58.3% |" in two
    assert "| `DATE` | 3 | 100.0% |" in one


def test_the_card_states_the_versions_and_cites_this_version(record):
    card = render(TEMPLATE, FILES, SIZES, stats_of(record), None)
    assert f"**Dataset version:** {newscorpus.__version__}" in card
    assert f"**Record schema version:** {schema_version()}" in card
    assert citation() in card and f"version = {{{newscorpus.__version__}}}" in citation()


def test_the_front_matter_is_hugging_face_yaml(record):
    card = render(TEMPLATE, FILES, SIZES, stats_of(record), None)
    meta = yaml.safe_load(card.split("---\n")[1])
    assert [c["config_name"] for c in meta["configs"]] == ["articles", "entities", "dates"]
    assert meta["dataset_info"][0]["splits"] == [{"name": "train", "num_bytes": 1, "num_examples": 1}]


def test_an_unknown_figure_is_an_error(record):
    with pytest.raises(KeyError, match="unknown figure 'nope'"):
        render(TEMPLATE + "\n<!-- figure: nope -->\n", FILES, SIZES, stats_of(record), None)


def test_the_template_types_no_figure_about_the_data():
    prose = re.sub(r"```.*?```|<!--.*?-->", "", TEMPLATE, flags=re.DOTALL)
    assert not re.search(r"\b\d[\d,]*\s+(articles|mentions|expressions|records|entities)\b", prose)


def test_the_annotation_process_names_every_component_of_the_pipeline(tmp_path):
    from newscorpus.build.pipeline import Pipeline

    process = section(TEMPLATE, "Annotation process")
    for name in Pipeline.default(curation=tmp_path).components():
        assert f"(`{name}`)" in process


def test_the_cards_license_and_license_table_come_from_the_sources():
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    licensed = [json.loads(json.dumps(record)) for _ in range(3)]
    for copy, license in zip(licensed, ["CC-BY-4.0", "CC-BY-4.0", "All rights reserved"], strict=True):
        copy["source"]["license"] = license  # records of schema 2.1.0 carry it; stats read it where present
    rendered = render(TEMPLATE, FILES, SIZES, stats_of(*licensed), None)
    assert yaml.safe_load(rendered.split("---\n")[1])["license"] == ["cc-by-4.0", "other"]
    assert "| CC-BY-4.0 | 2 | yes |" in rendered and "| All rights reserved | 1 | no |" in rendered
    unknown = render(TEMPLATE, FILES, SIZES, stats_of(record), None)
    assert yaml.safe_load(unknown.split("---\n")[1])["license"] == "unknown"
    assert "| unknown (none given) | 1 | no |" in unknown


def test_the_quality_section_names_the_date_tagger_that_was_measured():
    quality = json.loads((CORPUS / "quality.json").read_text(encoding="utf-8"))
    quality["components"]["tagger"]["name"] = "timex_v9"
    assert "**Dates** (`timex_v9`)." in card.quality_tables(quality)


def test_quality_has_a_table_of_each_entity_corpus_with_its_own_labels():
    import datetime as dt

    from newscorpus.evaluate import GoldDocument, System, evaluate

    text = "Apple hired Germans in Berlin."
    gold = [{"start": 0, "end": 5, "text": "Apple", "label": "ORG", "syntactic_type": "NAM"},
            {"start": 12, "end": 19, "text": "Germans", "label": "MISC", "syntactic_type": None},
            {"start": 23, "end": 29, "text": "Berlin", "label": "LOC", "syntactic_type": "NAM"}]
    meantime = GoldDocument("m1", text, dt.date(2008, 3, 1), dates=[], entities=[g for g in gold if g["syntactic_type"]])
    conll = GoldDocument("c1", text, None, entities=gold, scheme="conll2003")
    output = {"dates": [], "entities": [{**g, "label": label} for g, label in zip(gold, ("ORG", "NORP", "GPE"))]}
    system = System(lambda text, published: output, {})
    systems = {"dates": {"tagger": system}, "entities": {"bare_model": system, "pipeline": system}}
    quality = evaluate({"meantime": [meantime], "conll2003-dev": [conll]}, systems).quality
    tables = card.quality_tables(json.loads(json.dumps(quality)))
    conll_part = tables[tables.index("conll2003-dev ("):tables.index("meantime (")]
    meantime_part = tables[tables.index("meantime ("):]
    assert "| MISC F1 |" in conll_part and "NORP→MISC" in conll_part and "PRO F1" not in conll_part
    assert "| PRO F1 |" in meantime_part and "MISC" not in meantime_part
    assert "| newscorpus pipeline | 100.0 | 100.0 | 100.0 |" in conll_part
