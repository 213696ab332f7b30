"""End to end, as a user would: a folder of scraped news in every form the corpus takes (a Windows-1252 text file,
an undated text file, HTML pages, a WARC crawl) built with `newscorpus build` into a valid dataset."""

import gzip
import json
import subprocess
import sys
import tempfile

import datasets
import pandas as pd
import pytest
from building import build_command
from pages import BODY, news_page
from warcs import write_warc

LATIN1 = ("Fuel prices rise again\n\nPetrol now costs \u00a31.52 a litre, up from \u00a31.38 a year ago, the AA said "
          "on Tuesday. Drivers in Leeds and Cardiff paid the most.\n")
UNDATED = ("Council approves new bridge\n\nThe city council voted on Monday to build a new bridge over the river. "
           "Work will start on May 2 and should end next year, the mayor said.\n")
CRAWLED = [f"Story {n} from the crawl" for n in range(2)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("scraped")
    raw = corpus / "raw"
    raw.mkdir()
    (raw / "fuel.txt").write_bytes(LATIN1.encode("cp1252"))
    (raw / "fuel.txt.meta.json").write_text(json.dumps({"published": "2024-03-05", "license": "CC-BY-4.0"}))
    (raw / "bridge.txt").write_bytes(UNDATED.encode("utf-8"))
    (raw / "rates.html").write_text(news_page(), encoding="utf-8")
    (raw / "budget.html.gz").write_bytes(gzip.compress(news_page(
        title="Chancellor sets out spending plans", url="https://news.example.com/politics/budget",
        paragraphs=[p.replace("central bank", "Treasury").replace("4.5 percent", "\u00a340bn")
                    for p in reversed(BODY)],
        charset="windows-1252").encode("cp1252")))
    write_warc(raw / "crawl.warc.gz", [
        (f"https://crawl.example.org/{n}", "200 OK", "text/html",
         news_page(title=title, url=f"https://crawl.example.org/{n}", published=f"2023-11-0{n + 1}",
                   paragraphs=[f"{p} ({title})" for p in BODY]).encode())
        for n, title in enumerate(CRAWLED)] + [
        ("https://crawl.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://crawl.example.org/gone", "404 Not Found", "text/html", b"<html><p>Not found</p></html>")])
    result = subprocess.run(build_command(corpus, "--workers=2"), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return corpus, result.stderr + result.stdout


def test_every_input_becomes_a_record_and_the_crawl_s_other_responses_are_counted(corpus):
    folder, output = corpus
    assert "built 6 articles" in output and "0 inputs rejected" in output
    assert "1 skipped: WARC response not HTML" in output and "1 skipped: WARC response not HTTP 200" in output


def test_the_dataset_is_valid_and_loads_with_datasets_and_pandas(corpus):
    folder, _ = corpus
    validate = subprocess.run([sys.executable, "-m", "newscorpus", "validate", str(folder)], capture_output=True,
                              text=True, timeout=300)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    articles = pd.read_parquet(folder / "data" / "articles")
    loaded = datasets.load_dataset(str(folder), split="train", cache_dir=tempfile.mkdtemp())
    assert loaded.num_rows == len(articles) == 6
    by_title = {row["title"]: row for row in loaded}
    fuel = by_title["Fuel prices rise again"]
    assert "\u00a31.52" in fuel["text"] and fuel["source"]["encoding"] == "cp1252"
    assert fuel["source"]["license"] == "CC-BY-4.0" and str(fuel["published"]) == "2024-03-05"
    bridge = by_title["Council approves new bridge"]
    assert bridge["published"] is None
    assert {d["text"]: d["value"] for d in bridge["dates"]}["May 2"] == "XXXX-05-02"
    rates = by_title["Bank of England holds rates as inflation eases"]
    assert (rates["authors"], rates["source"]["outlet"], rates["source"]["layout"]) == \
        (["Jane Smith"], "Example News", "html_article_v1")
    assert by_title["Chancellor sets out spending plans"]["source"]["encoding"] == "cp1252"
    crawled = articles[articles["source"].map(lambda s: "#offset=" in s["path"])]
    assert sorted(crawled["title"]) == CRAWLED
    assert sorted(s["url"] for s in crawled["source"]) == ["https://crawl.example.org/0", "https://crawl.example.org/1"]
    assert all(s["path"].startswith("raw/crawl.warc.gz#offset=") for s in crawled["source"])


def test_the_card_says_how_many_records_are_undated(corpus):
    folder, _ = corpus
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert "1 of 6 articles (16.7%) have no known publication date" in card
