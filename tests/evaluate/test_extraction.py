"""The article-extraction metric, as the benchmark defines it, and `newscorpus evaluate --extraction`."""

import gzip
import json

import pytest
from news_pages import PARAGRAPHS, news_page

from newscorpus.cli import main
from newscorpus.evaluate.extraction import GoldPage, load_pages, page_counts, score, shingles


def test_shingles_are_word_4_grams_counted():
    assert shingles("a b c d a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1,
                                           ("d", "a", "b", "c"): 1}
    assert shingles("only three words") == {("only", "three", "words"): 1}
    assert shingles("") == {}


def test_page_counts_are_normalized_to_sum_one():
    gold = "one two three four five six"  # 3 shingles
    assert page_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts(gold, "one two three four five")  # 2 of 3 shingles, none spurious
    assert (tp, fp, fn) == pytest.approx((2 / 3, 0, 1 / 3))
    tp, fp, fn = page_counts(gold, "one two three four five six seven eight")  # 3 right, 2 spurious
    assert (tp, fp, fn) == pytest.approx((3 / 5, 2 / 5, 0))


def test_precision_and_recall_are_averaged_over_pages_before_f1():
    pages = [GoldPage("a", "", "one two three four five six", None), GoldPage("b", "", "w x y z", None)]
    outputs = {"a": "one two three four five six seven eight", "b": ""}  # a: P 3/5 R 1; b: nothing found
    scores = score(pages, lambda page: outputs[page.key])
    assert scores.precision == pytest.approx((3 / 5 + 0) / 2)
    assert scores.recall == pytest.approx((1 + 0) / 2)
    assert scores.f1 == pytest.approx(2 * 0.3 * 0.5 / 0.8)


def dev_set(folder, pages: dict[str, tuple[str, str]]):
    (folder / "html").mkdir(parents=True)
    for key, (html, _) in pages.items():
        (folder / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    truth = {key: {"articleBody": body, "url": f"https://example.org/{key}"} for key, (_, body) in pages.items()}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_evaluate_extraction_scores_the_dev_pages(tmp_path, capsys):
    dev_set(tmp_path / "article-extraction-dev", {"ferry": (news_page(), "\n".join(PARAGRAPHS)),
                                                  "nothing": ("<html><body><p>Not found</p></body></html>", "x y z w")})
    assert [page.key for page in load_pages(tmp_path / "article-extraction-dev")] == ["ferry", "nothing"]
    assert main(["evaluate", "--extraction", "--gold", str(tmp_path), "--errors", "--repeat", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 pages: body F1 0.5000  precision 0.5000  recall 0.5000" in out
    assert "no article text found" in out  # the rejected page, listed with its problem
    assert "over 2 runs: median" in out


def test_evaluate_extraction_without_the_dev_set_is_a_usage_error(tmp_path, capsys):
    assert main(["evaluate", "--extraction", "--gold", str(tmp_path)]) == 2
    assert "no ground-truth.json" in capsys.readouterr().err
