"""The strict schema of a hand-off ``manifest.json``, checked before the database is touched.

A hand-off file comes from another PC and is untrusted, so every value is
checked for its type *and* its range before anything reads it: numbers
within what the columns hold (a public number of 2**63 overflows SQLite's
INTEGER), times within 1970–2200 with a UTC offset (year 1 at +09:00 cannot
even be converted to UTC), texts within the column sizes and made of real
Unicode (a lone surrogate cannot be encoded, so it cannot be stored or
hashed), lists of bounded length, and no field this version does not know.
Values that are wrong only in combination (a photo not in the file list, a
text that does not match its content hash) are checked last.

Every problem is a :class:`ManifestProblem` naming the entry (article
number in the file, its id and headline) and the field, so the user can be
told exactly what is wrong with which article.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from newsdesk.services.articles import MAX_HEADLINE, MAX_TAGS
from newsdesk.services.handoff_json import DuplicateKeys
from newsdesk.services.handoff_merge import content_hash, entry_author_name
from newsdesk.slug_rules import slug_problem
from newsdesk.store.models import ArticleStatus, Role

FORMAT_NAME = "newsdesk-handoff"
FORMAT_VERSION = 1

#: Ranges of the numbers in a manifest (the columns are 32-bit INTEGERs).
MAX_NUMBER = 2**31 - 1
MAX_POSITION = 10_000
MAX_PIXELS = 100_000
MAX_FILE_BYTES = 64 * 1024**2
EARLIEST_YEAR, LATEST_YEAR = 1970, 2200
#: What one file may hold: a hand-off is a batch of articles between two PCs, not
#: an archive. Import costs a few milliseconds per article; far beyond these
#: counts a file is damaged or hostile (the zip's own sizes are capped in
#: :mod:`newsdesk.services.handoff_format`).
MAX_ARTICLES = 5_000
MAX_PHOTOS = 10_000
#: Sizes of lists inside one article.
MAX_PHOTOS_PER_ARTICLE = 200
MAX_KNOWN_HASHES = 10_000
MAX_TAG_CHARS = 100

SHA256 = re.compile(r"[0-9a-f]{64}")
PHOTO_NAME = re.compile(r"photos/([0-9a-f]{64})\.([a-z0-9]{1,10})")
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_STATUSES = frozenset(status.value for status in ArticleStatus)
_ROLES = frozenset(role.value for role in Role)

#: None when the value is fine, else what is wrong with it ("must be …").
Check = Callable[[Any], str | None]


class ManifestProblem(ValueError):
    """One thing wrong with the manifest: which entry, which field, what.

    The message reads "article #2 (id …, “headline”): field 'number' must be …";
    ``named=False`` is for reasons that already say which field they are about.
    """

    def __init__(
        self, reason: str, *, entry: str = "", field: str = "", named: bool = True
    ) -> None:
        subject = f"field '{field}' " if field and named else ""
        super().__init__(f"{entry}: {subject}{reason}" if entry else f"{subject}{reason}")
        self.reason = reason
        self.entry = entry
        self.field = field


class ForeignManifest(ValueError):
    """Not a hand-off manifest this version can read (another format, a newer version)."""


def describe(value: Any) -> str:
    """A short, printable picture of a bad value for an error message."""
    if isinstance(value, str) and len(value) > 40:
        return f"a text of {len(value):,} characters"
    if isinstance(value, list | dict):
        return f"a {'list' if isinstance(value, list) else 'object'} of {len(value):,} items"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _plain(value: Any) -> bool:
    return type(value) is int  # bool is a subclass of int: not a number here


def whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if _plain(value) and low <= value <= high:
            return None
        return f"must be a whole number from {low} to {high:,}, got {describe(value)}"

    return check


def text(max_chars: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"must be text, got {describe(value)}"
        if len(value) > max_chars:
            return f"is longer than {max_chars:,} characters ({len(value):,})"
        if required and not value:
            return "must not be empty"
        bad = _SURROGATE.search(value)
        if bad is not None:
            return (
                f"contains a lone surrogate (U+{ord(bad.group()):04X} at character "
                f"{bad.start() + 1}), which is not valid Unicode text"
            )
        if "\x00" in value:
            return "contains a NUL character"
        return None

    return check


def moment(value: Any) -> str | None:
    wanted = (
        f"must be an RFC 3339 time with a UTC offset in the years "
        f"{EARLIEST_YEAR}–{LATEST_YEAR}, got {describe(value)}"
    )
    if not isinstance(value, str) or _RFC3339.fullmatch(value) is None:
        return wanted
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return wanted
    if parsed.tzinfo is None or not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return wanted
    return None


def slug(value: Any) -> str | None:
    """The same cap as every other writer of slugs (the model checks it again)."""
    return text(200)(value) or slug_problem(value)


def nullable(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, got {describe(value)}"


def digest(value: Any) -> str | None:
    if isinstance(value, str) and SHA256.fullmatch(value):
        return None
    return f"must be a SHA-256 digest (64 hex digits), got {describe(value)}"


def article_id(value: Any) -> str | None:
    wanted = f"must be an article id (a UUID), got {describe(value)}"
    if not isinstance(value, str) or len(value) != 36:
        return wanted
    try:
        return None if str(uuid.UUID(value)) == value else wanted
    except ValueError:
        return wanted


def one_of(choices: frozenset[str]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in choices:
            return None
        return f"must be one of {', '.join(sorted(choices))}, got {describe(value)}"

    return check


def list_of(item: Check, max_items: int, what: str) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"must be a list of {what}, got {describe(value)}"
        if len(value) > max_items:
            return f"holds {len(value):,} items; at most {max_items:,} are allowed"
        for number, element in enumerate(value, start=1):
            problem = item(element)
            if problem is not None:
                return f"item #{number} {problem}"
        return None

    return check


def _any_list(value: Any) -> str | None:
    return None if isinstance(value, list) else f"must be a list, got {describe(value)}"


def _any_object(value: Any) -> str | None:
    return None if isinstance(value, dict) else f"must be an object, got {describe(value)}"


_TIME = moment
_MAYBE_TIME = nullable(moment)
MANIFEST_FIELDS: dict[str, Check] = {
    "format": text(100),
    "version": whole(1, 1_000_000),
    "created_at": _TIME,
    "app_version": nullable(text(50)),
    "articles": _any_list,
    "files": _any_object,
}
ARTICLE_FIELDS: dict[str, Check] = {
    "id": article_id,
    "status": one_of(_STATUSES),
    "headline": text(MAX_HEADLINE),
    "subheadline": text(1_000),
    "body": text(1_000_000),
    "summary": text(5_000),
    "section": nullable(text(100)),
    "author": nullable(_any_object),
    "byline": text(200),
    "tags": list_of(text(MAX_TAG_CHARS), MAX_TAGS, "texts"),
    "number": nullable(whole(1, MAX_NUMBER)),
    "slug": slug,
    "created_at": _TIME,
    "updated_at": _TIME,
    "published_at": _MAYBE_TIME,
    "revised_at": _MAYBE_TIME,
    "scheduled_at": _MAYBE_TIME,
    "photos": list_of(_any_object, MAX_PHOTOS_PER_ARTICLE, "photos"),
    "content_hash": digest,
    "known_hashes": list_of(digest, MAX_KNOWN_HASHES, "SHA-256 digests"),
}
AUTHOR_FIELDS: dict[str, Check] = {"name": text(100), "role": text(20)}
PHOTO_FIELDS: dict[str, Check] = {
    "id": nullable(article_id),
    "sha256": digest,
    "file": text(200),
    "original_name": text(255),
    "format": text(10),
    "byte_size": whole(0, MAX_FILE_BYTES),
    "width": whole(0, MAX_PIXELS),
    "height": whole(0, MAX_PIXELS),
    "web_width": whole(0, MAX_PIXELS),
    "web_height": whole(0, MAX_PIXELS),
    "caption": text(5_000),
    "credit": text(200),
    "alt_text": text(5_000),
    "position": whole(0, MAX_POSITION),
    "is_main": boolean,
}
FILE_FIELDS: dict[str, Check] = {"sha256": digest, "size": whole(0, MAX_FILE_BYTES)}


def check_fields(obj: Any, spec: Mapping[str, Check], entry: str) -> dict[str, Any]:
    """``obj`` as a dict whose keys are exactly ``spec``'s, each passing its check."""
    if not isinstance(obj, dict):
        raise ManifestProblem(f"must be an object, got {describe(obj)}", entry=entry)
    if isinstance(obj, DuplicateKeys):
        raise ManifestProblem("appears twice", entry=entry, field=obj.duplicates[0][:40])
    for key in obj:
        if key not in spec:
            raise ManifestProblem(
                "is not part of the hand-off format", entry=entry, field=describe(key)
            )
    for key, check in spec.items():
        if key not in obj:
            raise ManifestProblem("is missing", entry=entry, field=key)
        problem = check(obj[key])
        if problem is not None:
            raise ManifestProblem(problem, entry=entry, field=key)
    return obj


