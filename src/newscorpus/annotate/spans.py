"""Spans: dicts with code-point offsets `start` and `end` (end-exclusive) into a record's text."""

from __future__ import annotations

from collections.abc import Iterable


def overlaps(span: dict, start: int, end: int) -> bool:
    """Whether `span` shares a character with [start, end)."""
    return span["start"] < end and start < span["end"]


def overlapping(spans: Iterable[dict], start: int, end: int) -> list[dict]:
    return [span for span in spans if overlaps(span, start, end)]


def by_offset(spans: Iterable[dict]) -> list[dict]:
    """Sorted by start, then end: the order of a record's layers."""
    return sorted(spans, key=lambda span: (span["start"], span["end"]))


def inside(span: dict, start: int, end: int) -> bool:
    """Whether `span` lies within [start, end)."""
    return start <= span["start"] and span["end"] <= end
