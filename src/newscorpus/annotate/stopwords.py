"""spaCy's English stop words, imported when first needed: importing spaCy takes about a second that a build
finding every record in its cache need not spend."""

from functools import cache


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
