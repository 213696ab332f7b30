from newscorpus.cache import RecordCache, StoredRecord
from newscorpus.raw import RawDocument

RECORD = {"id": "0123456789abcdef", "source": {"path": "raw/a.txt"}, "text": "Körper"}


def raw(path="raw/a.txt", text="Title\n\nBody.", **meta):
    return RawDocument(path, text, "0" * 64, meta)


def test_a_stored_record_comes_back_with_its_inputs_current_path(tmp_path):
    cache = RecordCache(tmp_path / "records.sqlite", "fp1")
    key = cache.key(raw())
    assert cache.get(key, "raw/a.txt") is None
    cache.put([(key, StoredRecord.encode(RECORD))])
    stored = cache.get(key, "raw/moved.txt")
    assert (stored.id, stored.path) == (RECORD["id"], "raw/moved.txt")
    assert stored.decode() == {**RECORD, "source": {"path": "raw/moved.txt"}}


def test_the_key_follows_content_and_fingerprint_not_place(tmp_path):
    cache = RecordCache(tmp_path / "records.sqlite", "fp1")
    assert cache.key(raw("raw/a.txt")) == cache.key(raw("raw/b.txt"))
    assert cache.key(raw(text="Title\n\nOther body.")) != cache.key(raw())
    assert cache.key(raw(published="2020-01-01")) != cache.key(raw())
    assert RecordCache(tmp_path / "other.sqlite", "fp2").key(raw()) != cache.key(raw())


def test_opening_with_another_fingerprint_drops_the_old_records(tmp_path):
    path = tmp_path / "records.sqlite"
    old = RecordCache(path, "fp1")
    old.put([(old.key(raw()), StoredRecord.encode(RECORD))])
    old.close()
    assert RecordCache(path, "fp1").get(old.key(raw()), "raw/a.txt").decode() == RECORD
    RecordCache(path, "fp2").close()
    assert RecordCache(path, "fp1").get(old.key(raw()), "raw/a.txt") is None
