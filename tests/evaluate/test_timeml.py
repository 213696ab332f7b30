import datetime as dt

from newscorpus.evaluate.timeml import parse_timeml

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>ABC1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n'
    '<TITLE>Title with <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>\n'
    '<TEXT>\nAT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">yesterday</TIMEX3>, '
    '<SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.\n</TEXT>\n'
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>\n</TimeML>\n'
)


def test_plain_text_of_text_element_with_gold_offsets():
    document = parse_timeml(TML)
    assert document.doc_id == "ABC1"
    assert document.published == dt.date(1998, 1, 8)
    assert document.text == "\nAT&T fell yesterday, after a week.\n"
    assert document.entities is None
    assert document.dates == [
        {"start": 11, "end": 20, "text": "yesterday", "type": "DATE", "value": "1998-01-07"},
        {"start": 28, "end": 34, "text": "a week", "type": "DURATION", "value": "P1W"},
    ]


def test_creation_time_inside_text_is_not_gold():
    tml = TML.replace('functionInDocument="NONE"', 'functionInDocument="CREATION_TIME"')
    assert [d["text"] for d in parse_timeml(tml).dates] == ["a week"]
