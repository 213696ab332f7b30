from newscorpus.evaluate.diagnostics import date_errors, entity_errors


def date(start, end, type_="DATE", value="1998-01-08", text="x"):
    return {"start": start, "end": end, "text": text, "type": type_, "value": value}


def entity(start, end, label):
    return {"start": start, "end": end, "text": "x", "label": label}


def test_date_errors_in_text_order():
    gold = [date(0, 5), date(10, 20, value="1998-W02"), date(40, 45)]
    system = [date(0, 5), date(12, 20, value="1998-W03"), date(30, 35)]
    assert date_errors(gold, system) == [
        {"kind": "wrong", "differs": ["extent", "value"], "gold": gold[1], "system": system[1]},
        {"kind": "spurious", "system": system[2]},
        {"kind": "missed", "gold": gold[2]},
    ]


def test_no_errors_when_all_is_right():
    assert date_errors([date(0, 5)], [date(0, 5)]) == []


def test_entity_errors_pair_exact_extents_only():
    gold = [entity(0, 10, "ORG"), entity(20, 26, "PER")]
    system = [entity(4, 10, "ORG"), entity(20, 26, "ORG")]
    assert entity_errors(gold, system) == [
        {"kind": "missed", "gold": gold[0]},
        {"kind": "spurious", "system": system[0]},
        {"kind": "wrong", "differs": ["label"], "gold": gold[1], "system": system[1]},
    ]
