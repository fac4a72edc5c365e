"""URL slugs and file names that keep Hangul and survive every file system.

Hangul is kept as typed (no romanisation: readers and editors search by the
Korean words), NFC-normalised so that a title typed on macOS (decomposed
jamo) and on Windows give the same slug. Lengths are capped in UTF-8 *bytes*
because that is what file systems (255 bytes per name) and URLs limit, and
one Hangul syllable is 3 bytes.
"""

from __future__ import annotations

import re
import unicodedata

from newsdesk.slug_rules import MAX_SLUG_BYTES

__all__ = ["MAX_SLUG_BYTES", "make_slug", "safe_filename"]

_MIN_BYTES = 8  # room for the fallbacks and a de-reserved name ("com1-1")

# Names Windows refuses whatever the extension, compared case-insensitively.
# The superscript digit forms are reserved too (Win32 treats ¹²³ as digits).
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{dev}{n}" for dev in ("com", "lpt") for n in "0123456789¹²³"}
)
_EXTENSION_RE = re.compile(r"[A-Za-z0-9]{1,16}")


def _is_word_char(ch: str) -> bool:
    # Letters, marks (combining vowels of some scripts) and digits stay;
    # punctuation, symbols, spaces and controls become separators. This also
    # removes every character Windows forbids: <>:"/\|?* and C0 controls.
    return unicodedata.category(ch)[0] in "LMN"


def _truncate_utf8(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    # errors="ignore" drops the partial multi-byte character at the cut.
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def _slugify(text: str, max_bytes: int, fallback: str) -> str:
    if max_bytes < _MIN_BYTES:
        raise ValueError(f"max_bytes must be at least {_MIN_BYTES}, got {max_bytes}")
    text = unicodedata.normalize("NFC", text)
    # lower() can decompose (İ -> i + combining dot): normalise again.
    text = unicodedata.normalize("NFC", text.lower())
    pieces: list[str] = []
    separator_pending = False
    for ch in text:
        if _is_word_char(ch):
            if separator_pending and pieces:
                pieces.append("-")
            pieces.append(ch)
            separator_pending = False
        else:
            separator_pending = True
    slug = _truncate_utf8("".join(pieces), max_bytes).rstrip("-")
    if not slug:
        slug = fallback
    if slug in _WINDOWS_RESERVED:
        slug += "-1"
    return slug


def make_slug(text: str, *, max_bytes: int = MAX_SLUG_BYTES) -> str:
    """A URL- and file-name-safe slug of ``text``, at most ``max_bytes`` UTF-8 bytes.

    ``"시흥시, 2026년 예산 ‘역대 최대’"`` -> ``"시흥시-2026년-예산-역대-최대"``.
    Never empty ("article") and never a Windows device name ("con" -> "con-1").
    """
    return _slugify(text, max_bytes, "article")


def safe_filename(name: str, *, max_bytes: int = 120) -> str:
    """``name`` made safe as a file name on Windows, macOS and Linux.

    The stem follows :func:`make_slug`'s rules (fallback "file"); a plain
    alphanumeric extension is kept, lower-cased, and counted in ``max_bytes``.
    Anything after the last dot that does not look like an extension is
    treated as part of the stem. Directory parts are not honoured: "/" and
    "\\" are separators like any other punctuation.
    """
    # Windows silently drops trailing dots and spaces; so do we, before splitting.
    name = unicodedata.normalize("NFC", name).strip().rstrip(". ")
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem.strip(". ") or not _EXTENSION_RE.fullmatch(extension):
        stem, extension = name, ""
    suffix = f".{extension.lower()}" if extension else ""
    # The extension is ASCII, so its length in bytes is len(suffix).
    stem_bytes = max_bytes - len(suffix)
    if stem_bytes < _MIN_BYTES:
        raise ValueError(f"max_bytes={max_bytes} leaves no room for a name before {suffix!r}")
    return _slugify(stem, stem_bytes, "file") + suffix
