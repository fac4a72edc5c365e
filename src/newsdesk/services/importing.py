"""Importing Markdown files with YAML front matter.

Each file is one unit of work: a file with a bad field or a bad photo is
refused whole, with a message naming the file and the cause, and the other
files still import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter, PhotoImportError
from newsdesk.services.articles import (
    ArticleFields,
    apply_fields,
    store_new_article,
    validate_fields,
)
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, photo_from_import
from newsdesk.services.publishing import publish_in_session
from newsdesk.store.models import Article, ArticleStatus, Person, Role, Section
from newsdesk.text.slugs import make_slug

SEOUL = ZoneInfo("Asia/Seoul")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_KNOWN_KEYS = {
    "id",
    "title",
    "subtitle",
    "author",
    "byline",
    "section",
    "date",
    "tags",
    "status",
    "summary",
    "photos",
}
_IMPORT_STATUSES = {ArticleStatus.DRAFT.value, ArticleStatus.PUBLISHED.value}


class ImportFileError(NewsdeskError):
    """One Markdown file could not be imported; names the file and the cause."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class PhotoSpec:
    path: Path
    caption: str
    credit: str
    alt_text: str
    main: bool


@dataclass(frozen=True)
class ParsedArticle:
    """The front matter and body of one file, checked but not yet stored."""

    source: Path
    article_id: str | None
    headline: str
    subheadline: str
    author: str
    byline: str
    section: str
    published: datetime | None
    tags: list[str]
    status: str
    summary: str
    body: str
    photos: list[PhotoSpec]


def _text(meta: dict[str, Any], key: str, path: Path) -> str:
    value = meta.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise ImportFileError(path, f"front matter field '{key}' must be text")
    return unicodedata.normalize("NFC", str(value)).strip()


def _parse_date(value: Any, path: Path) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time(9, 0))
    else:
        try:
            result = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ImportFileError(
                path, f"front matter field 'date' is not a date: {value!r} (use 2024-07-29 14:30)"
            ) from None
    # Naive times are newsroom-local (Asia/Seoul), as a reporter would type them.
    return result.replace(tzinfo=SEOUL) if result.tzinfo is None else result


def _parse_photos(value: Any, path: Path) -> list[PhotoSpec]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFileError(path, "front matter field 'photos' must be a list")
    specs: list[PhotoSpec] = []
    for index, item in enumerate(value, start=1):
        if isinstance(item, str):
            item = {"file": item}
        if not isinstance(item, dict) or not item.get("file"):
            raise ImportFileError(path, f"photo #{index} needs a 'file'")
        # Not resolve(): through a symbolic link the photo keeps the name written here,
        # in messages and as its original name.
        file_path = path.parent / str(item["file"])
        specs.append(
            PhotoSpec(
                path=file_path,
                caption=str(item.get("caption") or "").strip(),
                credit=str(item.get("credit") or "").strip(),
                alt_text=str(item.get("alt") or item.get("alt_text") or "").strip(),
                main=bool(item.get("main", False)),
            )
        )
    return specs


