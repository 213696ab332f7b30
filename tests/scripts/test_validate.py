import subprocess
import sys

import pyarrow.parquet as pq
from paths import SCRIPTS

SCRIPT = SCRIPTS / "validate.py"


def run(path):
    return subprocess.run([sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True)


def test_valid_corpus_exits_0(built_corpus):
    result = run(built_corpus)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_each_problem_is_a_line_and_the_exit_status_is_1(corpus_copy):
    (path,) = (corpus_copy / "data" / "articles").glob("*.parquet")
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[0]["entities"][0]["label"] = "PERSONA"
    pq.write_table(table.from_pylist(rows, schema=table.schema), path)
    result = run(corpus_copy)
    assert result.returncode == 1
    assert f"data/articles/train-00000-of-00001.parquet: record {rows[0]['id']}: entities[0].label:" in result.stdout
