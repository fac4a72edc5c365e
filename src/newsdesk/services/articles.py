"""Article use cases shared by the GUI and the CLI: create, save, list, trash."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from newsdesk.services.errors import ConflictError, NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import (
    is_editor,
    load_person,
    require_can_edit,
    require_keeps_authorship,
)
from newsdesk.store import search
from newsdesk.store.models import Article, ArticleStatus, Person, Photo, Revision, Section
from newsdesk.store.types import utc_now

MAX_HEADLINE = 300
MAX_TAGS = 30


@dataclass
class ArticleFields:
    """The fields a reporter edits; what the editor form and importers fill in."""

    headline: str = ""
    subheadline: str = ""
    body: str = ""
    summary: str = ""
    section_id: int | None = None
    author_id: int | None = None
    byline: str = ""
    tags: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article) -> ArticleFields:
        return cls(
            headline=article.headline,
            subheadline=article.subheadline,
            body=article.body,
            summary=article.summary,
            section_id=article.section_id,
            author_id=article.author_id,
            byline=article.byline,
            tags=list(article.tags or []),
        )


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list: no body, so 100k of them stay cheap."""

    id: str
    number: int | None
    status: str
    headline: str
    section_name: str
    byline: str
    updated_at: datetime
    published_at: datetime | None
    has_photo: bool
    view_count: int
    search_key: int


