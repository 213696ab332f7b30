import marshal

from newscorpus.build.cache import StoredRecord
from newscorpus.build.runs import BLOCK, RunWriter, merged
from newscorpus.ingest.raw import Rejected


def stored(n: int) -> StoredRecord:
    return StoredRecord(f"{n * 7919 % 10_000:016x}", f"raw/a.jsonl#L{n}", f"row:{n}", ("seg", n, 1))


def test_runs_of_several_blocks_merge_into_one_stream_sorted_by_id_then_place(tmp_path):
    writers = [RunWriter(tmp_path / f"{rank:05d}") for rank in range(2)]
    entries = [([0, n], stored(n)) for n in range(3 * BLOCK + 5)]
    entries.append(([1, 0], stored(0)))  # the same record from a later input
    for i, (place, record) in enumerate(entries):
        writers[i % 2].add(place, record)
    writers[0].add([2, 0], Rejected("raw/b.txt", "empty"))
    for writer in writers:
        writer.close()
    with next(tmp_path.glob("00000/run-*.bin")).open("rb") as run:
        assert len(marshal.loads(run.read(int.from_bytes(run.read(4), "big")))) == BLOCK
    assert list(merged(tmp_path)) == sorted(entries, key=lambda entry: (entry[1].id, entry[0]))
