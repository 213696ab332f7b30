"""The `newscorpus` command, each subcommand through `main` as the console script calls it."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from paths import REPO, SHARED
from releasing import released

from newscorpus import cli
from newscorpus.evaluate import System

SEED = SHARED / "seed" / "000_31b2d9bdfaee5fb9.txt"
TML = """<TimeML><DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT></TimeML>"""


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """`newscorpus init news`, the seed page in news/raw/, `newscorpus build news`, in an empty folder."""
    folder = tmp_path_factory.mktemp("cli") / "news"
    assert cli.main(["init", str(folder)]) == 0
    shutil.copy(SEED, folder / "raw")
    assert cli.main(["build", str(folder)]) == 0
    return folder


def test_init_makes_the_folders_the_card_and_the_gitignore_and_keeps_what_exists(tmp_path, capsys):
    assert cli.main(["init", str(tmp_path / "news")]) == 0
    assert sorted(p.name for p in (tmp_path / "news").iterdir()) == [".gitignore", "card.md", "curation", "raw"]
    assert ".cache/" in (tmp_path / "news" / ".gitignore").read_text().split()
    assert f"created {tmp_path / 'news' / 'raw'}" in capsys.readouterr().out
    (tmp_path / "news" / "card.md").write_text("# my news\n")
    assert cli.main(["init", str(tmp_path / "news")]) == 0
    assert (tmp_path / "news" / "card.md").read_text() == "# my news\n"
    assert capsys.readouterr().out == ""


def test_build_writes_a_dataset_that_validates(news, capsys):
    assert pq.read_table(news / "data" / "articles").num_rows == 1
    assert "# newscorpus" in (news / "README.md").read_text()  # the card.md that init wrote
    assert cli.main(["validate", str(news)]) == 0
    assert capsys.readouterr().err == f"{news}: valid\n"


def test_build_without_raw_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["build", str(tmp_path)]) == 2
    assert "no raw/ folder" in capsys.readouterr().err


def test_validate_exits_1_on_a_truncated_shard_naming_the_file(news, tmp_path, capsys):
    broken = shutil.copytree(news, tmp_path / "broken")
    (shard,) = (broken / "data" / "articles").glob("*.parquet")
    shard.write_bytes(shard.read_bytes()[:-100])
    assert cli.main(["validate", str(broken)]) == 1
    captured = capsys.readouterr()
    assert f"data/articles/{shard.name}" in captured.out
    assert captured.err.endswith(" problems\n")


def test_validate_counts_one_problem_and_two_problems(news, tmp_path, capsys):
    broken = shutil.copytree(news, tmp_path / "broken")
    card = broken / "README.md"
    card.write_text(card.read_text().replace("num_examples: 1\n", "num_examples: 7\n", 1))  # the articles' count
    assert cli.main(["validate", str(broken)]) == 1
    assert capsys.readouterr().err == f"{broken}: 1 problem\n"
    card.write_text(re.sub(r"num_bytes: \d+", "num_bytes: 1", card.read_text(), count=1))
    assert cli.main(["validate", str(broken)]) == 1
    assert capsys.readouterr().err == f"{broken}: 2 problems\n"


def test_validate_of_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["validate", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_annotate_reads_standard_input_and_prints_json(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Talks resumed on Tuesday in Ankara."))
    assert cli.main(["annotate", "--published", "2019-05-03"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["value"]) for d in output["dates"]] == [("Tuesday", "2019-04-30")]
    assert ("Ankara", "GPE") in [(e["text"], e["label"]) for e in output["entities"]]


def test_annotate_rejects_a_published_date_that_is_not_one(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["annotate", "--published", "May 3"])
    assert exit_.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_report_writes_the_site(news, tmp_path, capsys):
    assert cli.main(["report", str(news), "--out", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert "article pages" in capsys.readouterr().out


@pytest.fixture
def gold(monkeypatch, tmp_path):
    nothing = System(lambda text, published: {"dates": [], "entities": []}, {"name": "nothing"})
    monkeypatch.setattr("newscorpus.evaluate.default_systems",
                        lambda tasks: {task: {"nothing": nothing} for task in tasks})
    folder = tmp_path / "gold" / "timebank-aquaint" / "TimeBank"
    folder.mkdir(parents=True)
    for doc_id in ("a", "b"):
        (folder / f"{doc_id}.tml").write_text(TML.format(doc_id=doc_id))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "gold"


def test_evaluate_partial_run_prints_the_table_and_errors_but_writes_only_where_told(gold, tmp_path, capsys):
    assert cli.main(["evaluate", "--gold", str(gold), "--corpus", "timebank", "--limit", "1", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "timebank/a" in out and 'missed 3-12 "Wednesday"' in out
    assert "timebank/b" not in out
    assert out.splitlines()[-1].split()[:5] == ["timebank", "1", "dates", "nothing", "value"]
    assert not (tmp_path / "corpus" / "quality.json").exists()

    output = tmp_path / "out.json"
    cli.main(["evaluate", "--gold", str(gold), "--corpus", "timebank", "--output", str(output)])
    assert json.loads(output.read_text())["corpora"]["timebank"]["documents"] == 2


def test_publish_dry_run_lists_the_files_and_uploads_nothing(news, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HF_TOKEN", "")
    corpus = released(Path(shutil.copytree(news, tmp_path / "repo" / "corpus")).parent)
    code = cli.main(["publish", str(corpus), "--dry-run"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "would upload README.md" in captured.out and "dry run (--dry-run)" in captured.err
    assert "would upload raw/" not in captured.out and "raw/000_31b2d9bdfaee5fb9.txt: unknown license" in captured.err


def test_publish_of_a_folder_that_is_not_a_release_fails_with_exit_1(news, capsys):
    assert cli.main(["publish", str(news), "--dry-run"]) == 1
    assert "is not in a git repository" in capsys.readouterr().err


def test_release_of_a_version_that_is_not_one_fails_with_exit_1(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.0.0"\n')
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n")
    assert cli.main(["release", "banana"]) == 1
    assert capsys.readouterr().err.startswith("release failed: ")


@pytest.mark.parametrize("command", ["init", "build", "validate", "annotate", "report", "evaluate", "bench",
                                     "release", "publish"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: newscorpus {command}")


def test_no_command_or_an_unknown_one_is_a_usage_error(capsys):
    assert cli.main([]) == 2
    with pytest.raises(SystemExit) as exit_:
        cli.main(["frobnicate"])
    assert exit_.value.code == 2


def test_python_dash_m_and_the_scripts_are_the_same_command():
    module = subprocess.run([sys.executable, "-m", "newscorpus", "validate", "--help"], capture_output=True, text=True)
    script = subprocess.run([sys.executable, str(REPO / "scripts" / "validate.py"), "--help"], capture_output=True,
                            text=True)
    assert module.returncode == script.returncode == 0
    assert module.stdout == script.stdout and module.stdout.startswith("usage: newscorpus validate")


def test_build_published_dates_every_input_that_gives_no_date(tmp_path, capsys):
    folder = tmp_path / "news"
    assert cli.main(["init", str(folder)]) == 0
    (folder / "raw" / "a.txt").write_text("Talks resume\n\nTalks resumed on Tuesday in Ankara, officials said.")
    (folder / "raw" / "b.txt").write_text("Talks end\n\nTalks ended on Friday in Ankara, officials said.")
    (folder / "raw" / "b.txt.meta.json").write_text('{"published": "2019-06-01"}')
    assert cli.main(["build", str(folder), "--published", "2019-05-03"]) == 0
    rows = pq.read_table(folder / "data" / "articles").to_pylist()
    assert sorted((r["title"], r["published"].isoformat()) for r in rows) == [("Talks end", "2019-06-01"),
                                                                             ("Talks resume", "2019-05-03")]
    dates = {d["text"]: d["value"] for r in rows for d in r["dates"]}
    assert dates == {"Tuesday": "2019-04-30", "Friday": "2019-05-31"}


@pytest.fixture
def ctrl_c():
    """Ctrl-C as at a terminal, even when the tests run in the background, where the shell ignores SIGINT."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_at_any_moment_of_a_command_is_one_line_and_exit_130(monkeypatch, capsys, ctrl_c, signum):
    """Even before a build has set anything up (importing, taking the lock), Ctrl-C or SIGTERM is no traceback."""
    monkeypatch.setattr(cli, "main", lambda argv: os.kill(os.getpid(), signum))
    with pytest.raises(SystemExit) as exited:
        cli.run(["validate", "corpus"])
    assert exited.value.code == 130
    assert capsys.readouterr().err == "interrupted: run again to resume\n"
    assert signal.getsignal(signal.SIGTERM) is not cli._interrupt  # the handler is the command's only
