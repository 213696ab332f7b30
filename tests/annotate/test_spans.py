from newscorpus.annotate.spans import by_offset, overlapping, overlaps


def span(start, end):
    return {"start": start, "end": end}


def test_spans_overlap_when_they_share_a_character_and_not_when_they_only_touch():
    assert overlaps(span(0, 5), 4, 9)
    assert overlaps(span(2, 3), 0, 10)
    assert not overlaps(span(0, 5), 5, 9)
    assert not overlaps(span(5, 9), 0, 5)
    assert overlapping([span(0, 5), span(5, 9), span(8, 12)], 4, 6) == [span(0, 5), span(5, 9)]


def test_spans_sort_by_start_then_end():
    assert by_offset([span(3, 9), span(0, 4), span(3, 5)]) == [span(0, 4), span(3, 5), span(3, 9)]


def test_inside_includes_equal_extents_and_excludes_overhangs():
    from newscorpus.annotate.spans import inside

    assert inside({"start": 2, "end": 5}, 2, 5) and inside({"start": 3, "end": 4}, 2, 5)
    assert not inside({"start": 1, "end": 4}, 2, 5) and not inside({"start": 3, "end": 6}, 2, 5)
