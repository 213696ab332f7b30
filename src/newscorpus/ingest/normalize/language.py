"""Which language a text is written in, told by the share of each language's commonest function words.

Only positive evidence counts: a text that reads as no language in particular (a table of figures, a list
of names) is taken as English, the corpus's language.
"""

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
MIN_LATIN = 0.5  # of a text's letters; below, the text is in another script
FUNCTION_WORDS = {
    "English": "the of and to in is that for it on was with as be by at are this from or have has not but they "
               "he she his her its their which will were been would who said",
    "German": "der die und das ist nicht ein eine zu den von mit sich auf für im dem des auch es werden aus er "
              "hat dass sie nach wird bei",
    "French": "le la les et des est un une du que qui dans pour pas sur au avec il elle ce sont par plus ne se",
    "Spanish": "el la los las y de que en un una es por con para del se no al lo como más pero sus su",
    "Italian": "il di che e la per un una non con del della sono si le da nel alla anche gli",
    "Dutch": "de het een en van is dat op te in niet met zijn voor er aan ook als door maar",
    "Portuguese": "o a os as e de que em um uma do da não para com por se mais dos das ao",
}
_SETS = {language: frozenset(words.split()) for language, words in FUNCTION_WORDS.items()}
MIN_WORDS = 30  # below this a share says little
MIN_SHARE = 0.12  # running prose of any of these languages is at 0.3 to 0.5


def language_of(text: str) -> str | None:
    """The language whose function words make the largest share of `text`'s words, or None if none stands out."""
    if script := _other_script(text):
        return script
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    shares = {language: sum(counts[word] for word in vocabulary) / len(words) for language, vocabulary in _SETS.items()}
    language = max(shares, key=shares.get)
    return language if shares[language] >= MIN_SHARE else None


def _other_script(text: str) -> str | None:
    """"Cyrillic script", "CJK script" and the like for a text whose letters are mostly not Latin, else None."""
    if text.isascii():  # every letter Latin
        return None
    letters = len(_LETTER.findall(text))
    if letters < MIN_WORDS or len(_LATIN.findall(text)) >= MIN_LATIN * letters:
        return None
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in _LETTER.findall(text)[:2000]
                      if not _LATIN.match(ch))
    script = scripts.most_common(1)[0][0]
    return f"{script if script == 'CJK' else script.title()} script"
