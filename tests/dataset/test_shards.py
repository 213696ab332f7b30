import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscorpus.annotate.dates import DateAnnotator
from newscorpus.build.pipeline import Pipeline, SchemaCheck
from newscorpus.dataset import card, shards
from newscorpus.dataset.validate import validate
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.raw import RawDocument

TEMPLATE = card.template()


def records(count):
    raws = [RawDocument(f"raw/{n}.txt", f"Story {n}\n\nShares of Company {n} rose on Friday, traders said.",
                        "0" * 64, {"published": "2020-01-03"}) for n in range(count)]
    return sorted(Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck()).run(raws), key=lambda r: r["id"])


def test_row_groups_of_every_table_follow_the_same_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(shards, "ROW_GROUP_CHARS", 150)
    stats = shards.write_dataset(records(6), tmp_path, TEMPLATE)
    assert stats.articles == 6 and stats.dates == 6
    articles = pq.ParquetFile(tmp_path / shards.shard_name("articles", 0, 1))
    dates = pq.ParquetFile(tmp_path / shards.shard_name("dates", 0, 1))
    assert articles.num_row_groups == dates.num_row_groups > 1
    for i in range(articles.num_row_groups):
        assert articles.read_row_group(i)["id"].to_pylist() == dates.read_row_group(i)["article_id"].to_pylist()
    assert validate(tmp_path) == []


def test_records_out_of_order_fail_and_leave_the_published_dataset_alone(tmp_path):
    shards.write_dataset(records(2), tmp_path, TEMPLATE)
    before = {p: p.read_bytes() for p in sorted((tmp_path / "data").rglob("*.parquet"))}
    with pytest.raises(ValueError, match="sorted by id"):
        shards.write_dataset(records(3)[::-1], tmp_path, TEMPLATE)
    assert {p: p.read_bytes() for p in sorted((tmp_path / "data").rglob("*.parquet"))} == before


def test_an_empty_corpus_is_one_empty_shard_of_each_table(tmp_path):
    shards.write_dataset([], tmp_path, TEMPLATE)
    assert pq.read_table(tmp_path / shards.shard_name("entities", 0, 1)).num_rows == 0
    assert validate(tmp_path) == []


def test_a_flat_layer_that_differs_from_the_nested_one_is_found(tmp_path):
    shards.write_dataset(records(3), tmp_path, TEMPLATE)
    assert shards.check_written(tmp_path) == []
    name = shards.shard_name("dates", 0, 1)
    dates = pq.read_table(tmp_path / name)
    values = dates["value"].to_pylist()
    assert values[1] == "2020-01-03"
    values[1] = "2020-01-04"
    pq.write_table(dates.set_column(dates.schema.get_field_index("value"), dates.schema.field("value"),
                                    pa.array(values)), tmp_path / name)
    [problem] = shards.check_written(tmp_path)
    assert problem.field == "row 1.value" and "differs from the record's dates[0].value = '2020-01-03' in the articles" in str(problem)


def test_the_shard_count_doubles_with_the_input_up_to_a_limit():
    counts = [shards.shard_count(n * shards.SHARD_INPUT_BYTES) for n in (0, 1, 1.5, 2, 3, 500, 10**6)]
    assert counts == [1, 1, 2, 2, 4, 512, shards.MAX_SHARDS]


def test_what_an_earlier_version_kept_without_a_stats_field_is_not_reused(tmp_path):
    import pickle

    from newscorpus.dataset.stats import CorpusStats

    kept = tmp_path / "kept.pickle"
    shards.write_shards([shards.Shard(records(2), "digest")], 1, tmp_path, TEMPLATE, kept)
    before = pickle.loads(kept.read_bytes())
    assert shards._read_kept(kept).keys() == before.keys() != set()
    for written in before.values():
        del written.stats.licenses  # as a build before the sources' licenses were counted wrote it
    kept.write_bytes(pickle.dumps(before))
    assert shards._read_kept(kept) == {}
    stats = shards.write_shards([shards.Shard(records(2), "digest")], 1, tmp_path, TEMPLATE, kept)
    assert stats.licenses == {None: 2} and isinstance(stats, CorpusStats)
