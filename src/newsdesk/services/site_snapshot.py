"""Reading every published article as views, fast enough to run on each export.

Loading 10k ``Article`` ORM objects (identity map, joined section and author,
select-in photos) took about half a second, most of it ORM bookkeeping the
export never uses. Here one Core query reads just the columns a view needs,
one more reads the photos of published articles, and sections and people
(small tables) are loaded once. The light rows fit
:class:`~newsdesk.services.views.ArticleRow`, so :func:`views.article_view`
stays the single definition of how a stored article becomes a page.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from newsdesk.media.photo_edit import PhotoEdit
from newsdesk.media.photo_store import PhotoStore
from newsdesk.services.publishing import is_on_site
from newsdesk.services.views import article_view
from newsdesk.site.model import ArticleView
from newsdesk.store.models import Article, Person, Photo, Section


class _PhotoRow(NamedTuple):
    sha256: str
    width: int
    height: int
    web_width: int
    web_height: int
    caption: str
    credit: str
    alt_text: str
    is_main: bool
    rotation: int
    crop_body: Sequence[float] | None
    crop_thumb: Sequence[float] | None
    crop_social: Sequence[float] | None


class _ArticleRow(NamedTuple):
    id: str
    number: int | None
    slug: str
    headline: str
    subheadline: str
    body: str
    summary: str
    byline: str
    tags: Sequence[str] | None
    published_at: datetime | None
    revised_at: datetime | None
    updated_at: datetime
    view_count: int
    section: Section | None
    author: Person | None
    photos: tuple[_PhotoRow, ...]


_ARTICLE_COLUMNS = (
    Article.id,
    Article.number,
    Article.slug,
    Article.headline,
    Article.subheadline,
    Article.body,
    Article.summary,
    Article.byline,
    # As JSON text on every database (PostgreSQL would hand over decoded lists),
    # so each distinct value is decoded once: see _tags.
    cast(Article.tags, Text),
    Article.published_at,
    Article.revised_at,
    Article.updated_at,
    Article.view_count,
)

_PHOTO_COLUMNS = (
    Photo.sha256,
    Photo.width,
    Photo.height,
    Photo.web_width,
    Photo.web_height,
    Photo.caption,
    Photo.credit,
    Photo.alt_text,
    Photo.is_main,
    Photo.rotation,
    Photo.crop_body,
    Photo.crop_thumb,
    Photo.crop_social,
)


_TAGS = 8  # index of the tags column in _ARTICLE_COLUMNS


def _tags(raw: str | None, decoded: dict[str, list[str]]) -> list[str] | None:
    """The JSON tags column decoded as the ORM's JSON type does (``json.loads``).

    Newsrooms reuse a few tag lists across thousands of articles, so each
    distinct text is decoded once per snapshot. The lists are shared between
    rows: :func:`views.article_view` copies them into tuples.
    """
    if raw is None:
        return None
    tags = decoded.get(raw)
    if tags is None:
        tags = decoded[raw] = json.loads(raw)
    return tags


def _photos_by_article(session: Session) -> dict[str, list[_PhotoRow]]:
    """Photos of published articles, each article's in ``Article.photos`` order (position)."""
    query = (
        select(Photo.article_id, *_PHOTO_COLUMNS)
        .join(Article, Photo.article_id == Article.id)
        .where(is_on_site())
        .order_by(Photo.position)
    )
    grouped: dict[str, list[_PhotoRow]] = {}
    for article_id, *columns in session.execute(query):
        grouped.setdefault(article_id, []).append(_PhotoRow._make(columns))
    return grouped


def published_views(session: Session, store: PhotoStore) -> list[ArticleView]:
    """Views of everything on the public site, oldest number first."""
    sections = {s.id: s for s in session.scalars(select(Section))}
    people = {p.id: p for p in session.scalars(select(Person))}
    photos = _photos_by_article(session)
    query = (
        select(*_ARTICLE_COLUMNS, Article.section_id, Article.author_id)
        .where(is_on_site())
        .order_by(Article.number)
    )
    views = []
    decoded: dict[str, list[str]] = {}
    for *columns, section_id, author_id in session.execute(query):
        columns[_TAGS] = _tags(columns[_TAGS], decoded)
        section = sections.get(section_id) if section_id is not None else None
        author = people.get(author_id) if author_id is not None else None
        row = _ArticleRow._make([*columns, section, author, tuple(photos.get(columns[0], ()))])
        views.append(article_view(row, store))
    return views


def missing_web_derivatives(
    articles: Iterable[ArticleView], store: PhotoStore
) -> list[tuple[str, PhotoEdit | None]]:
    """(sha256, edit) of photos whose published files are not in the media folder.

    The published files are the web derivative and, with a social crop, the
    og:image; each crop and rotation has its own (see ``PhotoView.edit``).
    One directory listing per two-letter shard instead of a ``stat`` per photo.
    """
    listed: dict[str, set[str]] = {}
    missing: dict[tuple[str, PhotoEdit | None], None] = {}
    for article in articles:
        for photo in article.photos:
            for published in (photo.web_file, photo.social_file):
                shard, _, name = published.partition("/")
                if not name:
                    continue
                names = listed.get(shard)
                if names is None:
                    try:
                        names = set(os.listdir(store.media_root / shard))
                    except OSError:  # no shard folder yet (or unreadable): treat all as missing
                        names = set()
                    listed[shard] = names
                if name not in names:
                    missing.setdefault((photo.sha256, photo.edit), None)
    return list(missing)
