"""amount_patterns_v1: sums of money, percentages and quantities as whole mentions, sign and suffix included; ages
are no dates.

The model often leaves out a currency sign ("£[40]m", "$[1.13bn]"), reads "£4bn" as an ORDINAL or "25p" as a
CARDINAL, and may tag the words before an amount alone ("as much as" PERCENT). An amount found in the text:
- MONEY: a currency sign, a number and a scale ("£4bn", "$1.13bn", "US$20m", "€2.3 billion"), a number of pence
  ("25p"), or a number and a currency word ("1.30 dollars", "5 million euros");
- PERCENT: a number and "%", "per cent", "percent" or "percentage point(s)" ("76%", "3 per cent");
- QUANTITY: a number, a scale and a unit of measure ("2.5m barrels", "500 tonnes", "40 miles").
It replaces the model's numeric mentions it overlaps (and any mention inside it), taking their place, and keeps
the words a numeric mention had before it ("about", "as much as"); where a name reaches out of it, the
name stays and the amount is not tagged. A MONEY, PERCENT or QUANTITY mention of the
model with no number in it at all ("as much as") is dropped, and a DATE of the model that is a bare number of
one to three digits is an age or a count, not a date ("Smith, 57, said"): a CARDINAL. Mentions a rule added or
changed get origin "rule".
"""

from __future__ import annotations

import re

from .base import Annotator, register
from .spans import by_offset, inside, overlapping

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"(?:bn|mn|m|k|tn|trn)(?![\w])|\s(?:trillion|billion|million|thousand)(?![\w])"
CURRENCY_SIGN = r"(?:US|HK|NZ|AU|CA|A|C|S|R)?\$|£|€|¥|₹"
CURRENCY_WORD = (r"(?:(?:US|U\.S\.|Hong Kong|Australian|Canadian|New Zealand|Singapore) )?"
                 r"(?:dollars?|pounds? sterling|euros?|yen|yuan|pence|cents?|francs?|rupees?|roubles?|rubles?|"
                 r"pesos?|rand|won|krona|kronor|kroner)")
UNIT = (r"(?:barrels?|tonnes?|tons?|kilo(?:gram(?:me)?)?s?|kg|grams?|ounces?|oz|lbs?|kilomet(?:re|er)s?|km|miles?|"
        r"met(?:re|er)s?|feet|foot|ft|inches|yards?|acres?|hectares?|square (?:miles|kilomet(?:re|er)s|met(?:re|er)s|"
        r"feet)|sq (?:km|ft|m)|lit(?:re|er)s?|gallons?|cubic (?:met(?:re|er)s|feet)|megawatts?|MW|gigawatts?|GW|"
        r"kilowatts?|kW|mph|km/h|knots|degrees)")
AMOUNT = re.compile(
    rf"(?<![\w$£€¥₹.,])(?:"
    rf"(?P<MONEY>(?:{CURRENCY_SIGN}) ?(?:{NUMBER})(?:{SCALE})?(?: {CURRENCY_WORD}(?![\w]))?"
    rf"|(?:{NUMBER})p(?![\w])"
    rf"|(?:{NUMBER})(?:{SCALE})? {CURRENCY_WORD}(?![\w]))"
    rf"|(?P<PERCENT>(?:{NUMBER})(?:%| per ?cent(?![\w])| percentage points?(?![\w])))"
    rf"|(?P<QUANTITY>(?:{NUMBER})(?:{SCALE})? {UNIT}(?![\w/]))"
    rf")"
)
MODIFIER = re.compile(r"(?:[A-Za-z]+ )+")  # "as much as ", "more than ", "about ", "Olympic "
BARE_NUMBER = re.compile(r"\d{1,3}")
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
NUMERIC_LABELS = AMOUNT_LABELS | {"CARDINAL", "ORDINAL", "DATE", "TIME"}
NUMBER_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                         r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|"
                         r"quarter|dozen|a few|several)\b", re.IGNORECASE)


@register
class AmountAnnotator(Annotator):
    name = "amount_patterns_v1"
    layer = "entities"

    def spans(self, record: dict) -> list[dict]:
        text = record["text"]
        entities = [{**e, "label": "CARDINAL", "origin": "rule"} if e["label"] == "DATE" and BARE_NUMBER.fullmatch(e["text"])
                    else e for e in record["entities"] if e["label"] not in AMOUNT_LABELS or NUMBER_WORD.search(e["text"])]
        for match in AMOUNT.finditer(text):
            start, end = match.span()
            label = match.lastgroup
            covered = overlapping(entities, start, end)
            if any(e["label"] not in NUMERIC_LABELS and not inside(e, start, end)
                   for e in covered):
                continue  # a name reaching out of the amount
            if [(e["start"], e["end"], e["label"]) for e in covered] == [(start, end, label)]:
                continue
            entities = [e for e in entities if e not in covered]
            start = min([start, *(e["start"] for e in covered if MODIFIER.fullmatch(text, e["start"], start))])
            entities.append({"start": start, "end": end, "text": text[start:end], "label": label, "origin": "rule"})
        return by_offset(entities)
