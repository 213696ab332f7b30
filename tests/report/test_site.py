"""The report as a browser shows it: headless Chromium (Debian's `chromium`, installed by `make test`)."""

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from paths import FIXTURES
from waiting import run

from newscorpus.dataset import card
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.shards import write_dataset
from newscorpus.report import build_site

FIXTURE = FIXTURES / "record_v1.0.0.json"
ATTACK = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
CHROMIUM = shutil.which("chromium")
GPE_COLOUR = (0xFE, 0xCA, 0x74)  # displaCy's GPE colour
TIMEX_COLOUR = (0x1A, 0x7F, 0x64)


def hostile(record: dict) -> dict:
    """The fixture with a paragraph of markup appended to its text and a headline that is markup."""
    text = record["text"] + "\n\n" + ATTACK
    title = "<b>" + record["title"]
    shift = len("<b>")
    move = lambda spans: [{**s, "start": s["start"] + shift, "end": s["end"] + shift} for s in spans]  # noqa: E731
    return {**record, "id": "0" * 16, "title": title, "text": "<b>" + text,
            "paragraphs": [*move(record["paragraphs"]), {"start": len(text) + shift - len(ATTACK),
                                                         "end": len(text) + shift}],
            "entities": move(record["entities"]), "dates": move(record["dates"])}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    corpus, out = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("report")
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    write_dataset([hostile(record), record], corpus, card.template())
    build_site(corpus, out)
    return out


def chromium(page: Path, tmp_path: Path, *flags: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "chromium is not installed: `make test` installs it (apt-get install -y chromium)"
    shown = run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1400", *flags, page.as_uri()], timeout=300)
    assert shown.returncode == 0, shown.stderr[-3000:]
    return shown


def dom(page: Path, tmp_path: Path) -> str:
    return chromium(page, tmp_path, "--dump-dom").stdout


def pixels(png: bytes) -> list[tuple[int, int, int]]:
    """RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, i = {}, 8
    while i < len(png):
        length, kind = struct.unpack(">I4s", png[i:i + 8])
        chunks[kind] = chunks.get(kind, b"") + png[i + 8:i + 8 + length]
        i += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert depth == 8 and colour in (2, 6)
    step = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(chunks[b"IDAT"]), width * step, [], bytearray(width * step)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - step] if x >= step else 0
            b, c = prev[x], prev[x - step] if x >= step else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (0, a, b, (a + b) // 2, a if pa <= pb and pa <= pc else b if pb <= pc else c)[kind]) & 255
        rows.append(line)
        prev = line
    return [tuple(row[x:x + 3]) for row in rows for x in range(0, stride, step)]


def test_an_article_shows_its_entities_and_dates_with_values_on_hover(site, tmp_path):
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    shown = dom(site / "articles" / f"{record['id']}.html", tmp_path)
    marks = re.findall(r'<mark class="ent label-(\w+)[^"]*" data-label="\1" title="\1', shown)
    assert len(marks) >= len(record["entities"]) and set(marks) == {e["label"] for e in record["entities"]}
    for date in record["dates"]:
        assert f'title="DATE {date["value"]}">' in shown
        assert f'<td>{date["text"]}</td><td>DATE</td><td>{date["value"]}</td>' in shown


def test_article_content_is_shown_as_text_and_never_runs(site, tmp_path):
    shown = dom(site / "articles" / f"{'0' * 16}.html", tmp_path)
    assert "<title>&lt;b&gt;Turkey to keep talking" in shown  # the title was not changed by a script
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x" in shown
    assert "<script" not in shown and "<img" not in shown and "<b>" not in shown


def test_the_corpus_page_shows_the_four_charts_and_links_every_article(site, tmp_path):
    shown = dom(site / "index.html", tmp_path)
    assert re.findall(r"<figcaption>([^<]+)</figcaption>", shown) == [
        "Entity mentions per label", "Most mentioned names (numbers, dates and ordinals apart)",
        "Dates mentioned, per year", "Articles per month of publication"]
    assert re.search(r'<p id="summary">2 articles, 20 entity mentions, 6 date expressions\.</p>', shown)
    assert len(re.findall(r'<a href="articles/[0-9a-f]{16}\.html">', shown)) == 2
    assert "<title>newscorpus</title>" in shown and "<b>" not in shown


def test_the_screenshot_shows_highlighted_entities_and_underlined_dates(site, tmp_path):
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    shot = tmp_path / "article.png"
    chromium(site / "articles" / f"{record['id']}.html", tmp_path, f"--screenshot={shot}")
    seen = pixels(shot.read_bytes())
    assert len(seen) == 1200 * 1400
    assert seen.count(GPE_COLOUR) > 500  # five GPE mentions on a yellow ground
    assert seen.count(TIMEX_COLOUR) > 50  # dates underlined
    assert seen.count((255, 255, 255)) > len(seen) // 2  # a page, not a blank or an error colour


def test_an_undated_article_is_listed_last_and_said_to_have_no_date(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "report"
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    undated = {**record, "id": "0" * 16, "published": None}
    write_dataset([undated, record], corpus, card.template())
    figures = build_site(corpus, out)
    assert figures.undated == 1 and sum(figures.months_published.values()) == 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.index(record["published"]) < index.index("no date found")
    assert "Articles with no known publication date: 1." in index
    assert "no date found" in (out / "articles" / f"{'0' * 16}.html").read_text(encoding="utf-8")
