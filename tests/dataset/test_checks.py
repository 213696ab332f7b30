import pytest

from newscorpus.dataset.checks import record_problems, timex_value_problem


def test_seed_record_has_no_problems(seed_record):
    assert record_problems(seed_record) == []


def with_span(record, layer, index, **changes):
    spans = [dict(s) for s in record[layer]]
    spans[index].update(changes)
    return {**record, layer: spans}


def test_offsets_must_match_the_span_text(seed_record):
    broken = with_span(seed_record, "entities", 0, start=seed_record["entities"][0]["start"] + 1)
    ((field, problem),) = record_problems(broken)
    assert field == "entities[0].text" and "is not text[" in problem


def test_offsets_must_lie_inside_the_text(seed_record):
    end = len(seed_record["text"]) + 5
    ((field, problem),) = record_problems(with_span(seed_record, "dates", 5, end=end))
    assert field == "dates[5]" and "not inside the text" in problem


def test_spans_must_be_sorted(seed_record):
    dates = seed_record["dates"]
    problems = record_problems({**seed_record, "dates": [dates[1], dates[0], *dates[2:]]})
    assert ("dates[1]", "spans are not sorted by offset") in problems


def test_a_record_of_another_schema_version_is_pointed_to_the_migrations(seed_record):
    ((field, problem),) = record_problems({**seed_record, "schema_version": "1.0.0", "entities": "anything"})
    assert field == "schema_version"
    assert problem.startswith("'1.0.0' is not the current schema version") and "newscorpus.dataset.migrate" in problem


def test_schema_errors_come_first_and_name_the_field(seed_record):
    problems = record_problems(with_span(seed_record, "dates", 0, type="DAY"))
    assert [field for field, _ in problems] == ["dates[0].type"]


@pytest.mark.parametrize("kind, value", [
    ("DATE", "2019-05-02"), ("DATE", "2016-11"), ("DATE", "2019"), ("DATE", "199"), ("DATE", "19"),
    ("DATE", "2013-W11"), ("DATE", "2019-Q3"), ("DATE", "2018-SU"), ("DATE", "FY1998"), ("DATE", "XXXX-05-02"),
    ("DATE", "PRESENT_REF"), ("TIME", "2019-05-03T15:00"), ("TIME", "2019-05-03TMO"), ("TIME", "1987-04-07T14:00Z"),
    ("TIME", "XXXX-XX-XXT11:41Z"), ("TIME", "XXXX-WXX-4T14:00Z"), ("TIME", "2019-05-03T15:00+01:00"),
    ("DURATION", "P1M"), ("DURATION", "P3Y"), ("DURATION", "PT24H"), ("DURATION", "PXW"), ("DURATION", "P10Y"),
    ("DURATION", "P1DE"), ("SET", "P1W"), ("SET", "XXXX-WXX-1"),
])
def test_well_formed_timex_values(kind, value):
    assert timex_value_problem(kind, value) is None


@pytest.mark.parametrize("kind, value, message", [
    ("DATE", "2019-13", "month 13 does not exist"),
    ("DATE", "2005-13-45", "month 13 does not exist"),
    ("DATE", "2005-12-45", "no such date"),
    ("DATE", "2019-W54", "week 54 does not exist"),
    ("DATE", "2019-Q5", "not a TIMEX3 DATE value"),
    ("DURATION", "PXQ1", "not a TIMEX3 DURATION value"),
    ("DATE", "2019-02-30", "no such date"),
    ("DATE", "May 2", "not a TIMEX3 DATE value"),
    ("DURATION", "2019-05", "not a TIMEX3 DURATION value"),
    ("TIME", "PAST_REF", "is a DATE value"),
    ("TIME", "2019-05-03T25:00", "no such time of day"),
    ("TIME", "2019-05-03T15:00GMT", "not a TIMEX3 TIME value"),
])
def test_malformed_timex_values(kind, value, message):
    assert message in timex_value_problem(kind, value)
