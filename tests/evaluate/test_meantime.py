import datetime as dt

import pytest

from newscorpus.evaluate.meantime import parse_meantime

TOKENS = [  # (sentence, text)
    (0, "Apple"), (0, "sues"), (0, "Boeing"),        # title: t_id 1-3
    (1, "March"), (1, "01"), (1, ","), (1, "2008"),  # dateline: 4-7
    (2, "Apple"), (2, "'s"), (2, "boss"), (2, "Jo"), (2, "Harwick"), (2, "spoke"), (2, "Friday"), (2, "."),  # 8-15
    (3, "He"), (3, "left"), (3, "."),                # 16-18
    (4, "x"), (5, "x"), (6, "Microsoft"), (6, "2009"),  # sentence 6 is past the annotated part: 19-22
]

MARKABLES = """
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="11"/><token_anchor t_id="12"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="16"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2008-03-01">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="21" functionInDocument="NONE" type="DATE" value="2008-02-29"><token_anchor t_id="14"/></TIMEX3>
<TIMEX3 m_id="22" functionInDocument="NONE" type="DATE" value="2058"/>
<ENTITY m_id="30" ent_type="ORG" TAG_DESCRIPTOR="Apple"/>
<ENTITY m_id="31" ent_type="PER" TAG_DESCRIPTOR="Jo Harwick"/>
"""

RELATIONS = """
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><target m_id="31"/></REFERS_TO>
"""


def cat_xml(markables=MARKABLES, relations=RELATIONS, tokens=TOKENS):
    lines = [f'<token t_id="{i}" sentence="{s}" number="{i - 1}">{t}</token>' for i, (s, t) in enumerate(tokens, 1)]
    return (f'<Document doc_id="1" doc_name="1_Apple_sues_Boeing">{"".join(lines)}'
            f"<Markables>{markables}</Markables><Relations>{relations}</Relations></Document>")


def test_text_is_title_and_annotated_body_without_the_dateline():
    document = parse_meantime(cat_xml())
    assert document.doc_id == "1_Apple_sues_Boeing"
    assert document.text == "Apple sues Boeing\nApple's boss Jo Harwick spoke Friday.\nHe left.\nx\nx"
    assert document.published == dt.date(2008, 3, 1)


def test_dates_skip_the_dct_and_timexes_without_tokens():
    assert parse_meantime(cat_xml()).dates == [
        {"start": 48, "end": 54, "text": "Friday", "type": "DATE", "value": "2008-02-29"},
    ]


def test_mentions_take_the_type_of_the_entity_they_refer_to():
    mentions = [(m["text"], m["label"], m["syntactic_type"]) for m in parse_meantime(cat_xml()).entities]
    assert mentions == [("Apple", "ORG", "NAM"), ("Jo Harwick", "PER", "NAM"), ("He", "PER", "PRO"),
                        ("Boeing", None, "NAM")]


def test_published_comes_from_the_dateline_and_any_timex_there_is_the_dct():
    markables = MARKABLES.replace('functionInDocument="CREATION_TIME" type="DATE" value="2008-03-01"',
                                  'functionInDocument="NONE" type="DATE" value="01-03-2008"')
    document = parse_meantime(cat_xml(markables))
    assert document.published == dt.date(2008, 3, 1)
    assert [d["text"] for d in document.dates] == ["Friday"]


def test_a_markable_outside_the_text_is_an_error():
    markables = MARKABLES + '<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="21"/></ENTITY_MENTION>'
    with pytest.raises(ValueError, match="m_id=5 lies outside the text"):
        parse_meantime(cat_xml(markables))
