"""Case restoration for headline-cased and all-caps lines, so a cased NER model is not fooled by them.

`restore_case(text)` returns a copy of `text` of the same length in which only the letters of such lines change
case: each word takes the casing it has inside sentences elsewhere in the text; a word the rest of the text does not
show keeps its capital if it is a name-like word of a headline, and is lowercased if it is a function word.
Offsets into the copy are offsets into `text`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .stopwords import stop_words

WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)[\"'“‘(]*$")
MIN_HEADLINE_WORDS = 3


def restore_case(text: str) -> str:
    lines = text.split("\n")
    shouted = [is_shouted(line) for line in lines]
    if not any(shouted):
        return text
    wanted = {word.lower() for line, flag in zip(lines, shouted) if flag for word in WORD.findall(line)}
    forms = inside_sentence_forms((line for line, flag in zip(lines, shouted) if not flag), wanted)
    return "\n".join(recase(line, forms) if flag else line for line, flag in zip(lines, shouted))


def is_shouted(line: str) -> bool:
    """All caps, or a headline: every word but function words capitalized, no closing full stop."""
    words = WORD.findall(line)
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    if not any(c.islower() for c in line):
        return True
    stops = stop_words()
    content = [w for w in words if w.lower() not in stops]
    return len(content) >= MIN_HEADLINE_WORDS and all(w[0].isupper() for w in content) and not line.endswith(".")


def inside_sentence_forms(lines, wanted: set[str]) -> dict[str, Counter]:
    """lowercased word -> how often each spelling of it occurs other than first in a sentence, for the `wanted`
    (lowercased) words."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        previous_end = 0
        for match in WORD.finditer(line):
            word = match.group()
            # a sentence start holds no letters, so it lies after the previous word: searching from there is
            # searching the line up to the word (`^` matches only at the line's real start)
            if (lower := word.lower()) in wanted and not SENTENCE_START.search(line, previous_end, match.start()):
                forms[lower][word] += 1
            previous_end = match.end()
    return forms


def recase(line: str, forms: dict[str, Counter]) -> str:
    all_caps = not any(c.islower() for c in line)
    pieces, last = [], 0
    for i, match in enumerate(WORD.finditer(line)):
        word = match.group()
        cased = _cased(word, forms.get(word.lower()), all_caps, first=i == 0 and word[0].isupper())
        pieces += [line[last:match.start()], cased if len(cased) == len(word) else word]
        last = match.end()
    return "".join(pieces) + line[last:]


def _cased(word: str, seen: Counter | None, all_caps: bool, first: bool) -> str:
    if seen:
        cased = seen.most_common(1)[0][0]
    elif word.lower() in stop_words():
        cased = word.lower()
    elif all_caps:
        cased = word.capitalize()
    else:
        cased = word
    return cased[0].upper() + cased[1:] if first else cased
