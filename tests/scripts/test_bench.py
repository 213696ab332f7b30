import json
import math
import sys

from paths import SCRIPTS
from waiting import run

from newscorpus.tools.bench import format_figures, targets

SCRIPT = SCRIPTS / "bench.py"


def well_formed(figure) -> bool:
    return isinstance(figure, float) and math.isfinite(figure) and figure > 0


def test_a_quick_run_prints_every_figure(tmp_path):
    """Every figure is there and well-formed, and those that stand in a guaranteed relation do; how large a time or a
    memory sample is depends on the machine's load, and is judged against the targets in the report, not here."""
    stories = [{"title": f"STORY {n}", "date": "1987-03-02T10:00:00",
                "body": f"Acme Corp of New York said on Friday it would buy\nBeta Inc for {n} mln dlrs. Reuter"}
               for n in range(6)] + [{"title": "NO BODY", "date": "1987-03-02T10:00:00", "body": None}]
    stories.insert(2, stories[1])  # a repeated text is annotated once, by the build and by bare nlp.pipe
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    result = run([sys.executable, str(SCRIPT), "--input", str(source), "--limit", "6", "--json"], timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    for w in (1, 2):
        f = figures[f"workers_{w}"]
        assert f["articles"] == 5
        for name in ("seconds", "articles_per_s", "words_per_s", "peak_rss_mib", "bare_pipe_seconds",
                     "bare_pipe_articles_per_s", "over_bare_pipe"):
            assert well_formed(f[name]), (w, name, f[name])
        assert f["words_per_s"] > f["articles_per_s"]  # every article has more than one word, in the same time
        assert math.isclose(f["articles_per_s"] * f["seconds"], 5)
        assert math.isclose(f["over_bare_pipe"], f["seconds"] / f["bare_pipe_seconds"])
    assert math.isclose(figures["speedup"], figures["workers_1"]["seconds"] / figures["workers_2"]["seconds"])
    assert figures["tenth"]["limit"] == 1 and well_formed(figures["tenth"]["peak_rss_mib"])
    assert len(figures["add_one_article_runs"]) == 3 and all(map(well_formed, figures["add_one_article_runs"]))
    assert figures["add_one_article_seconds"] == sorted(figures["add_one_article_runs"])[1]
    assert well_formed(figures["load_dataset_seconds"]) and well_formed(figures["read_parquet_seconds"])
    assert figures["shards"] >= 1 and figures["row_groups"] >= figures["shards"]

    report = format_figures(figures).splitlines()
    verdicts = report[report.index("against the targets:") + 1:]
    assert [line.split(":")[0].strip() for line in verdicts] == [name for name, *_ in targets(figures)]
    assert all(line.endswith((": met", ": MISSED")) for line in verdicts), verdicts


def test_help_says_what_it_measures():
    result = run([sys.executable, str(SCRIPT), "--help"], timeout=120)
    assert result.returncode == 0 and "--limit" in result.stdout and "bare nlp.pipe" in result.stdout
