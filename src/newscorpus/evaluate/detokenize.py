"""Text from a token stream: one sentence a line, tokens separated by a space except around punctuation.

Tokens are kept verbatim (PTB quotes `` '' included), so every token has exact offsets in the text. Spacing follows
a few rules: no space before closing punctuation and clitics ("Boeing 's" -> "Boeing's", "March 01 , 2008" ->
"March 01, 2008"), none after opening brackets, currency signs, opening quotes and split-off "I'", "O'" ("O' Leary"
-> "O'Leary"); straight double quotes open and close in turn. Splits it cannot undo stay visible ("Wal - Mart").
"""

from __future__ import annotations

NO_SPACE_BEFORE = frozenset({
    ",", ".", ";", ":", "!", "?", "...", ")", "]", "}", "%",
    "'", "''", "’", "”", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "CA$", "AU$", "£", "€", "#", "`", "``", "“", "I'", "O'"})
STRAIGHT_QUOTE = '"'


def detokenize(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The text, and each token's (start, end) offsets in it, in input order."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    quote_open = False
    for number, sentence in enumerate(sentences):
        glue = True  # no space before the first token of a line
        if number:
            parts.append("\n")
            length += 1
        for token in sentence:
            opens = token in NO_SPACE_AFTER or (token == STRAIGHT_QUOTE and not quote_open)
            closes = token.lower() in NO_SPACE_BEFORE or (token == STRAIGHT_QUOTE and quote_open)
            if token == STRAIGHT_QUOTE:
                quote_open = not quote_open
            if not (glue or closes):
                parts.append(" ")
                length += 1
            offsets.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            glue = opens
    return "".join(parts), offsets