def parse_markdown_file(path: Path) -> ParsedArticle:
    """Read and check one file without touching the database."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(path, "file not found") from None
    except IsADirectoryError:
        raise ImportFileError(path, "is a folder, not a Markdown file") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot read: {exc.strerror}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            path, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None
    meta: dict[str, Any] = {}
    body = content
    match = _FRONT_MATTER.match(content)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            raise ImportFileError(path, f"front matter is not valid YAML{where}") from None
        if not isinstance(loaded, dict):
            raise ImportFileError(path, "front matter must be 'key: value' lines")
        meta = loaded
        body = content[match.end() :]
    unknown = sorted(set(meta) - _KNOWN_KEYS)
    if unknown:
        raise ImportFileError(path, f"unknown front matter field(s): {', '.join(unknown)}")
    headline = _text(meta, "title", path)
    if not headline:
        raise ImportFileError(path, "front matter field 'title' is missing or empty")
    status = _text(meta, "status", path) or ArticleStatus.DRAFT.value
    if status not in _IMPORT_STATUSES:
        raise ImportFileError(path, f"status must be draft or published, got {status!r}")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,#]", tags) if t.strip()]
    if not isinstance(tags, list):
        raise ImportFileError(path, "front matter field 'tags' must be a list")
    return ParsedArticle(
        source=path,
        article_id=_text(meta, "id", path) or None,
        headline=headline,
        subheadline=_text(meta, "subtitle", path),
        author=_text(meta, "author", path),
        byline=_text(meta, "byline", path),
        section=_text(meta, "section", path),
        published=_parse_date(meta.get("date"), path),
        tags=[unicodedata.normalize("NFC", str(t)).strip() for t in tags],
        status=status,
        summary=_text(meta, "summary", path),
        body=unicodedata.normalize("NFC", body.strip("\r\n")) + "\n",
        photos=_parse_photos(meta.get("photos"), path),
    )


def _free_section_slug(session: Session, name: str) -> str:
    """``make_slug(name)``, numbered when taken: "사회" and "사회!" slug alike,
    and the slug column is unique (a second one would abort the whole import)."""
    base = make_slug(name)
    taken = set(session.scalars(select(Section.slug).where(Section.slug.startswith(base))))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def section_named(session: Session, name: str) -> Section:
    """The section with this name, created at the end of the list if new."""
    section = session.scalar(select(Section).where(Section.name == name))
    if section is None:
        count = len(session.scalars(select(Section.id)).all())
        section = Section(name=name, slug=_free_section_slug(session, name), position=count)
        session.add(section)
        session.flush()
    return section


def person_named(session: Session, name: str, role: Role = Role.REPORTER) -> Person:
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        person = Person(name=name, role=role.value)
        session.add(person)
        session.flush()
    return person


class MarkdownImporter:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self.photo_importer = PhotoImporter(newsroom.photos)

    def import_file(self, path: Path) -> Article:
        parsed = parse_markdown_file(path)
        imported: list[tuple[PhotoSpec, ImportedPhoto]] = []
        for spec in parsed.photos:  # files first: a bad photo refuses the whole article
            try:
                imported.append((spec, self.photo_importer.import_file(spec.path)))
            except PhotoImportError as exc:
                raise ImportFileError(path, f"photo {exc}") from None
        with self.newsroom.db.session() as session:
            return self._store(session, parsed, imported)

    def _store(
        self, session: Session, parsed: ParsedArticle, photos: list[tuple[PhotoSpec, ImportedPhoto]]
    ) -> Article:
        article = session.get(Article, parsed.article_id) if parsed.article_id else None
        is_new = article is None
        if article is None:  # stored (with its first revision) once it is filled in
            article = Article(id=parsed.article_id) if parsed.article_id else Article()
        author = person_named(session, parsed.author) if parsed.author else None
        section = section_named(session, parsed.section) if parsed.section else None
        fields = ArticleFields(
            headline=parsed.headline,
            subheadline=parsed.subheadline,
            body=parsed.body,
            summary=parsed.summary,
            section_id=section.id if section else None,
            author_id=author.id if author else None,
            byline=parsed.byline or (author.display_byline() if author else ""),
            tags=parsed.tags,
        )
        try:
            validate_fields(session, fields)
        except NewsdeskError as exc:
            raise ImportFileError(parsed.source, str(exc)) from None
        apply_fields(article, fields)
        article.photos.clear()
        wants_main = any(spec.main for spec, _ in photos)
        for position, (spec, photo) in enumerate(photos):
            details = PhotoDetails(spec.caption, spec.credit, spec.alt_text)
            is_main = spec.main if wants_main else position == 0
            article.photos.append(
                photo_from_import(photo, details, position=position, is_main=is_main)
            )
        if parsed.published is not None and article.published_at is None:
            article.created_at = parsed.published
        if is_new:
            note = f"imported from {parsed.source.name}"
            store_new_article(session, article, actor_id=None, reason="import", note=note)
        session.flush()
        if parsed.status == ArticleStatus.PUBLISHED.value:
            publish_in_session(session, article, parsed.published)
        session.flush()
        return article
