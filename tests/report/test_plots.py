from newscorpus.report.plots import bar_chart, column_chart


def test_long_bar_labels_are_shortened_but_kept_whole_in_the_tooltip():
    label = "Bureau of European and Eurasian Affairs (ORG)"
    svg = bar_chart("Top entities", [(label, 1)])
    assert "Bureau of European and Eurasian A…</text>" in svg
    assert f"<title>{label}: 1</title>" in svg


def test_a_single_column_has_its_label_once():
    assert column_chart("Articles per month", [("2019-05", 1)]).count(">2019-05<") == 1
    assert column_chart("Articles per month", [("2019-05", 1), ("2019-07", 2)]).count(">2019-07<") == 1


def test_labels_are_escaped():
    assert "<script>" not in bar_chart("t", [("<script>alert(1)</script>", 2)])
