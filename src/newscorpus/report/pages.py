"""The report's HTML pages. Every value from the data passes through `escape`. The only script is the corpus page's
`table.js` (search and sort the article table), a file beside it; a Content-Security-Policy refuses any other,
and article pages refuse every script."""

from __future__ import annotations

from html import escape

from spacy.displacy.render import DEFAULT_LABEL_COLORS

from ..dataset.schema import record_schema
from .figures import ReportFigures
from .highlight import highlight
from .plots import bar_chart, column_chart

CSP = "default-src 'none'; style-src 'self'; img-src 'self'"
INDEX_CSP = CSP + "; script-src 'self'"
TABLE_SCRIPT = "table.js"  # package data of newscorpus.report
LABELS = record_schema()["properties"]["entities"]["items"]["properties"]["label"]["enum"]
OTHER_COLOUR = "#ddd"
UNDATED = "no date found"

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
.article-text { white-space: pre-wrap; line-height: 2.2; }
mark.ent { padding: 0.25em 0; color: inherit; }
mark.ent.first { padding-left: 0.3em; border-top-left-radius: 0.35em; border-bottom-left-radius: 0.35em; }
mark.ent.last { padding-right: 0.3em; border-top-right-radius: 0.35em; border-bottom-right-radius: 0.35em; }
mark.ent .label { font-size: 0.65em; font-weight: bold; margin-left: 0.4em; vertical-align: middle; }
.timex { border-bottom: 3px solid #1a7f64; cursor: help; position: relative; }
.timex:hover::after { content: attr(data-value); position: absolute; left: 0; top: 1.6em; background: #1a7f64;
  color: #fff; padding: 0 0.4em; border-radius: 0.3em; font-size: 0.8em; white-space: nowrap; z-index: 1; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid #eee; vertical-align: top; }
figure { margin: 1.5rem 0; } figcaption { font-weight: bold; margin-bottom: 0.5rem; }
svg text { font: 12px system-ui, sans-serif; fill: #333; } svg .bar { fill: #4c78a8; }
.legend mark { margin-right: 0.4em; }
#articles th button { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; }
#articles th[aria-sort="ascending"] button::after { content: " ▲"; }
#articles th[aria-sort="descending"] button::after { content: " ▼"; }
#article-search { font: inherit; padding: 0.2em 0.4em; width: 20rem; }
""" + "".join(f".label-{label} {{ background: {DEFAULT_LABEL_COLORS.get(label, OTHER_COLOUR)}; fill: "
              f"{DEFAULT_LABEL_COLORS.get(label, OTHER_COLOUR)}; }}\n" for label in LABELS)


def page(title: str, body: str, root: str, csp: str = CSP) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="{root}style.css"></head>'
            f'<body>{body}</body></html>\n')


def index_page(figures: ReportFigures, articles: list[dict]) -> str:
    entity_rows = [(f"{text} ({label})", count) for (text, label), count in figures.top_entities()]
    span, outside = figures.year_span(), figures.years_outside()
    years_note = f" ({outside:,} mentions outside {span[0]}–{span[1]} left out)" if outside else ""
    entity_classes = [f"label-{label}" for (_, label), _ in figures.top_entities()]
    label_rows = figures.label_rows()
    rows = "".join(
        f'<tr><td><a href="articles/{escape(a["id"])}.html">{escape(a["title"])}</a></td>'
        f'<td>{escape(a["published"] or UNDATED)}</td><td>{len(a["entities"])}</td><td>{len(a["dates"])}</td></tr>'
        for a in articles)
    body = (
        "<h1>newscorpus</h1>"
        f'<p id="summary">{len(articles):,} articles, {sum(figures.labels.values()):,} entity mentions, '
        f'{sum(len(a["dates"]) for a in articles):,} date expressions.</p>'
        + bar_chart("Entity mentions per label", label_rows, [f"label-{label}" for label, _ in label_rows])
        + bar_chart("Most mentioned names (numbers, dates and ordinals apart)", entity_rows, entity_classes)
        + column_chart(f"Dates mentioned, per year{years_note}", figures.year_rows())
        + column_chart("Articles per month of publication", figures.month_rows())
        + (f'<p id="undated">Articles with no known publication date: {figures.undated:,}.</p>'
           if figures.undated else "")
        + '<h2>Articles</h2><p><input type="search" id="article-search" placeholder="Search titles and dates" '
          'aria-label="Search the articles by title or date" aria-controls="articles" hidden> '
          f'<span id="article-count" aria-live="polite">{len(articles):,} articles</span></p>'
          '<table id="articles"><thead><tr><th>title</th><th aria-sort="ascending">published</th>'
          '<th data-type="number">entities</th><th data-type="number">dates</th></tr></thead>'
          f'<tbody>{rows}</tbody></table><script src="{TABLE_SCRIPT}"></script>')
    return page("newscorpus", body, "", INDEX_CSP)


def article_page(record: dict) -> str:
    source = record["source"]
    url = source["url"] or ""
    link = (f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(url)}</a>'
            if url.startswith(("https://", "http://")) else escape(url))
    labels = sorted({e["label"] for e in record["entities"]})
    legend = "".join(f'<mark class="ent first last label-{escape(label)}">{escape(label)}</mark>' for label in labels)
    dates = "".join(f'<tr><td>{escape(d["text"])}</td><td>{escape(d["type"])}</td><td>{escape(d["value"])}</td></tr>'
                    for d in record["dates"])
    body = (
        '<p><a href="../index.html">newscorpus</a></p>'
        f'<h1>{escape(record["title"])}</h1>'
        f'<table class="meta"><tr><th>published</th><td>{escape(record["published"] or UNDATED)}</td></tr>'
        f'<tr><th>outlet</th><td>{escape(source["outlet"] or "unknown")}</td></tr>'
        f'<tr><th>url</th><td>{link}</td></tr>'
        f'<tr><th>source</th><td>{escape(source["path"])} ({escape(source["layout"])})</td></tr>'
        f'<tr><th>id</th><td>{escape(record["id"])}</td></tr></table>'
        f'<p class="legend">{legend}<span class="timex">date</span> (hover a date for its value)</p>'
        f'<div class="article-text">{highlight(record["text"], record["entities"], record["dates"])}</div>'
        f'<h2>Dates</h2><table id="dates"><thead><tr><th>text</th><th>type</th><th>value</th></tr></thead>'
        f"<tbody>{dates}</tbody></table>")
    return page(record["title"], body, "../")
