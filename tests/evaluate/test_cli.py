import importlib.util
import json
from pathlib import Path

import pytest

from newscorpus.evaluate import System

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "evaluate.py"
TML = """<TimeML><DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT></TimeML>"""


@pytest.fixture
def cli(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("evaluate_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    nothing = System(lambda text, published: {"dates": [], "entities": []}, {"name": "nothing"})
    monkeypatch.setattr(module, "default_systems", lambda tasks: {task: {"nothing": nothing} for task in tasks})
    monkeypatch.setattr(module, "QUALITY", tmp_path / "quality.json")
    for doc_id in ("a", "b"):
        (tmp_path / f"{doc_id}.tml").write_text(TML.format(doc_id=doc_id))
    return module


def test_help_exits_cleanly(cli, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    assert "--limit" in capsys.readouterr().out


def test_partial_run_prints_the_table_and_errors_but_writes_only_where_told(cli, tmp_path, capsys):
    assert cli.main(["--corpus", "timebank", "--timebank-dir", str(tmp_path), "--limit", "1", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "timebank/a" in out and 'missed 3-12 "Wednesday"' in out
    assert "timebank/b" not in out
    assert out.splitlines()[-1].split()[:5] == ["timebank", "1", "dates", "nothing", "value"]
    assert not cli.QUALITY.exists()

    output = tmp_path / "out.json"
    cli.main(["--corpus", "timebank", "--timebank-dir", str(tmp_path), "--output", str(output)])
    assert json.loads(output.read_text())["corpora"]["timebank"]["documents"] == 2
