from newscorpus.report.figures import ReportFigures


def record(published: str, dates: list[tuple[str, str]], entities: list[tuple[str, str]] = ()) -> dict:
    return {"published": published,
            "entities": [{"text": t, "label": label} for t, label in entities],
            "dates": [{"type": kind, "value": value} for kind, value in dates]}


def test_timelines_include_the_empty_years_and_months_between():
    figures = ReportFigures()
    figures.add(record("2019-11-03", [("DATE", "2016-11"), ("DATE", "2019-05-02"), ("DURATION", "P2Y"),
                                      ("DATE", "PRESENT_REF"), ("TIME", "2019-05-02T10:00")]))
    figures.add(record("2020-02-01", []))
    assert figures.year_rows() == [("2016", 1), ("2017", 0), ("2018", 0), ("2019", 2)]
    assert figures.month_rows() == [("2019-11", 1), ("2019-12", 0), ("2020-01", 0), ("2020-02", 1)]


def test_top_entities_count_text_and_label_together():
    figures = ReportFigures()
    figures.add(record("2019-05-03", [], [("Turkey", "GPE"), ("Turkey", "GPE"), ("Turkey", "ORG"), ("US", "GPE")]))
    assert figures.top_entities()[:2] == [(("Turkey", "GPE"), 2), (("Turkey", "ORG"), 1)]
    assert figures.label_rows() == [("GPE", 3), ("ORG", 1)]


def test_the_year_chart_keeps_to_the_years_around_publication():
    figures = ReportFigures()
    figures.add(record("2019-05-03", [("DATE", "1400"), ("DATE", "1989-11-09"), ("DATE", "1988"), ("DATE", "2019-05"),
                                      ("DATE", "2029"), ("DATE", "2030-01-01"), ("DATE", "9999-12"),
                                      ("DATE", "XXXX-05-02"), ("DATE", "PAST_REF")]))
    figures.add(record("2020-01-02", [("DATE", "2050")]))
    assert figures.year_span() == (1989, 2030)
    rows = figures.year_rows()
    assert (rows[0], rows[-1], len(rows)) == (("1989", 1), ("2030", 1), 42)
    assert sum(n for _, n in rows) == 4 and figures.years_outside() == 4  # 1400, 1988, 9999, 2050


def test_top_entities_are_names_not_numbers_dates_or_ordinals():
    figures = ReportFigures()
    figures.add(record("2019-05-03", [], [("first", "ORDINAL"), ("first", "ORDINAL"), ("two", "CARDINAL"),
                                          ("two", "CARDINAL"), ("May 2", "DATE"), ("5%", "PERCENT"), ("$1", "MONEY"),
                                          ("Turkey", "GPE"), ("NATO", "ORG"), ("Turks", "NORP"), ("Kent", "PERSON")]))
    assert [name for name, _ in figures.top_entities()] == [("Kent", "PERSON"), ("NATO", "ORG"), ("Turkey", "GPE"),
                                                            ("Turks", "NORP")]
    assert figures.label_rows()[0] == ("CARDINAL", 2)  # the labels chart still counts every label


def test_an_empty_corpus_has_empty_timelines():
    assert ReportFigures().year_rows() == [] == ReportFigures().month_rows()
