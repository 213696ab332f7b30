import datetime as dt

import pytest

from newscorpus.errors import InputError
from newscorpus.evaluate import System, evaluate
from newscorpus.evaluate.conll import read_conll
from newscorpus.evaluate.corpora import load_corpus

STORIES = """-DOCSTART- -X- O O

TENNIS NNP I-NP O
- : O O
PELLOW NNP I-NP I-PER
WINS VBZ I-VP O
IN IN I-PP O
QUEENS NNP I-NP I-LOC
. . O O

LONDON NNP I-NP I-LOC
1997-06-14 CD I-NP O

Tim NNP I-NP I-PER
Pellow NNP I-NP I-PER
beat VBD I-VP O
a DT I-NP O
German JJ I-NP I-MISC
at IN I-PP O
the DT I-NP O
Stella NNP I-NP I-MISC
Artois NNP I-NP I-MISC
Championships NNP I-NP I-MISC
, , O O
organisers NNS I-NP O
Lawn NNP I-NP I-ORG
Tennis NNP I-NP I-ORG
Association NNP I-NP I-ORG
said VBD I-VP O
. . O O

Britain NNP I-NP I-LOC

-DOCSTART- -X- O O

Germany NNP I-NP I-LOC
France NNP I-NP B-LOC
agree VBP I-VP O
. . O O
"""


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "conll2003-dev"
    folder.mkdir()
    (folder / "eng.testa").write_text(STORIES, encoding="utf-8")
    return folder


def test_documents_are_detokenized_with_their_mentions_and_dateline_date(stories):
    first, second = read_conll(stories / "eng.testa")
    assert first.doc_id == "eng.testa-001" and second.doc_id == "eng.testa-002"
    assert first.text.splitlines()[:2] == ["TENNIS - PELLOW WINS IN QUEENS.", "LONDON 1997-06-14"]
    assert first.published == dt.date(1997, 6, 14) and second.published is None
    assert [(m["text"], m["label"]) for m in first.entities] == [
        ("PELLOW", "PER"), ("QUEENS", "LOC"), ("LONDON", "LOC"), ("Tim Pellow", "PER"), ("German", "MISC"),
        ("Stella Artois Championships", "MISC"), ("Lawn Tennis Association", "ORG"), ("Britain", "LOC")]
    assert all(first.text[m["start"]:m["end"]] == m["text"] for m in first.entities)
    assert [(m["text"], m["label"]) for m in second.entities] == [("Germany", "LOC"), ("France", "LOC")]
    assert first.scheme == "conll2003"


def test_a_mention_ends_with_its_sentence(tmp_path):
    path = tmp_path / "eng.testa"
    path.write_text("-DOCSTART- -X- O O\n\nHe NN O O\nmet VB O O\nAnkara NNP I-NP I-LOC\n\n"
                    "Istanbul NNP I-NP I-LOC\nagreed VBD O O\n", encoding="utf-8")
    [document] = read_conll(path)
    assert [m["text"] for m in document.entities] == ["Ankara", "Istanbul"]


def test_a_line_that_is_not_a_tagged_token_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "eng.testa"
    path.write_text("-DOCSTART- -X- O O\n\nParis NNP I-NP I-CITY\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"eng.testa:3: expected 'word POS chunk tag'"):
        read_conll(path)


def test_scored_with_conll_labels_groups_as_misc(stories):
    documents = load_corpus("conll2003-dev", stories)
    first = documents[0]
    names = {"Tim Pellow": "PERSON", "German": "NORP", "Lawn Tennis Association": "ORG", "Britain": "GPE"}
    system = System(lambda text, published: {"dates": [], "entities": [
        {"start": text.index(name), "end": text.index(name) + len(name), "text": name, "label": label}
        for name, label in names.items() if name in text]}, {"name": "fake"})
    figures = evaluate({"conll2003-dev": [first]}, {"entities": {"pipeline": system}}).quality["corpora"]
    entities = figures["conll2003-dev"]["entities"]
    assert entities["scheme"] == "conll2003"
    assert entities["gold"] == {"PER": 2, "LOC": 3, "MISC": 2, "ORG": 1, "all": 8}
    scores = entities["systems"]["pipeline"]
    assert (scores["overall"]["correct"], scores["overall"]["system"]) == (4, 4)
    assert set(scores["per_type"]) == {"LOC", "MISC", "ORG", "PER"}
    assert scores["per_type"]["MISC"]["correct"] == 1
