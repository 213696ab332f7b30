import sys

from waiting import session, wait_for

from newscorpus.tools.bench import format_figures, process_tree, resident_bytes

MIB = 2**20
CHILD = "import time; memory = b'x' * (150 * 2**20); time.sleep(600)"  # a process holding 150 MiB until killed
PARENT = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {CHILD!r}])"


def test_the_memory_of_a_process_and_its_descendants():
    """The parent holds a few MiB and its child 150 MiB of its own, which, with no swap to go to, stay resident."""
    with session([sys.executable, "-c", PARENT]) as parent:
        def child_holding_150_mib():
            tree = process_tree(parent.pid)
            parent_bytes, child_bytes = resident_bytes({parent.pid}), resident_bytes(tree - {parent.pid})
            return child_bytes >= 150 * MIB and (tree, parent_bytes, child_bytes)

        tree, parent_bytes, child_bytes = wait_for(child_holding_150_mib, 120, "the child holding 150 MiB")
        assert len(tree) == 2 and parent.pid in tree
        assert 0 < parent_bytes < child_bytes
    wait_for(lambda: resident_bytes(tree) == 0, 60, "every one of them exited, holding nothing")


FIGURES = {"workers_1": {"articles": 10, "seconds": 11.0, "articles_per_s": 10 / 11, "words_per_s": 50 / 11,
                         "peak_rss_mib": 500.0, "bare_pipe_seconds": 10.0, "bare_pipe_articles_per_s": 1.0,
                         "over_bare_pipe": 1.1},
           "workers_2": {"articles": 10, "seconds": 6.5, "articles_per_s": 10 / 6.5, "words_per_s": 50 / 6.5,
                         "peak_rss_mib": 600.0, "bare_pipe_seconds": 5.0, "bare_pipe_articles_per_s": 2.0,
                         "over_bare_pipe": 1.3},
           "speedup": 11 / 6.5, "tenth": {"limit": 1, "peak_rss_mib": 560.0},
           "add_one_article_seconds": 5.0, "add_one_article_runs": [4.0, 5.0, 6.0],
           "load_dataset_seconds": 1.0, "read_parquet_seconds": 0.1}


def test_the_report_judges_every_figure_against_its_target():
    report = format_figures(FIGURES).splitlines()
    assert report[report.index("against the targets:") + 1:] == [
        "  1 worker against bare nlp.pipe: 1.10 x, target ≤ 1.25 x: met",
        "  2 workers against bare nlp.pipe: 1.30 x, target ≤ 1.25 x: MISSED",
        "  2 workers against 1: 1.69 x, target ≥ 1.8 x: MISSED",
        "  peak memory, 2 workers: 600.00 MiB, target ≤ 1,536 MiB: met",
        "  peak memory against a tenth of the set: 1.07 x, target ≤ 1.1 x: met",
        "  adding one article (median): 5.00 s, target < 5 s: MISSED",
    ]

