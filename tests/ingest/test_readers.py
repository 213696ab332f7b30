import json

import pytest

from newscorpus.ingest.raw import RawDocument, Rejected
from newscorpus.ingest.readers import FieldMap, Row, read_folder

REUTERS = FieldMap({"text": "body", "published": "date"})


def story(n, body="Cocoa prices rose on Monday.\n    Traders said the crop was late. Reuter"):
    return {"newid": n, "title": f"COCOA STORY {n}", "date": "1987-02-26T15:01:01", "body": body}


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def read(root, **kwargs):
    """The inputs as a build reads them when none is cached: each row parsed."""
    return [(place, item.raw() if isinstance(item, Row) else item)
            for place, item in read_folder(root / "raw", root, **kwargs)]


def test_each_jsonl_row_is_a_raw_document_named_by_file_and_line(tmp_path):
    write_jsonl(tmp_path / "raw" / "wire.jsonl", [story(1), story(2)])
    (p1, first), (p2, second) = read(tmp_path, fields=REUTERS)
    assert (p1, p2) == ((0, 1), (0, 2))
    assert isinstance(first, RawDocument)
    assert first.path == "raw/wire.jsonl#L1" and second.path == "raw/wire.jsonl#L2"
    assert first.text.startswith("Cocoa prices rose")
    assert first.meta == {"title": "COCOA STORY 1", "published": "1987-02-26T15:01:01"}
    assert first.sha256 != second.sha256


def test_a_row_without_a_body_is_rejected_naming_file_line_and_field(tmp_path):
    write_jsonl(tmp_path / "raw" / "wire.jsonl", [story(1), story(2, body=""), {**story(3), "body": None}])
    items = [item for _, item in read(tmp_path, fields=REUTERS)]
    assert isinstance(items[0], RawDocument)
    assert items[1:] == [Rejected("raw/wire.jsonl#L2", "no text: field 'body' is missing or empty"),
                         Rejected("raw/wire.jsonl#L3", "no text: field 'body' is missing or empty")]


def test_a_broken_line_is_rejected_and_the_rows_after_it_are_read(tmp_path):
    path = write_jsonl(tmp_path / "raw" / "wire.jsonl", [story(1)])
    path.write_text(path.read_text() + '{"title": "CUT OFF", "bo\n' + json.dumps(story(3)) + "\n")
    items = [item for _, item in read(tmp_path, fields=REUTERS)]
    assert items[1].path == "raw/wire.jsonl#L2" and items[1].problem.startswith("not a JSON object on this line")
    assert items[2].path == "raw/wire.jsonl#L3"


def test_csv_rows_with_a_mapping_and_a_field_spanning_lines(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "feed.csv").write_text(
        'headline,day,story\n'
        'Rates held,2020-01-03,"The bank held rates.\n\nIt meets again in March."\n'
        'Oil rose,2020-01-04,Oil rose on Friday.\n', encoding="utf-8")
    fields = FieldMap.parse(["title=headline", "published=day", "text=story"])
    (_, first), (_, second) = read(tmp_path, fields=fields)
    assert first.path == "raw/feed.csv#L2" and second.path == "raw/feed.csv#L5"
    assert first.text == "The bank held rates.\n\nIt meets again in March."
    assert second.meta == {"title": "Oil rose", "published": "2020-01-04"}


def test_a_fields_sidecar_maps_its_collection_and_is_not_an_input(tmp_path):
    write_jsonl(tmp_path / "raw" / "wire.jsonl", [story(1)])
    (tmp_path / "raw" / "wire.jsonl.fields.json").write_text('{"text": "body", "published": "date", "id": "newid"}')
    [(_, item)] = read(tmp_path)
    assert item.path == "raw/wire.jsonl#id=1"
    assert item.meta["published"] == "1987-02-26T15:01:01"


def test_page_files_and_collections_mix_in_one_folder(tmp_path):
    write_jsonl(tmp_path / "raw" / "b.jsonl", [story(1)])
    (tmp_path / "raw" / "a.txt").write_text("Rates stay put\n\nThe bank held rates.", encoding="utf-8")
    assert [item.path for _, item in read(tmp_path, fields=REUTERS)] == ["raw/a.txt", "raw/b.jsonl#L1"]


def test_parts_split_the_inputs_between_workers_without_overlap(tmp_path):
    write_jsonl(tmp_path / "raw" / "wire.jsonl", [story(n) for n in range(7)])
    (tmp_path / "raw" / "page.txt").write_text("Rates stay put\n\nThe bank held rates.", encoding="utf-8")
    everything = read(tmp_path, fields=REUTERS)
    parts = [read(tmp_path, fields=REUTERS, part=(rank, 3)) for rank in range(3)]
    assert sorted(place for part in parts for place, _ in part) == [place for place, _ in everything]
    assert all(len(part) in (2, 3) for part in parts)


def test_an_unknown_record_field_in_a_mapping_is_an_error():
    with pytest.raises(ValueError, match="unknown record fields \\['body'\\]"):
        FieldMap.parse(["body=text"])
    with pytest.raises(ValueError, match="record_field=row_field"):
        FieldMap.parse(["text"])


def test_folder_defaults_and_the_build_s_defaults_fill_what_an_input_lacks_nearest_first(tmp_path):
    raw = tmp_path / "raw"
    (raw / "bbc" / "tech").mkdir(parents=True)
    (raw / "bbc" / "defaults.json").write_text('{"outlet": "BBC", "published": "2005-01-01"}')
    (raw / "bbc" / "tech" / "defaults.json").write_text('{"published": "2005-03-01"}')
    (raw / "bbc" / "tech" / "a.txt").write_text("Headline\n\nBody text.")
    (raw / "bbc" / "b.txt").write_text("Headline\n\nBody text.")
    (raw / "bbc" / "b.txt.meta.json").write_text('{"published": "2004-12-24"}')
    (raw / "wire.jsonl").write_text('{"title": "T", "text": "Body."}\n{"title": "T", "text": "B.", "outlet": "X"}\n')
    items = [item for _, item in read_folder(raw, tmp_path, FieldMap(defaults={"language": "en", "outlet": "Wire"}))]
    assert [i.path if isinstance(i, RawDocument) else i.file for i in items] == [
        "raw/bbc/b.txt", "raw/bbc/tech/a.txt", "raw/wire.jsonl", "raw/wire.jsonl"]
    assert items[0].meta == {"language": "en", "outlet": "BBC", "published": "2004-12-24"}  # the sidecar wins
    assert items[1].meta == {"language": "en", "outlet": "BBC", "published": "2005-03-01"}  # the nearest folder
    assert items[2].raw().meta == {"title": "T", "language": "en", "outlet": "Wire"}
    assert items[3].raw().meta == {"title": "T", "language": "en", "outlet": "X"}  # the row's own field


def test_a_bad_defaults_file_rejects_the_inputs_below_it_naming_the_file(tmp_path):
    (tmp_path / "raw" / "x").mkdir(parents=True)
    (tmp_path / "raw" / "x" / "defaults.json").write_text('{"author": "me"}')
    (tmp_path / "raw" / "x" / "a.txt").write_text("Headline\n\nBody text.")
    [(_, item)] = read_folder(tmp_path / "raw", tmp_path)
    assert item == Rejected("raw/x/defaults.json", "unknown fields ['author']; known: "
                                                   "['encoding', 'language', 'license', 'outlet', 'published', 'url']")
