import json
import subprocess
import sys

from paths import SCRIPTS

SCRIPT = SCRIPTS / "bench.py"


def test_a_quick_run_prints_every_figure(tmp_path):
    stories = [{"title": f"STORY {n}", "date": "1987-03-02T10:00:00",
                "body": f"Acme Corp of New York said on Friday it would buy\nBeta Inc for {n} mln dlrs. Reuter"}
               for n in range(6)] + [{"title": "NO BODY", "date": "1987-03-02T10:00:00", "body": None}]
    stories.insert(2, stories[1])  # a repeated text is annotated once, by the build and by bare nlp.pipe
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), "--input", str(source), "--limit", "6", "--json"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    for w in (1, 2):
        assert figures[f"workers_{w}"]["articles"] == 5
        assert figures[f"workers_{w}"]["words_per_s"] > figures[f"workers_{w}"]["articles_per_s"] > 0
        assert figures[f"workers_{w}"]["bare_pipe_seconds"] > 0
        assert figures[f"workers_{w}"]["peak_rss_mib"] > 100  # the model alone is more
    assert figures["tenth"]["limit"] == 1
    assert len(figures["add_one_article_runs"]) == 3
    assert 0 < figures["add_one_article_seconds"] < 60
    assert figures["add_one_article_seconds"] == sorted(figures["add_one_article_runs"])[1]
    assert figures["load_dataset_seconds"] > 0 and figures["read_parquet_seconds"] > 0


def test_help_says_what_it_measures():
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "--limit" in result.stdout and "bare nlp.pipe" in result.stdout
