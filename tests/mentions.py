"""Entity mentions for tests, found in a text by their words rather than typed offsets."""


def mention(text: str, body: str, label: str, occurrence: int = 1) -> dict:
    """The `occurrence`-th `text` in `body` as a model mention with `label`."""
    start = -1
    for _ in range(occurrence):
        start = body.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text, "label": label, "origin": "model"}
