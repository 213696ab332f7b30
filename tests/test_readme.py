"""The README's recipes, run as a reader would paste them, against a small corpus built here."""

import ast
import json
import re
import shutil

import datasets
import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from paths import REPO, SHARED

from newscorpus.build import build
from newscorpus.dataset.card import HUB_REPO

RECIPE = re.compile(r"^```(?P<language>python|sql)\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
RECIPES = [(m["language"], m["code"]) for m in RECIPE.finditer((REPO / "README.md").read_text(encoding="utf-8"))]
STORIES = [  # (title, text): each date kind the pandas recipe must tell apart from a year
    ("Prices keep rising", "Prices are rising now, faster than in the past, and officials will act in the future."),
    ("Sales fell in 2018", "Sales in 2018 fell, Angela Merkel said in Berlin on Monday, before the deal of May 2."),
    ("A meeting in Paris", "Emmanuel Macron met Angela Merkel in Paris in March 2019 to discuss the budget."),
]


def recipe(*words: str) -> tuple[str, str]:
    (found,) = [(language, code) for language, code in RECIPES if all(word in code for word in words)]
    return found


def run(code: str, namespace: dict):
    """Run `code` as pasted into a Python prompt; the value of its last line if that is an expression."""
    tree = ast.parse(code)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "README.md", "exec"), namespace)
    return eval(compile(ast.Expression(last.value), "README.md", "eval"), namespace) if last else None


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder holding `corpus/`, built from the seed page and a few stories, as the recipes expect."""
    folder = tmp_path_factory.mktemp("reader")
    (folder / "corpus" / "raw").mkdir(parents=True)
    shutil.copy(SHARED / "seed" / "000_31b2d9bdfaee5fb9.txt", folder / "corpus" / "raw")
    rows = [{"title": title, "text": text, "published": "2020-03-02"} for title, text in STORIES]
    (folder / "corpus" / "raw" / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build(folder / "corpus")
    return folder


@pytest.fixture
def reader(folder, monkeypatch, tmp_path):
    monkeypatch.chdir(folder)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf-cache")
    return folder


def test_every_recipe_is_run_here():
    handled = [recipe("load_dataset(\"corpus\""), recipe(HUB_REPO), recipe("pd.read_parquet"), recipe("SELECT"),
               recipe("newscorpus.annotate("), recipe("SlurmPipelineExecutor")]
    assert sorted(handled) == sorted(RECIPES)


def test_the_recipes_are_valid_python():
    for language, code in RECIPES:
        if language == "python":
            ast.parse(code)


def test_the_pandas_recipe_counts_years_only(reader):
    dates = pd.read_parquet("corpus/data/dates")
    assert {"PRESENT_REF", "PAST_REF", "FUTURE_REF"} <= set(dates.value)  # the corpus has what fooled the old recipe
    years = run(recipe("pd.read_parquet")[1], {})
    # the seed: May 2, April 11, October 2019, September 12 and December 2017, November 2016; the stories: 2018 (in
    # a title and its text), Monday and May 2 of 2020, March 2019; the PRESENT_REF, PAST_REF and FUTURE_REF none
    assert years.to_dict() == {"2019": 4, "2017": 2, "2018": 2, "2020": 2, "2016": 1}
    assert years.is_monotonic_decreasing


def test_the_duckdb_query_runs_with_duckdb_sql(reader):
    rows = duckdb.sql(recipe("SELECT")[1]).fetchall()
    people = {(text, published.isoformat()) for published, text, _ in rows}
    assert {label for *_, label in rows} == {"PERSON"}
    assert {("Angela Merkel", "2020-03-02"), ("Emmanuel Macron", "2020-03-02"), ("George Kent", "2019-05-03")} <= people
    assert [published for published, *_ in rows] == sorted(published for published, *_ in rows)
    entities = pq.read_table("corpus/data/entities").to_pylist()
    assert len(rows) == sum(e["label"] == "PERSON" for e in entities)


def test_load_dataset_reads_the_folder(reader):
    namespace = {}
    run(recipe("load_dataset(\"corpus\"")[1], namespace)
    assert namespace["articles"].num_rows == 1 + len(STORIES)
    assert namespace["mentions"].num_rows == pq.read_table("corpus/data/entities").num_rows
    assert set(namespace["mentions"].column_names) >= {"article_id", "text", "label"}


def test_the_hub_recipe_names_the_repository_and_a_release_tag():
    (call,) = [node for node in ast.walk(ast.parse(recipe(HUB_REPO)[1])) if isinstance(node, ast.Call)]
    assert call.args[0].value == HUB_REPO
    assert re.fullmatch(r"v\d+\.\d+\.\d+", {k.arg: k.value.value for k in call.keywords}["revision"])


def test_annotate_gives_what_the_readme_shows():
    code = recipe("newscorpus.annotate(")[1]
    shown = ast.literal_eval(re.search(r"'dates': (\[.*\])\}", code)[1])
    assert run(code, {})["dates"] == shown
