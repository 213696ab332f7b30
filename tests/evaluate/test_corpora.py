import pytest

from newscorpus.evaluate.corpora import load_corpus

TML = """<TimeML><DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT></TimeML>"""


def test_documents_in_file_name_order_up_to_the_limit(tmp_path):
    for doc_id in ("b", "a", "c"):
        (tmp_path / f"{doc_id}.tml").write_text(TML.format(doc_id=doc_id))
    assert [d.doc_id for d in load_corpus("timebank", tmp_path)] == ["a", "b", "c"]
    assert [d.doc_id for d in load_corpus("aquaint", tmp_path, limit=2)] == ["a", "b"]


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="meantime: no"):
        load_corpus("meantime", tmp_path)
