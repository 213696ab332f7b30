"""A corpus of bad inputs: each is named with its problem, the good articles are still built, a failed build
leaves the published files as they were, and duplicates are found by content, not by name."""

import gzip
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from paths import FIXTURES

from newscorpus.build import build
from newscorpus.build.pipeline import SchemaCheck
from newscorpus.dataset import card, shards
from newscorpus.dataset.checks import record_problems
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.schema import record_schema
from newscorpus.dataset.validate import validate
from newscorpus.errors import RecordError

FIXTURE = FIXTURES / "record_v1.0.0.json"
GOOD = "Turkey to keep talking to the US\n\nThe US and Turkey will continue discussions, George Kent said on May 2.\n"
OTHER = "Baku hosts the talks\n\nOfficials met in Baku last week to discuss the S-400 purchase.\n"
PAGE = ("<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>"
        + "<p>The US and Turkey will keep talking about the purchase, officials in Ankara said on Friday. " * 8
        + "</p></article></body></html>")
NEWS_LINE = "Headline\n\n03 May 2019 Read: 15\nHeadline\n\nBody of the article.\n\nNews Line"


def write(corpus: Path, name: str, data: bytes | str, published: str | None = "2019-05-03", **meta) -> Path:
    path = corpus / "raw" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if published or meta:
        sidecar = {**({"published": published} if published else {}), **meta}
        path.with_name(path.name + ".meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return path


def hashes(corpus: Path) -> dict[str, str]:
    return {p.relative_to(corpus).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(corpus.rglob("*")) if p.is_file() and not p.relative_to(corpus).parts[0].startswith(".")
            and p.relative_to(corpus).parts[0] != "raw"}


EXPECTED = {  # raw file -> what its rejection must say
    "raw/empty.txt": "empty file",
    "raw/binary.bin": "binary file (contains NUL bytes)",
    "raw/undecodable.txt": "undecodable: not UTF-8, not in its declared charset, and no text encoding reads it",
    "raw/huge.txt": "50.0 MiB is too large for an article",
    "raw/page.html": "no article text found (3 words)",
    "raw/markup.txt": "HTML markup in a text file: name it .html",
    "raw/cut.html.gz": "truncated gzip",
    "raw/lying_charset.html": "no article text found",
    "raw/cut.txt": "truncated: the file ends inside a UTF-8 character",
    "raw/news_line_cut.txt": "truncated: no 'News Line' footer",
    "raw/good_again.txt": "duplicate: same text as raw/good.txt",
    "raw/escape.txt.meta.json": "unknown fields ['path']",
    "raw/link.txt": "outside the corpus folder",
    "raw/linked_meta.txt.meta.json": "outside the corpus folder",
}


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    outside.write_text(OTHER, encoding="utf-8")
    write(corpus, "good.txt", GOOD)
    write(corpus, "other.txt", OTHER)
    write(corpus, "empty.txt", b"")
    write(corpus, "binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(corpus, "latin1.txt", "Café talks\n\nThe café in Baku was full.\n".encode("latin-1"))
    with write(corpus, "huge.txt", b"").open("r+b") as huge:
        huge.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk
    write(corpus, "undecodable.txt", bytes(range(0x80, 0x100)) * 3)
    write(corpus, "page.html", "<!DOCTYPE html><html><body><p>Talks in Baku</p></body></html>")
    write(corpus, "markup.txt", "<!DOCTYPE html><html><body><p>Talks in Baku</p></body></html>")
    write(corpus, "cut.html.gz", gzip.compress(PAGE.encode("utf-8"))[:-40])
    # says UTF-8, is Windows-1252: read as what it is, and rejected only for what it is not (an article)
    write(corpus, "lying_charset.html", '<html><head><meta charset="utf-8"><title>Caf\u00e9</title></head>'
                                        '<body><p>Caf\u00e9 prices rose to \u00a33.</p></body></html>'.encode("cp1252"))
    write(corpus, "cut.txt", GOOD.encode("utf-8") + "“".encode()[:2])
    write(corpus, "news_line_cut.txt", NEWS_LINE[:-len("News Line")], published=None)
    write(corpus, "undated.txt", "A headline\n\nA body without any date.\n", published=None)
    write(corpus, "good_again.txt", GOOD.replace("\n", "\r\n") + "  \n")  # other bytes, same text
    write(corpus, "escape.txt", OTHER, path="../../etc/passwd")
    os.symlink(outside, corpus / "raw" / "link.txt")
    write(corpus, "linked_meta.txt", OTHER, published=None)
    outside.with_name("meta.json").write_text('{"published": "2019-05-03"}', encoding="utf-8")
    os.symlink(outside.with_name("meta.json"), corpus / "raw" / "linked_meta.txt.meta.json")
    return corpus


@pytest.fixture(scope="module")
def report(bad_corpus):
    return build(bad_corpus, workers=1)


def test_every_bad_input_is_named_with_its_problem(report):
    said = {r.path: r.problem for r in report.rejected}
    assert set(said) == set(EXPECTED)
    for path, problem in EXPECTED.items():
        assert problem in said[path], (path, said[path])


def test_the_good_articles_are_still_built(bad_corpus, report):
    assert report.stats.articles == 4  # good, other, the Latin-1 one and the undated one
    assert report.stats.undated == 1
    assert validate(bad_corpus) == []


def test_a_failed_build_leaves_the_published_files_untouched(bad_corpus, report, tmp_path, monkeypatch):
    corpus = Path(shutil.copytree(bad_corpus, tmp_path / "corpus", symlinks=True))
    before = hashes(corpus)
    assert {"README.md", "croissant.json"} <= set(before)
    write(corpus, "third.txt", "A third article\n\nThe talks ended in Ankara on Friday.\n")
    broken = tmp_path / "card.md"
    broken.write_text(card.template() + "\n<!-- figure: no_such_figure -->\n")
    with pytest.raises(KeyError, match="no_such_figure"):
        build(corpus, broken, workers=1)
    assert hashes(corpus) == before
    monkeypatch.setattr(shards, "check_written", lambda *args: ["data/articles/x.parquet: broken"])
    with pytest.raises(ValueError, match="nothing was replaced"):
        build(corpus, workers=1)
    assert hashes(corpus) == before


def test_a_parquet_file_edited_by_hand_is_named(bad_corpus, tmp_path):
    corpus = Path(shutil.copytree(bad_corpus, tmp_path / "corpus", symlinks=True))
    name = sorted((corpus / "data" / "entities").glob("*.parquet"))[0].relative_to(corpus).as_posix()
    data = bytearray((corpus / name).read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte flipped in the middle of the data
    (corpus / name).write_bytes(bytes(data))
    problems = [str(p) for p in validate(corpus)]
    assert f"{name}: SHA-256 is " in "\n".join(problems)  # croissant.json's checksum catches any edit
    assert any(p.startswith(f"{name}: ") and "SHA-256" not in p for p in problems)  # and the damage is named


def broken_records() -> list[tuple[str, dict, str]]:
    """(rule, record, field named) for each rule of the schema and of the checks, each broken once."""
    good = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))

    def with_(path: str, value) -> dict:
        record = json.loads(json.dumps(good))
        *parents, last = path.split(".")
        node = record
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
        return record

    cases = [(f"required {name}", with_(name, DELETE), f"'{name}' is a required property")
             for name in record_schema()["required"]]
    cases += [
        ("additionalProperties", with_("extra", 1), "(record)"),
        ("pattern schema_version", with_("schema_version", "1.0"), "schema_version"),
        ("pattern id", with_("id", "XYZ"), "id"),
        ("minLength title", with_("title", ""), "title"),
        ("format date", with_("published", "2019-02-30"), "published"),
        ("pattern language", with_("language", "eng"), "language"),
        ("minItems paragraphs", with_("paragraphs", []), "paragraphs"),
        ("minimum paragraph start", with_("paragraphs.0.start", -1), "paragraphs[0].start"),
        ("type tags", with_("tags", "S-400"), "tags"),
        ("minimum read_count", with_("read_count", -5), "read_count"),
        ("pattern sha256", with_("source.sha256", "abc"), "source.sha256"),
        ("type outlet", with_("source.outlet", 7), "source.outlet"),
        ("const package", with_("provenance.package", "other"), "provenance.package"),
        ("pattern component name", with_("provenance.components.0.name", "NoVersion"),
         "provenance.components[0].name"),
        ("enum label", with_("entities.0.label", "ANIMAL"), "entities[0].label"),
        ("minimum cluster", with_("entities.0.cluster", -1), "entities[0].cluster"),
        ("minLength canonical", with_("entities.0.canonical", ""), "entities[0].canonical"),
        ("enum origin", with_("entities.0.origin", "guess"), "entities[0].origin"),
        ("enum date type", with_("dates.0.type", "EVENT"), "dates[0].type"),
        ("minLength value", with_("dates.0.value", ""), "dates[0].value"),
        ("offsets inside the text", with_("entities.0.end", 10_000), "entities[0]"),
        ("span text is text[start:end]", with_("entities.0.text", "Greece"), "entities[0].text"),
        ("spans sorted", with_("dates", list(reversed(good["dates"]))), "dates[1]"),
        ("TIMEX3 value", with_("dates.0.value", "2019-13-02"), "dates[0].value"),
        ("title starts the text", with_("title", "Another headline"), "title"),
        ("known schema version", with_("schema_version", "9.0.0"), "schema_version"),
    ]
    return cases


DELETE = object()


@pytest.mark.parametrize(("rule", "record", "field"), broken_records(), ids=[c[0] for c in broken_records()])
def test_a_record_breaking_each_rule_is_stopped_naming_the_field(rule, record, field):
    problems = record_problems(record)
    assert any(field in (f, message) or field in message for f, message in problems), problems
    with pytest.raises(RecordError) as error:
        SchemaCheck().check(record)
    assert str(error.value).startswith(f"record {record.get('id', '(no id)')}: ") or "id" not in record
