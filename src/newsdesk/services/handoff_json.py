"""Parsing an untrusted ``manifest.json`` without crashing on hostile JSON.

Python's :mod:`json` is correct but not defensive: 10,000 nested brackets
raise ``RecursionError``, a 5,000-digit number raises ``ValueError`` (the
int/str conversion limit), and a key given twice silently keeps the last
value. Here every one of those becomes something the schema
(:mod:`newsdesk.services.handoff_schema`) can report with the entry and the
field it is in, or a :class:`ManifestSyntaxError` with the line and column:

* integers longer than :data:`MAX_INT_DIGITS` digits are not converted at
  all; they arrive as :class:`OversizedNumber`, which no field accepts;
* objects that repeat a key arrive as :class:`DuplicateKeys` (a ``dict``
  that remembers which keys came twice);
* nesting too deep for the parser is located by a linear scan of the text,
  which names the article and the field it starts in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

#: No field holds a number anywhere near this long (2**63 has 19 digits).
MAX_INT_DIGITS = 30
#: Deeper than any valid manifest (which nests 5 levels); used to locate the problem.
MAX_DEPTH = 32

_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}:,]')


class ManifestSyntaxError(ValueError):
    """``manifest.json`` is not JSON the schema can even look at; says where."""


@dataclass(frozen=True)
class OversizedNumber:
    """A JSON integer too long to be any field's value (kept unconverted)."""

    digits: int

    def __repr__(self) -> str:
        return f"a number with {self.digits:,} digits"


class DuplicateKeys(dict[str, Any]):
    """A JSON object that gave some keys more than once (the last value is kept)."""

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: list[str]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


def _parse_int(text: str) -> int | OversizedNumber:
    digits = len(text.lstrip("-"))
    return OversizedNumber(digits) if digits > MAX_INT_DIGITS else int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    duplicates: list[str] = []
    for key, _value in pairs:
        if key in seen:
            duplicates.append(key)
        seen.add(key)
    return DuplicateKeys(pairs, duplicates)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _string_value(token: str) -> str:
    try:
        value = json.loads(token)
    except ValueError:
        return token[1:-1]
    return value if isinstance(value, str) else token[1:-1]


def locate_deep_nesting(text: str, limit: int = MAX_DEPTH) -> str:
    """Where the nesting first goes deeper than ``limit``: article, field, line, column.

    A plain token scan (strings are skipped whole, so brackets inside text do
    not count): it tracks the key last seen at each depth and counts the
    objects of the top-level ``articles`` list, to name the entry the way
    the schema does.
    """
    depth = 0
    keys: dict[int, str] = {}
    last_string: str | None = None
    article = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            last_string = token
            continue
        if token == ":" and last_string is not None:
            keys[depth] = _string_value(last_string)
        elif token in "[{":
            depth += 1
            if depth == 3 and token == "{" and keys.get(1) == "articles":
                article += 1
            if depth > limit:
                line, column = _line_column(text, match.start())
                where = f"line {line}, column {column}"
                if article and keys.get(1) == "articles":
                    field = keys.get(3)
                    inside = f", field '{field}'" if field else ""
                    return f"article #{article}{inside} ({where})"
                return f"field '{keys.get(1, '?')}' ({where})"
        elif token in "]}":
            keys.pop(depth, None)
            depth -= 1
        last_string = None
    return "an unknown place"


def load_manifest_json(raw: bytes) -> Any:
    """The parsed manifest; raises ManifestSyntaxError saying what and where."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestSyntaxError(f"manifest.json is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, parse_int=_parse_int, object_pairs_hook=_object)
    except RecursionError:
        where = locate_deep_nesting(text)
        raise ManifestSyntaxError(
            f"manifest.json is nested more than {MAX_DEPTH} levels deep in {where}"
        ) from None
    except json.JSONDecodeError as exc:
        raise ManifestSyntaxError(
            f"manifest.json is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:  # e.g. a float the decoder cannot convert
        raise ManifestSyntaxError(
            f"manifest.json holds a value that cannot be read ({exc})"
        ) from None
