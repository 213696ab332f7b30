"""Vague references to the present, past and future (TimeML PRESENT_REF, PAST_REF, FUTURE_REF)."""
from .keywords import Keyword
from .rules import rule

_REFERENCES = {
    "PRESENT_REF": (
        r"now|currently|nowadays|presently|at\s+present|these\s+days|the\s+present|the\s+time\s+being"
        r"|current(?=\s+[a-z])"  # the adjective: "current conditions"
    ),
    "PAST_REF": (
        r"recently|recent\s+(?:days|weeks|months|years|decades|times)|the\s+past"
        r"|then[-\s]current(?=\s+[a-z])"  # "at the then current price": the present of a past time
        r"|(?<!most\s)recent(?=\s+[a-z])"  # the adjective, but "most recent" orders things
    ),
    "FUTURE_REF": (
        r"soon(?!\s+(?:as|after|afterwards?)\b)|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
        r"|the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades)"
    ),
}


@rule(rf"\b(?:{_REFERENCES['PRESENT_REF']})\b(?!-)", keyword=Keyword.REFERENCE, example="Prices are now falling.")
def present(m, context):
    return "DATE", "PRESENT_REF"


@rule(rf"\b(?:{_REFERENCES['PAST_REF']})\b(?!-)", keyword=Keyword.REFERENCE, example="Prices fell recently.")
def past(m, context):
    return "DATE", "PAST_REF"


@rule(rf"\b(?:{_REFERENCES['FUTURE_REF']})\b(?!-)", keyword=Keyword.REFERENCE, example="Prices will fall soon.")
def future(m, context):
    return "DATE", "FUTURE_REF"
