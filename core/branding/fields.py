"""Filling {title} {date} {location} {department} {city} into template text.

Substitution is a plain lookup (no str.format: kit text must never reach attributes).
An empty field leaves no dangling separator: "{date} | {location}" with no date gives
"Cimahi", not "| Cimahi".
"""

from __future__ import annotations

import datetime as dt
import re

from core.indonesian import format_date, format_date_long

FIELDS = ("title", "date", "location", "department", "city")  # the kit text placeholders

MAX_FIELD_CHARS = 500  # longer than any box shows; keeps layout time bounded
_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_]+)\}")
_SEPARATORS = "|·•,–—/-"
_EDGE = re.compile(rf"^[\s{re.escape(_SEPARATORS)}]+|[\s{re.escape(_SEPARATORS)}]+$")
_DOUBLE = re.compile(rf"(\s*[{re.escape(_SEPARATORS)}]\s*)(?:[{re.escape(_SEPARATORS)}]\s*)+")


def format_date_id(value: dt.date, *, weekday: bool = False) -> str:
    """12 November 2025 (or "Rabu, 12 November 2025"), as captions write dates."""
    return format_date_long(value) if weekday else format_date(value)


def parse_date(text: str) -> dt.date:
    """'2025-11-12' -> date; ValueError with an Indonesian message otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"tanggal {text!r} tidak sah; tulis TTTT-BB-HH, mis. 2025-11-12") from None


def _single_separator(match: re.Match[str]) -> str:
    """' |  | ' -> ' | ': keep the first separator, spaced the way it was written."""
    first = match.group(1)
    return (" " if first[:1].isspace() else "") + first.strip() + " "


def fill(value: str, fields: dict[str, str]) -> str:
    """Replace the fields, then drop separators left dangling by empty ones."""
    empty = False

    def replace(match: re.Match[str]) -> str:
        nonlocal empty
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        text = str(fields.get(name, "") or "").strip()[:MAX_FIELD_CHARS] if name in FIELDS \
            else token
        empty = empty or not text
        return text

    text = _TOKEN.sub(replace, value)
    if empty:
        lines = []
        for line in text.split("\n"):
            line = _DOUBLE.sub(_single_separator, line)
            lines.append(_EDGE.sub("", line))
        text = "\n".join(lines)
    return text.strip()
