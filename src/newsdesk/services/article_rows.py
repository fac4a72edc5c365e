"""The article list: light rows (no bodies) filtered, searched and paged.

What the GUI's list model and ``newsdesk list/search`` read; 100k articles stay
cheap because only these columns are selected and pages are keyset-paged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from newsdesk.store import search
from newsdesk.store.models import Article, Photo, Section


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
    #: When a scheduled article goes out (the list shows it in the status column).
    scheduled_at: datetime | None = None


@dataclass(frozen=True)
class ArticleQuery:
    """Filters for the article list; empty values mean "any"."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    section_id: int | None = None
    trashed: bool = False


def count_articles(session: Session, query: ArticleQuery) -> int:
    statement = select(func.count(Article.id)).where(*_conditions(query))
    return int(session.scalar(statement) or 0)


def article_rows(
    session: Session, query: ArticleQuery, *, limit: int, before_key: int | None
) -> list[ArticleRow]:
    """A page of list rows, newest first; pass the last row's search_key for the next.

    With search text, the index is walked newest first in batches and the
    filters are applied to each batch, so an old matching draft behind many
    newer published matches is still found.
    """
    base = _row_select().where(*_conditions(query))
    if not query.text.strip():
        if before_key is not None:
            base = base.where(Article.search_key < before_key)
        statement = base.order_by(Article.search_key.desc()).limit(limit)
        return [_row(r) for r in session.execute(statement)]
    found: list[ArticleRow] = []
    batch = max(limit, 200)
    cursor = before_key
    while len(found) < limit:
        hits = search.search_articles(session, query.text, limit=batch, before_key=cursor)
        if not hits:
            break
        statement = base.where(Article.id.in_([hit.article_id for hit in hits]))
        statement = statement.order_by(Article.search_key.desc())
        found.extend(_row(r) for r in session.execute(statement))
        if len(hits) < batch:
            break
        cursor = hits[-1].search_key
    return found[:limit]


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
        Article.scheduled_at,
    ).outerjoin(Section, Section.id == Article.section_id)


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
        scheduled_at=r[11],
    )


def _conditions(query: ArticleQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Article.deleted_at.is_not(None) if query.trashed else Article.deleted_at.is_(None)
    ]
    if query.statuses:
        conditions.append(Article.status.in_(query.statuses))
    if query.section_id is not None:
        conditions.append(Article.section_id == query.section_id)
    return conditions
