from dataclasses import replace

import pytest

from newscorpus.build.cache import RecordCache, StoredRecord
from newscorpus.ingest.raw import RawDocument
from newscorpus.ingest.readers import FieldMap, Row

RECORD = {"id": "0123456789abcdef", "source": {"path": "raw/a.txt"}, "text": "Körper"}


def raw(path="raw/a.txt", text="Title\n\nBody.", **meta):
    return RawDocument(path, text, "0" * 64, meta)


def test_a_stored_record_comes_back_with_its_inputs_current_path(tmp_path):
    cache = RecordCache(tmp_path / "store", "fp1")
    key = cache.key(raw())
    assert cache.get([key]) == {}
    [stored] = cache.put([(key, RECORD)])
    assert (stored.id, stored.path, stored.key) == (RECORD["id"], "raw/a.txt", key)
    assert RecordCache(tmp_path / "store", "fp1").get([key]) == {key: stored}
    assert list(cache.records([stored])) == [RECORD]
    moved = stored._replace(path="raw/moved/a.txt")
    assert list(cache.records([moved])) == [{**RECORD, "source": {"path": "raw/moved/a.txt"}}]


def test_records_are_read_in_the_order_asked_and_a_lost_one_is_named(tmp_path, monkeypatch):
    cache = RecordCache(tmp_path / "store", "fp1")
    records = [{**RECORD, "id": f"{i:016x}", "text": f"Text {i}"} for i in range(5)]
    stored = cache.put([(f"k{i}", record) for i, record in enumerate(records)])
    assert [r["text"] for r in cache.records(stored[::-1])] == [f"Text {i}" for i in range(4, -1, -1)]
    lost = StoredRecord("00000000000000ff", "raw/lost.txt", "k9", ("gone/000000.records", 0, 10))
    with pytest.raises(KeyError, match="lost record 00000000000000ff \\(raw/lost.txt\\)"):
        list(cache.records([stored[0], lost]))


def test_the_key_follows_content_and_fingerprint_not_place(tmp_path):
    cache = RecordCache(tmp_path / "store", "fp1")
    assert cache.key(raw("raw/a.txt")) == cache.key(raw("raw/b.txt"))
    assert cache.key(raw(text="Title\n\nOther body.")) != cache.key(raw())
    assert cache.key(raw(published="2020-01-01")) != cache.key(raw())
    assert RecordCache(tmp_path / "other", "fp2").key(raw()) != cache.key(raw())


def test_preparing_for_another_fingerprint_drops_the_old_records(tmp_path):
    path = tmp_path / "store"
    old = RecordCache(path, "fp1")
    old.put([(old.key(raw()), RECORD)])
    old.close()
    assert list(RecordCache(path, "fp1").get([old.key(raw())])) == [old.key(raw())]
    RecordCache(path, "fp2").drop_others()
    assert RecordCache(path, "fp1").get([old.key(raw())]) == {}


def test_records_are_looked_up_many_at_a_time(tmp_path):
    cache = RecordCache(tmp_path / "store", "fp1")
    keys = [cache.key(raw(text=f"Title\n\nBody {i}.")) for i in range(5)]
    cache.put([(key, {**RECORD, "id": f"{i:016x}"}) for i, key in enumerate(keys) if i != 3])
    found = cache.get([keys[4], keys[3], keys[0], keys[0]])
    assert {key: stored.id for key, stored in found.items()} == {keys[4]: f"{4:016x}", keys[0]: f"{0:016x}"}


def test_a_row_is_keyed_by_its_content_and_field_mapping_unparsed(tmp_path):
    cache = RecordCache(tmp_path / "store", "fp1")
    row = Row("raw/wire.jsonl", 3, b'{"body": "Text."}', FieldMap({"text": "body"}))
    assert cache.row_key(row) == cache.row_key(replace(row, file="raw/moved.jsonl", line=9))
    assert cache.row_key(row) != cache.row_key(replace(row, content=b'{"body": "Other."}'))
    assert cache.row_key(row) != cache.row_key(replace(row, fields=FieldMap({"text": "body", "title": "body"})))
    assert RecordCache(tmp_path / "other", "fp2").row_key(row) != cache.row_key(row)


def test_records_stored_in_another_format_are_dropped(tmp_path, monkeypatch):
    path = tmp_path / "store"
    old = RecordCache(path, "fp1")
    key = old.key(raw())
    old.put([(key, RECORD)])
    old.close()
    monkeypatch.setattr("newscorpus.build.cache.FORMAT", "json, zlib")
    RecordCache(path, "fp1").drop_others()
    cache = RecordCache(path, "fp1")
    assert cache.get([key]) == {}
    assert cache.key(raw()) != key


def test_each_writer_writes_only_its_own_files_and_a_half_written_segment_is_never_read(tmp_path):
    store = tmp_path / "store"
    first, second = RecordCache(store, "fp1", "task-a"), RecordCache(store, "fp1", "task-b")
    a = first.put([("k0", RECORD)]) + first.put([("k1", {**RECORD, "id": "1" * 16})])
    b = second.put([("k1", {**RECORD, "id": "1" * 16}), ("k2", {**RECORD, "id": "2" * 16})])
    first.close()
    second.close()
    folder = a[0].where[0].split("/")[0]
    assert folder == "task-a" and {s.where[0].split("/")[0] for s in b} == {"task-b"}
    files = sorted(p.relative_to(store).as_posix().split("/", 1)[1] for p in store.rglob("*") if p.is_file())
    assert files == ["task-a/000000.records", "task-a/000001.records", "task-a/all.index",
                     "task-b/000000.index", "task-b/000000.records"]
    index = RecordCache(store, "fp1").index()
    assert sorted(index) == ["k0", "k1", "k2"] and index["k1"] == a[1]  # a key stored twice: the first writer's
    # a task stopped while writing a segment leaves a partial file, and an index naming nothing yet complete
    [task_a] = store.glob("*/task-a")
    (task_a / ".000002.records.partial").write_bytes(b"half")
    (task_a / "000003.records").write_bytes(b"written, but its index not yet")
    assert sorted(RecordCache(store, "fp1").index()) == ["k0", "k1", "k2"]
    reader = RecordCache(store, "fp1")
    assert [r["id"] for r in reader.records([b[1], a[0], b[0]])] == ["2" * 16, RECORD["id"], "1" * 16]
