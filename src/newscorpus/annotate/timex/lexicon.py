"""Words that name calendar things, and regex fragments built from them."""
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "tonight": "NI", "overnight": "NI",
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "a couple of", "couple of")  # all but "couple": X


def alternation(words) -> str:
    """A regex matching any of the words, factored as a prefix tree ("ma(?:rch|y)") so that
    the engine never retries a shared prefix; a space in a word matches any whitespace."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_pattern(tree)


def _tree_pattern(node: dict) -> str:
    """The regex for one prefix-tree node; the key "" marks that a word may end here."""
    branches = [(r"\s+" if char == " " else re.escape(char)) + _tree_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return ("(?:" + group + ")" if len(branches) == 1 and len(group) > 1 else group) + "?"
    return group


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4] + ["may", "june", "july"]
_ABBREVIATED_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."]
MONTH = "(?-i:" + alternation(
    [m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS]
    + _ABBREVIATED_MONTHS + [m.rstrip(".") for m in _ABBREVIATED_MONTHS]
) + ")"
WEEKDAY = "(?-i:" + alternation([w.capitalize() for w in WEEKDAYS] + [w.upper() for w in WEEKDAYS]) + ")"
SEASON = alternation(SEASONS)
ORDINAL = rf"(?:(?:twenty|thirty)[-\s]+)?{alternation(ORDINALS)}"
NUMBER_WORD = (
    "(?:" + alternation(_TENS) + r"(?:[- ]" + alternation(k for k in _SMALL if k != "zero") + ")?"
    + "|" + alternation(_SMALL) + ")"
)
NUMBER = rf"(?:\d{{1,3}}(?:\.\d+)?(?![\d,])|{NUMBER_WORD}|an?|{alternation(VAGUE_QUANTITIES)})"
# "quarter" names a fraction or a stage before these: "a quarter point", "the quarter-final", "a quarter of voters"
NOT_A_QUARTER_OF_TIME = r"(?![-\s]+(?:finals?|finalists?|points?|percentage|of|century)\b)"
UNIT = rf"(?:second|minute|hour|day|week|month|quarter{NOT_A_QUARTER_OF_TIME}|year|decade|centur(?:y|ie))s?"
ZONES = ("GMT", "UTC", "BST", "CET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT")
ZONE = rf"(?:{alternation(ZONES)}|local\s+time)"
CLOCK_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour time without its colon, as wire copy writes it: "1800 GMT"


# Titles that hold a day's name: "the Sunday Times", "the Mail on Sunday", "USA Today", "the Today programme"
_NEWSPAPER_NOUNS = ("Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Mail", "Tribune", "Independent",
                    "Observer", "People", "Sport", "Business", "Record")
DAY_IN_A_TITLE_BEFORE = re.compile(r"(?-i:\b(?:Mail|Independent|Scotland|Wales|Sun)\s+on|USA)\s+$")
DAY_IN_A_TITLE_AFTER = re.compile(rf"\s+(?:(?-i:{alternation(_NEWSPAPER_NOUNS)})\b|(?:programme|program|show)\b)",
                                  re.IGNORECASE)


def in_a_title(text: str, start: int, end: int) -> bool:
    """Whether the day's name at text[start:end] is part of the title of a paper or programme."""
    return bool(DAY_IN_A_TITLE_BEFORE.search(text, max(0, start - 20), start) or DAY_IN_A_TITLE_AFTER.match(text, end))


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def unit_name(word: str) -> str:
    """'Years' -> 'year', 'centuries' -> 'century'."""
    word = word.lower()
    return "century" if word.startswith("centur") else word.removesuffix("s")


def number_value(words: str) -> int | None:
    """'twenty-four' -> 24, '3' -> 3, 'a' -> 1, 'a couple of' -> 2; None for vague quantities like 'several'."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words in ("a", "an"):
        return 1
    if words in ("a couple of", "couple of"):
        return 2
    if words.replace(".", "", 1).isdigit():
        return round(float(words)) if "." in words else int(words)
    total = 0
    for word in words.split():
        if word in _TENS:
            total += _TENS[word]
        elif word in _SMALL:
            total += _SMALL[word]
        else:
            return None
    return total


def ordinal_value(words: str) -> int:
    """'third' -> 3, 'twenty-first' -> 21."""
    return sum(_TENS.get(w) or ORDINALS[w] for w in words.lower().replace("-", " ").split())
