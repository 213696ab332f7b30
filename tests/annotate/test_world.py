import json

from newscorpus.annotate.world import WORLD, known_label, last_names


def test_every_known_name_has_one_label_and_the_data_says_where_it_comes_from():
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    assert data["source"]
    names = [name for kind in ("places", "groups", "towns") for listed in data[kind].values() for name in listed]
    assert len(names) == len(set(names))
    assert all(name == name.strip() and name for name in names)


def test_known_labels_as_written_in_capitals_and_after_the():
    assert [known_label(name) for name in ("Costa Rica", "COSTA RICA", "the Seychelles", "Britons", "Scandinavia",
                                           "Lib Dems", "Oscar")] == ["GPE", "GPE", "GPE", "NORP", "LOC", "ORG", None]


def test_last_names_of_people_named_in_full():
    entities = [{"text": "George Kent", "label": "PERSON"}, {"text": "Kent", "label": "GPE"},
                {"text": "Madonna", "label": "PERSON"}, {"text": "Thames Water", "label": "ORG"}]
    assert last_names(entities) == {"Kent"}


def test_towns_are_known_places_only_when_asked_for():
    assert known_label("Dartford") == "GPE" and known_label("Dartford", towns=False) is None
    assert known_label("London", towns=False) == "GPE"