@dataclass(frozen=True)
class ArticleQuery:
    """Filters for the article list; empty values mean "any"."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    section_id: int | None = None
    trashed: bool = False


def _clean_tags(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        value = tag.strip().lstrip("#").strip()
        if value and value not in seen:
            seen.append(value)
    if len(seen) > MAX_TAGS:
        raise ValidationError("tags", f"at most {MAX_TAGS} tags, got {len(seen)}")
    return seen


def validate_fields(session: Session, fields: ArticleFields) -> None:
    if len(fields.headline) > MAX_HEADLINE:
        raise ValidationError("headline", f"longer than {MAX_HEADLINE} characters")
    if fields.section_id is not None and session.get(Section, fields.section_id) is None:
        raise ValidationError("section", f"no section with id {fields.section_id}")
    if fields.author_id is not None and session.get(Person, fields.author_id) is None:
        raise ValidationError("author", f"no person with id {fields.author_id}")


def apply_fields(article: Article, fields: ArticleFields) -> None:
    article.headline = fields.headline.strip()
    article.subheadline = fields.subheadline.strip()
    article.body = fields.body
    article.summary = fields.summary.strip()
    article.section_id = fields.section_id
    article.author_id = fields.author_id
    article.byline = fields.byline.strip()
    article.tags = _clean_tags(fields.tags)


def snapshot(article: Article) -> dict[str, Any]:
    """Everything needed to show or restore this state of the article."""
    return {
        "headline": article.headline,
        "subheadline": article.subheadline,
        "body": article.body,
        "summary": article.summary,
        "section_id": article.section_id,
        "author_id": article.author_id,
        "byline": article.byline,
        "tags": list(article.tags or []),
        "status": article.status,
        "version": article.version,
        "photos": [
            {
                "sha256": p.sha256,
                "caption": p.caption,
                "credit": p.credit,
                "alt_text": p.alt_text,
                "position": p.position,
                "is_main": p.is_main,
            }
            for p in article.photos
        ],
    }


def load_article(session: Session, article_id: str) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article


def find_article(session: Session, reference: str) -> Article:
    """An article by UUID (or a unique UUID prefix) or by public number ("302")."""
    ref = reference.strip().removeprefix("no.").strip()
    if ref.isdigit():
        found = session.scalar(select(Article).where(Article.number == int(ref)))
        if found is not None:
            return found
    if len(ref) >= 4:
        matches = session.scalars(select(Article).where(Article.id.startswith(ref)).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(f"article id prefix {reference!r} is ambiguous")
    raise NotFoundError(f"no article {reference!r} (give a public number or an id)")


class ArticleService:
    """Create, edit, list and trash articles; each call is one unit of work."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def create(
        self, fields: ArticleFields | None = None, *, actor_id: int | None = None
    ) -> Article:
        """A new draft; a reporter creating it becomes its author."""
        fields = fields or ArticleFields()
        with self.newsroom.db.session() as session:
            if actor_id is not None and fields.author_id is None:
                actor = load_person(session, actor_id)
                if not is_editor(actor):
                    fields = replace(fields, author_id=actor.id)
            validate_fields(session, fields)
            article = Article(updated_by_id=actor_id)
            apply_fields(article, fields)
            if not article.byline and fields.author_id is not None:
                author = session.get(Person, fields.author_id)
                article.byline = author.display_byline() if author else ""
            session.add(article)
            session.flush()
            session.refresh(article)
            return article

    def get(self, article_id: str) -> Article:
        with self.newsroom.db.session() as session:
            return load_article(session, article_id)

    def save(
        self,
        article_id: str,
        fields: ArticleFields,
        *,
        expected_version: int,
        actor_id: int | None = None,
        save_point: bool = True,
    ) -> Article:
        """Save edited fields unless someone else saved a newer version first.

        An explicit save is a save point: a full snapshot goes into the
        article's revision history.
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            was_published = article.status == ArticleStatus.PUBLISHED.value
            if article.version != expected_version:
                raise ConflictError(article_id, expected_version, article.version)
            if actor_id is not None:
                actor = load_person(session, actor_id)
                require_can_edit(actor, article)
                require_keeps_authorship(actor, article, fields.author_id)
                article.updated_by_id = actor_id
            validate_fields(session, fields)
            apply_fields(article, fields)
            if was_published:
                article.revised_at = utc_now()
            session.flush()
            if save_point:
                session.add(
                    Revision(
                        article_id=article.id,
                        author_id=actor_id,
                        reason="save",
                        snapshot=snapshot(article),
                    )
                )
        if was_published:  # a correction: servers get the new text too
            from newsdesk.services.outbox import queue_for_targets  # pulls in httpx

            queue_for_targets(self.newsroom, article_id, "put")
        return article

    def duplicate(self, article_id: str) -> Article:
        """A new draft with the same text and photo references (photos are shared files)."""
        with self.newsroom.db.session() as session:
            source = load_article(session, article_id)
            copy = Article()
            apply_fields(copy, ArticleFields.of(source))
            copy.headline = f"{source.headline} (사본)" if source.headline else ""
            for photo in source.photos:
                copy.photos.append(
                    Photo(
                        **{
                            column: getattr(photo, column)
                            for column in (
                                "sha256",
                                "original_name",
                                "format",
                                "byte_size",
                                "width",
                                "height",
                                "web_width",
                                "web_height",
                                "caption",
                                "credit",
                                "alt_text",
                                "position",
                                "is_main",
                            )
                        }
                    )
                )
            session.add(copy)
            session.flush()
            return copy

    def trash(self, article_id: str) -> None:
        """Move to the trash; it leaves the site at the next export."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            article.deleted_at = utc_now()

    def restore(self, article_id: str) -> None:
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            article.deleted_at = None

    def purge(self, article_id: str) -> None:
        """Delete for good (only from the trash)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            if article.deleted_at is None:
                raise ValidationError("article", "only articles in the trash can be deleted")
            search.remove_from_index(session.connection(), article.search_key)
            session.delete(article)

    def count(self, query: ArticleQuery = ArticleQuery()) -> int:
        with self.newsroom.db.session() as session:
            statement = select(func.count(Article.id)).where(*self._conditions(query))
            return int(session.scalar(statement) or 0)

    def rows(
        self,
        query: ArticleQuery = ArticleQuery(),
        *,
        limit: int = 200,
        before_key: int | None = None,
    ) -> list[ArticleRow]:
        """A page of list rows, newest first; pass the last row's search_key for the next.

        With search text, the index is walked newest first in batches and the
        filters are applied to each batch, so an old matching draft behind many
        newer published matches is still found.
        """
        with self.newsroom.db.session() as session:
            base = self._row_select().where(*self._conditions(query))
            if not query.text.strip():
                if before_key is not None:
                    base = base.where(Article.search_key < before_key)
                statement = base.order_by(Article.search_key.desc()).limit(limit)
                return [self._row(r) for r in session.execute(statement)]
            found: list[ArticleRow] = []
            batch = max(limit, 200)
            cursor = before_key
            while len(found) < limit:
                hits = search.search_articles(session, query.text, limit=batch, before_key=cursor)
                if not hits:
                    break
                statement = base.where(Article.id.in_([hit.article_id for hit in hits]))
                statement = statement.order_by(Article.search_key.desc())
                found.extend(self._row(r) for r in session.execute(statement))
                if len(hits) < batch:
                    break
                cursor = hits[-1].search_key
            return found[:limit]

    @staticmethod
    def _row_select() -> Select[*tuple[Any, ...]]:
        photo_exists = select(Photo.id).where(Photo.article_id == Article.id).exists()
        return select(
            Article.id,
            Article.number,
            Article.status,
            Article.headline,
            Section.name,
            Article.byline,
            Article.updated_at,
            Article.published_at,
            photo_exists.label("has_photo"),
            Article.view_count,
            Article.search_key,
        ).outerjoin(Section, Section.id == Article.section_id)

    @staticmethod
    def _row(r: Any) -> ArticleRow:
        return ArticleRow(
            id=r[0],
            number=r[1],
            status=r[2],
            headline=r[3],
            section_name=r[4] or "",
            byline=r[5],
            updated_at=r[6],
            published_at=r[7],
            has_photo=bool(r[8]),
            view_count=r[9],
            search_key=r[10],
        )

    @staticmethod
    def _conditions(query: ArticleQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Article.deleted_at.is_not(None) if query.trashed else Article.deleted_at.is_(None)
        ]
        if query.statuses:
            conditions.append(Article.status.in_(query.statuses))
        if query.section_id is not None:
            conditions.append(Article.section_id == query.section_id)
        return conditions

    def sections(self) -> list[Section]:
        with self.newsroom.db.session() as session:
            return list(session.scalars(select(Section).order_by(Section.position, Section.id)))

    def people(self) -> list[Person]:
        with self.newsroom.db.session() as session:
            return list(session.scalars(select(Person).order_by(Person.name)))
