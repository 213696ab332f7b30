from collections import Counter

import pytest

from newscorpus.evaluate.score import date_counts, date_scores, entity_counts, entity_scores, match, prf


def span(start, end, **attributes):
    return {"start": start, "end": end, **attributes}


def date(start, end, type_="DATE", value="1998-01-08"):
    return span(start, end, type=type_, value=value)


def test_match_pairs_identical_extents_before_larger_overlaps():
    gold = [span(0, 10)]
    system = [span(0, 12), span(0, 10)]  # both overlap by 10; the identical one wins
    assert match(gold, system) == [(0, 1)]


def test_match_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [span(0, 10), span(8, 20)]
    system = [span(5, 15)]  # overlaps gold 0 by 5, gold 1 by 7
    assert match(gold, system) == [(1, 0)]


def test_match_ignores_touching_spans_and_exact_mode_needs_identical_extents():
    assert match([span(0, 5)], [span(5, 9)]) == []
    assert match([span(0, 5)], [span(0, 4)], exact=True) == []
    assert match([span(0, 5)], [span(0, 5)], exact=True) == [(0, 0)]


def test_prf_by_hand_and_without_spans():
    assert prf(2, 4, 5) == {"correct": 2, "system": 4, "gold": 5, "precision": 0.5, "recall": 0.4,
                            "f1": pytest.approx(2 * 0.5 * 0.4 / 0.9)}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_date_counts_tempeval_style():
    gold = [
        date(0, 10),                         # identical extent, all right
        date(20, 30, value="1998-01"),       # overlapping extent, wrong value
        date(40, 45, type_="DURATION", value="P1W"),  # overlapping, wrong type and value
        date(60, 65),                        # missed
    ]
    system = [
        date(0, 10),
        date(22, 30, value="1998-02"),
        date(40, 50, value="1998"),
        date(80, 85),                        # spurious
    ]
    assert date_counts(gold, system) == Counter(gold=4, system=4, strict=1, relaxed=3, type=2, value=1)


def test_date_scores_by_hand():
    counts = Counter(gold=4, system=5, strict=1, relaxed=3, type=2, value=1)
    scores = date_scores(counts)
    assert scores["strict"]["precision"] == pytest.approx(1 / 5)
    assert scores["strict"]["recall"] == pytest.approx(1 / 4)
    assert scores["relaxed"]["f1"] == pytest.approx(2 * (3 / 5) * (3 / 4) / (3 / 5 + 3 / 4))
    # attribute F1 = accuracy over relaxed matches x relaxed F1
    assert scores["value"]["f1"] == pytest.approx(1 / 3 * scores["relaxed"]["f1"])
    assert scores["type"]["f1"] == pytest.approx(2 / 3 * scores["relaxed"]["f1"])


def test_counts_add_up_over_documents():
    one = date_counts([date(0, 4)], [date(0, 4)])
    two = date_counts([date(0, 4)], [])
    assert date_scores(one + two)["strict"]["recall"] == 0.5


def test_entity_counts_need_exact_extent_and_label():
    gold = [span(0, 6, label="ORG"), span(10, 20, label="PER"), span(30, 35, label="LOC")]
    system = [
        span(0, 6, label="ORG"),   # correct
        span(10, 15, label="PER"),  # partial extent: spurious, and gold PER missed
        span(30, 35, label="ORG"),  # right extent, wrong label
    ]
    counts = entity_counts(gold, system)
    assert counts == Counter({("ORG", "gold"): 1, ("PER", "gold"): 1, ("LOC", "gold"): 1,
                              ("ORG", "system"): 2, ("PER", "system"): 1, ("ORG", "correct"): 1})
    scores = entity_scores(counts, ("LOC", "ORG", "PER", "PRO"))
    assert scores["overall"] == prf(1, 3, 3)
    assert scores["per_type"]["ORG"] == prf(1, 2, 1)
    assert scores["per_type"]["LOC"] == prf(0, 0, 1)
    assert scores["per_type"]["PRO"] == prf(0, 0, 0)


def test_entity_counts_sum_correct_mentions_of_one_label():
    gold = [span(0, 3, label="ORG"), span(5, 8, label="ORG")]
    assert entity_counts(gold, list(gold))[("ORG", "correct")] == 2
