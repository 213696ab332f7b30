"""WARC crawls: each HTML response with HTTP 200 is an input named by its offset; the rest are skipped and counted;
a WARC cut short keeps what comes before the cut and names where it breaks."""

import subprocess
import sys

import pytest
from pages import news_page
from warcs import write_warc

from newscorpus.ingest.raw import RawDocument, Rejected, Skipped
from newscorpus.ingest.readers import read_folder
from newscorpus.ingest.warc import damaged_at

PAGES = [(f"https://news.example.com/story-{n}", "200 OK", "text/html; charset=utf-8",
          news_page(title=f"Story number {n}").encode()) for n in range(4)]
OTHERS = [("https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
          ("https://news.example.com/gone", "404 Not Found", "text/html", b"<html><p>Not found</p></html>"),
          ("https://news.example.com/pound", "200 OK", "text/html; charset=windows-1252",
           news_page(title="Prices in pounds", charset="windows-1252").replace("4.5 percent", "\u00a34.50")
           .encode("cp1252"))]


def crawl(tmp_path, gzip=True, name="crawl.warc.gz"):
    (tmp_path / "raw").mkdir(exist_ok=True)
    offsets = write_warc(tmp_path / "raw" / name, PAGES[:2] + OTHERS + PAGES[2:], gzip=gzip)
    return tmp_path / "raw" / name, offsets


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_each_html_response_is_an_input_named_by_its_offset(tmp_path, gzip, name):
    _, offsets = crawl(tmp_path, gzip, name)
    items = [item for _, item in read_folder(tmp_path / "raw", tmp_path)]
    pages = [i for i in items if isinstance(i, RawDocument)]
    assert [p.path for p in pages] == [f"raw/{name}#offset={offsets[i]}" for i in (0, 1, 4, 5, 6)]
    assert [p.meta["url"] for p in pages] == [PAGES[0][0], PAGES[1][0], OTHERS[2][0], PAGES[2][0], PAGES[3][0]]
    assert all(p.html for p in pages) and damaged_at(tmp_path / "raw" / name) is None
    pound = pages[2]
    assert "\u00a34.50" in pound.text and pound.encoding == "cp1252"
    assert [(i.path, i.reason) for i in items if isinstance(i, Skipped)] == [
        (f"raw/{name}#offset={offsets[2]}", "WARC response not HTML"),
        (f"raw/{name}#offset={offsets[3]}", "WARC response not HTTP 200")]


def test_the_parts_of_a_partitioned_read_share_the_warc_records_out(tmp_path):
    crawl(tmp_path)
    whole = [(place, getattr(item, "path", None)) for place, item in read_folder(tmp_path / "raw", tmp_path)]
    parts = [[(place, getattr(item, "path", None)) for place, item in read_folder(tmp_path / "raw", tmp_path,
                                                                                     part=(rank, 3))]
             for rank in range(3)]
    assert all(parts) and sorted(sum(parts, [])) == sorted(whole) and len(whole) == 7


@pytest.mark.parametrize("gzip, name, cut", [(True, "crawl.warc.gz", 30), (False, "crawl.warc", 30),
                                             (False, "headers.warc", 100)])
def test_a_truncated_warc_keeps_the_records_before_the_cut_and_names_where_it_breaks(tmp_path, gzip, name, cut):
    path, offsets = crawl(tmp_path, gzip, name)
    data = path.read_bytes()
    last = offsets[-1]
    path.write_bytes(data[:last + cut])  # cut inside the last response's WARC headers or its HTTP headers
    items = [item for _, item in read_folder(tmp_path / "raw", tmp_path)]
    assert [i.path for i in items if isinstance(i, RawDocument)] == [f"raw/{name}#offset={offsets[i]}"
                                                                     for i in (0, 1, 4, 5)]
    [rejected] = [i for i in items if isinstance(i, Rejected)]
    assert rejected.path == f"raw/{name}#offset={last}"
    assert f"truncated or damaged WARC: it breaks at byte offset {last}" in rejected.problem


def test_a_file_named_warc_that_is_not_one_is_rejected_at_offset_0(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "notes.warc.gz").write_bytes(b"these are my notes, not a crawl")
    [(_, item)] = read_folder(tmp_path / "raw", tmp_path)
    assert item.path == "raw/notes.warc.gz#offset=0" and "breaks at byte offset 0" in item.problem


def test_a_record_that_inflates_past_a_mebibyte_is_walked_over_and_damage_after_it_found(tmp_path):
    big = b"<html><body><p>" + b"news " * 300_000 + b"</p></body></html>"  # 1.5 MB from a few KB of gzip
    offsets = write_warc(tmp_path / "big.warc.gz", [("https://news.example.com/big", "200 OK", "text/html", big),
                                                    *PAGES])
    data = (tmp_path / "big.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[:offsets[3] + 100])
    check = ("import sys; from pathlib import Path; from newscorpus.ingest.warc import damaged_at; "
             "print([damaged_at(Path(p)) for p in sys.argv[1:]])")
    result = subprocess.run([sys.executable, "-c", check, str(tmp_path / "big.warc.gz"), str(tmp_path / "cut.warc.gz")],
                            capture_output=True, text=True, timeout=60)  # a walk that loops fails here, not hangs
    assert result.stdout.strip() == f"[None, {offsets[3]}]", result.stderr
