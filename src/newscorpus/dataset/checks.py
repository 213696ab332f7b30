"""Everything a record must satisfy: the JSON Schema, and what a schema cannot say."""

from __future__ import annotations

import datetime as dt
import re

from .schema import field_path, schema_errors, schema_version

_DATE = re.compile(r"(?:FY)?(?P<year>\d{4}|\d{3}|\d{2}|XXXX)"
                   r"(?:-(?:(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?|W(?P<week>\d{2}|XX)(?:-(?:WE|[1-7]))?|Q[1-4X]|H[12]|SP|SU|FA|WI))?"
                   r"(?:T(?:(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::\d{2})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|MO|AF|EV|NI|DT))?")
_DURATION = re.compile(r"P(?:(?:[\dX.]+[YMWD])+(?:T(?:[\dX.]+[HMS])+)?|T(?:[\dX.]+[HMS])+|[\dX.]+(?:DE|CE|Q|WE|H|L))")
_REF = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def record_problems(record: dict) -> list[tuple[str, str]]:
    """(field, problem) for every way `record` breaks the contract; empty if it keeps it."""
    if isinstance(version := record.get("schema_version"), str) and version != schema_version():
        return [("schema_version", f"{version!r} is not the current schema version {schema_version()}; "
                                   "read records of earlier versions through newscorpus.dataset.migrate")]
    problems = [(field_path(e), e.message) for e in schema_errors(record)]
    if problems:
        return problems  # the checks below assume the schema's shape
    text = record["text"]
    for layer in ("paragraphs", "entities", "dates"):
        previous = (-1, -1)
        for i, span in enumerate(record[layer]):
            where = f"{layer}[{i}]"
            start, end = span["start"], span["end"]
            if not start < end <= len(text):
                problems.append((where, f"offsets [{start}, {end}) not inside the text of {len(text)} code points"))
            elif "text" in span and text[start:end] != span["text"]:
                problems.append((f"{where}.text", f"{span['text']!r} is not text[{start}:{end}] = {text[start:end]!r}"))
            if (start, end) < previous:
                problems.append((where, "spans are not sorted by offset"))
            previous = (start, end)
    for i, date in enumerate(record["dates"]):
        if problem := timex_value_problem(date["type"], date["value"]):
            problems.append((f"dates[{i}].value", problem))
    if not text.startswith(record["title"]):
        problems.append(("title", "the text does not start with the title"))
    return problems


def timex_value_problem(kind: str, value: str) -> str | None:
    """Why `value` is not a well-formed TIMEX3 value of type `kind`, or None."""
    if value in _REF:
        return None if kind == "DATE" else f"{value} is a DATE value, not a {kind}"
    if kind in ("DURATION", "SET") and _DURATION.fullmatch(value):
        return None
    if kind in ("DATE", "TIME", "SET") and (match := _DATE.fullmatch(value)):
        return _calendar_problem(match)
    return f"{value!r} is not a TIMEX3 {kind} value"


def _calendar_problem(match: re.Match) -> str | None:
    year, month, day = match["year"], match["month"], match["day"]
    if month and month != "XX" and not 1 <= int(month) <= 12:
        return f"month {month} does not exist"
    if day and day != "XX" and month and month != "XX" and year.isdigit() and len(year) == 4:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError as e:
            return f"no such date: {e}"
    if match["week"] and match["week"] != "XX" and not 1 <= int(match["week"]) <= 53:
        return f"week {match['week']} does not exist"
    if match["hour"] and not int(match["hour"]) <= 24 or match["minute"] and not int(match["minute"]) <= 59:
        return "no such time of day"
    return None

