"""The tense of the sentence around an expression, from lexical cues alone.

The cue nearest to the expression decides: in "told reporters on May 2 that they will meet",
"told" is nearer to "May 2" than "will" is.
"""
import re

PAST = "PAST"
FUTURE = "FUTURE"
BEFORE_NOW = "BEFORE_NOW"  # not a tense the sentence shows but a date that cannot be ahead: "since March"

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“']?[A-Z])|\n")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_LOOK = 300  # characters searched on either side for the sentence edges

_FUTURE_WORDS = frozenset(
    "will shall won't gonna would next upcoming coming tomorrow expected scheduled planned due payable effective until"
    " soon".split()
)
_FUTURE_BEFORE_TO = frozenset(  # "going to", "expected to", ...
    "going set slated poised likely plan plans intend intends aim aims planning".split()
)
_PROSPECTIVE = frozenset(  # "was due to", "were planning to": a past that looks ahead
    "planning expected scheduled due set poised slated preparing".split()
)
_PAST_WORDS = frozenset(
    "was were had did said told made took came went met saw gave got left began won lost rose fell"
    " sold bought brought thought held found became kept led paid ran sent spent stood struck wrote"
    " spoke broke chose drove flew grew knew threw hit put cut quit shut hurt fought taught caught"
    " sought built felt heard meant sank shot slid stole swore woke wore ago earlier previously"
    " yesterday last".split()
)
_NOT_PAST_PARTICIPLES = frozenset(
    "need speed indeed hundred proceed exceed succeed seed feed breed bed red shed united limited"
    " embed greed weed deed bleed creed".split()
)


_PASSIVE_AUXILIARIES = frozenset("be been being is are am".split())  # "will be held" is not past


def _cue(previous: str, word: str, following: str) -> str | None:
    word = word.lower()
    if word == "next" and following.lower() == "to":  # "the stalls next to the station": a place
        return None
    if word in _FUTURE_WORDS or word.endswith("'ll") or (word in _FUTURE_BEFORE_TO and following == "to"):
        return FUTURE
    if word in ("was", "were") and following.lower() in _PROSPECTIVE:
        return FUTURE
    if previous.lower() in _PASSIVE_AUXILIARIES:
        return None
    if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST_PARTICIPLES):
        return PAST
    return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    sentence_start = max(0, start - _LOOK)
    for brk in _SENTENCE_BREAK.finditer(text, sentence_start, start):
        sentence_start = brk.end()
    following = _SENTENCE_BREAK.search(text, end, end + _LOOK)
    return sentence_start, following.start() if following else min(len(text), end + _LOOK)


def tense_around(text: str, start: int, end: int) -> str | None:
    """PAST, FUTURE, or None when the sentence has no cue."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    before = _WORD.findall(text, sentence_start, start)
    after = _WORD.findall(text, end, sentence_end)
    words = ["", *before, *after, ""]
    cues = [  # (distance in words from the expression, tense)
        (abs(i - len(before) - 0.5), _cue(*words[i - 1:i + 2]))
        for i in range(1, len(words) - 1)
    ]
    found = [cue for cue in cues if cue[1]]
    return min(found, key=lambda cue: cue[0])[1] if found else None
