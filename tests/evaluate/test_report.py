import json

from newscorpus.evaluate.report import format_errors, format_table, quality_json
from newscorpus.evaluate.score import prf

QUALITY = {
    "components": {"tagger": {"name": "timex_v1"}},
    "definitions": {},
    "corpora": {
        "tiny": {
            "documents": 2,
            "dates": {"gold": {"DATE": 3, "all": 3},
                      "systems": {"tagger": {"strict": prf(1, 3, 3), "relaxed": prf(2, 3, 3)}}},
            "entities": {"gold": {"ORG": 2, "all": 2},
                         "systems": {"bare_model": {"overall": prf(1, 1, 2), "per_type": {"ORG": prf(1, 1, 2)}}}},
        },
    },
}


def test_quality_json_is_sorted_rounded_and_stable():
    text = quality_json(QUALITY)
    assert text == quality_json(json.loads(text))
    assert list(json.loads(text)) == ["components", "corpora", "definitions"]
    assert json.loads(text)["corpora"]["tiny"]["dates"]["systems"]["tagger"]["strict"]["precision"] == 0.3333


def test_table_has_a_row_per_corpus_system_and_metric():
    lines = format_table(QUALITY).splitlines()
    assert lines[0].split() == ["corpus", "docs", "task", "system", "metric", "gold", "sys", "correct", "P", "R", "F1"]
    assert [line.split()[2:5] for line in lines[1:]] == [
        ["dates", "tagger", "strict"], ["dates", "tagger", "relaxed"],
        ["entities", "bare_model", "overall"], ["entities", "bare_model", "ORG"],
    ]
    assert lines[1].split()[-3:] == ["0.333", "0.333", "0.333"]


def test_errors_listed_by_document_with_the_spans():
    date = {"start": 3, "end": 12, "text": "Wednesday", "type": "DATE", "value": "1998-01-07"}
    errors = {"tiny": [
        {"document": "a", "dates": {"tagger": []}},
        {"document": "b", "dates": {"tagger": [
            {"kind": "missed", "gold": date},
            {"kind": "wrong", "differs": ["value"], "gold": date, "system": {**date, "value": "1998-01-06"}},
        ]}},
    ]}
    assert format_errors(errors).splitlines() == [
        "tiny/b",
        '  dates/tagger  missed 3-12 "Wednesday" DATE 1998-01-07',
        '  dates/tagger  wrong value: gold 3-12 "Wednesday" DATE 1998-01-07  system 3-12 "Wednesday" DATE 1998-01-06',
    ]
