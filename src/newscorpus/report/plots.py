"""Charts as inline SVG, with every label escaped: no script, no external library, readable without a server."""

from __future__ import annotations

from html import escape

BAR = 18  # height of a horizontal bar, px
WIDTH = 640
LABEL_WIDTH = 220
COLUMN_AREA = 200  # height of the column chart's plotting area, px
LABEL_CHARS = 34  # longer bar labels are shortened; the bar's tooltip has the whole label


def bar_chart(title: str, rows: list[tuple[str, int]], classes: list[str] | None = None) -> str:
    """Horizontal bars, one per (label, count), in the given order; `classes` colour each bar."""
    if not rows:
        return _empty(title)
    top = max(count for _, count in rows) or 1
    scale = (WIDTH - LABEL_WIDTH - 60) / top
    height = BAR * len(rows) + 8
    bars = []
    for i, (label, count) in enumerate(rows):
        y = 4 + i * BAR
        css = f' class="{escape(classes[i])}"' if classes else ' class="bar"'
        bars.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR - 5}" text-anchor="end">{escape(_short(label))}</text>'
            f'<rect{css} x="{LABEL_WIDTH}" y="{y + 2}" width="{max(count * scale, 1):.1f}" height="{BAR - 4}">'
            f"<title>{escape(label)}: {count:,}</title></rect>"
            f'<text x="{LABEL_WIDTH + count * scale + 4:.1f}" y="{y + BAR - 5}">{count:,}</text>')
    return _figure(title, WIDTH, height, "".join(bars))


def column_chart(title: str, rows: list[tuple[str, int]]) -> str:
    """Vertical columns over an ordered axis (months, years); the first and last labels are written."""
    if not rows:
        return _empty(title)
    top = max(count for _, count in rows) or 1
    step = min((WIDTH - 40) / len(rows), 60)
    columns = []
    for i, (label, count) in enumerate(rows):
        h = count / top * COLUMN_AREA
        columns.append(f'<rect class="bar" x="{20 + i * step:.1f}" y="{14 + COLUMN_AREA - h:.1f}" '
                       f'width="{max(step - 1, 1):.1f}" height="{max(h, 1):.1f}">'
                       f"<title>{escape(label)}: {count:,}</title></rect>")
    axis = f'<text x="20" y="{COLUMN_AREA + 28}">{escape(rows[0][0])}</text><text x="20" y="8">most {top:,}</text>'
    if len(rows) > 1:
        axis += (f'<text x="{20 + len(rows) * step:.1f}" y="{COLUMN_AREA + 28}" text-anchor="end">'
                 f"{escape(rows[-1][0])}</text>")
    return _figure(title, WIDTH, COLUMN_AREA + 36, "".join(columns) + axis)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _figure(title: str, width: int, height: int, body: str) -> str:
    return (f'<figure><figcaption>{escape(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">{body}</svg></figure>')


def _empty(title: str) -> str:
    return f"<figure><figcaption>{escape(title)}</figcaption><p>Nothing to show.</p></figure>"
