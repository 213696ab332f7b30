"""Text clean-up that settles how characters are written, never which words are there."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[^\S\n]+")  # any run of white space but newlines: NBSP, thin spaces, tabs
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n")


def clean_line(line: str) -> str:
    """NFC, zero-width characters dropped, every run of spaces (no-break ones too) one space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", line).translate(_INVISIBLE)).strip()


def blocks(text: str) -> list[str]:
    """Blank-line separated blocks, each with its lines joined by one space; empty blocks dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    joined = (" ".join(filter(None, map(clean_line, block.split("\n")))) for block in _BLANK_LINES.split(text))
    return [block for block in joined if block]


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[dict]]:
    """Paragraphs as one text separated by blank lines, with each paragraph's code-point offsets."""
    offsets, start = [], 0
    for paragraph in paragraphs:
        offsets.append({"start": start, "end": start + len(paragraph)})
        start += len(paragraph) + 2
    return "\n\n".join(paragraphs), offsets