def entry_label(index: int, entry: Any) -> str:
    """``article #3 (id …, “headline”)``, using only the parts that are usable text."""
    parts: list[str] = []
    if isinstance(entry, dict):
        if article_id(entry.get("id")) is None:
            parts.append(f"id {entry['id']}")
        headline = entry.get("headline")
        if isinstance(headline, str) and headline:
            safe = headline[:40].encode("utf-8", "replace").decode("utf-8")
            parts.append(f"“{safe}{'…' if len(headline) > 40 else ''}”")
    return f"article #{index}" + (f" ({', '.join(parts)})" if parts else "")


class ManifestSchema:
    """Checks one parsed manifest; :meth:`check` returns it or raises ManifestProblem."""

    def check(self, manifest: Any) -> dict[str, Any]:
        """Format and version first: a newer file may have fields this version lacks."""
        if not isinstance(manifest, dict):
            raise ManifestProblem(f"the top level must be an object, got {describe(manifest)}")
        if manifest.get("format") != FORMAT_NAME:
            found = describe(manifest.get("format"))
            raise ForeignManifest(f"not a Newsdesk hand-off file (manifest format is {found})")
        version: Any = manifest.get("version")
        if not _plain(version) or version < 1:
            raise ManifestProblem(
                f"must be a positive whole number, got {describe(version)}",
                entry="manifest",
                field="version",
            )
        if version > FORMAT_VERSION:
            raise ForeignManifest(
                f"made by a newer Newsdesk (hand-off format {version}; this version reads "
                f"up to {FORMAT_VERSION}); update Newsdesk to open it"
            )
        check_fields(manifest, MANIFEST_FIELDS, "manifest")
        files: dict[str, Any] = manifest["files"]
        for name, info in files.items():
            entry = f"file entry {describe(name)}"
            if PHOTO_NAME.fullmatch(name) is None:
                raise ManifestProblem("is not a photo name (photos/<sha256>.<ext>)", entry=entry)
            check_fields(info, FILE_FIELDS, entry)
            if info["sha256"] != PHOTO_NAME.fullmatch(name).group(1):  # type: ignore[union-attr]
                raise ManifestProblem("does not match the file name", entry=entry, field="sha256")
        articles: list[Any] = manifest["articles"]
        if not articles:
            raise ManifestProblem("must not be empty", entry="manifest", field="articles")
        self.counts(articles)
        seen: set[str] = set()
        for index, entry in enumerate(articles, start=1):
            self.article(entry, entry_label(index, entry), files)
            if entry["id"] in seen:
                raise ManifestProblem(
                    "appears twice in the file", entry=entry_label(index, entry), field="id"
                )
            seen.add(entry["id"])
        return manifest

    def counts(self, articles: list[Any]) -> None:
        """The caps on one file, checked before any article is (a huge file fails fast)."""
        if len(articles) > MAX_ARTICLES:
            raise ManifestProblem(
                f"holds {len(articles):,} articles; one hand-off file may hold at most "
                f"{MAX_ARTICLES:,} (hand off fewer at a time)",
                entry="manifest",
                field="articles",
            )
        photos = sum(
            len(entry["photos"])
            for entry in articles
            if isinstance(entry, dict) and isinstance(entry.get("photos"), list)
        )
        if photos > MAX_PHOTOS:
            raise ManifestProblem(
                f"holds {photos:,} photos; one hand-off file may hold at most {MAX_PHOTOS:,} "
                "(hand off fewer articles at a time)",
                entry="manifest",
                field="articles",
            )

    def article(self, entry: Any, label: str, files: Mapping[str, Any]) -> None:
        check_fields(entry, ARTICLE_FIELDS, label)
        if entry["author"] is not None:
            check_fields(entry["author"], AUTHOR_FIELDS, f"{label} author")
        for number, photo in enumerate(entry["photos"], start=1):
            where = f"{label} photo #{number}"
            check_fields(photo, PHOTO_FIELDS, where)
            listed = files.get(photo["file"])
            if listed is None or listed["sha256"] != photo["sha256"]:
                raise ManifestProblem(
                    f"{describe(photo['file'])} is not listed among the files",
                    entry=where,
                    field="file",
                )
        if content_hash(entry, entry["section"], entry_author_name(entry)) != entry["content_hash"]:
            raise ManifestProblem(
                "its text does not match its content hash (field 'content_hash'): the file "
                "was altered or is damaged",
                entry=label,
                field="content_hash",
                named=False,
            )
