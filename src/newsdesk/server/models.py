"""Server-side tables, on their own metadata.

The server's database is not the newsroom's: it holds what was *published*
(by any number of desks), view counts and API tokens. Keeping a separate
``Base`` means ``metadata.create_all`` here can never touch newsroom tables,
and the two schemas evolve independently. ``SCHEMA_VERSION`` is checked at
start-up; the first change that needs data migration brings Alembic in (the
newsroom store shows the pattern).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from newsdesk.store.types import UTCDateTime, utc_now

#: Bump on any schema change (and add an Alembic migration when one needs data moved).
#: 2: ``server_view_flushes`` (a new table: ``create_all`` adds it to a version 1 database).
SCHEMA_VERSION = 2


class ServerBase(DeclarativeBase):
    """Declarative base of the server's own metadata."""


class SchemaInfo(ServerBase):
    """One row recording which schema the database was created with."""

    __tablename__ = "server_schema"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ServerArticle(ServerBase):
    """A published (or unpublished, ``deleted_at`` set) article as the client sent it.

    ``number`` stays reserved after deletion: public numbers are never reused,
    so an old link never shows a different article.
    """

    __tablename__ = "server_articles"

    id: Mapped[Any] = mapped_column(Uuid, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    slug: Mapped[str] = mapped_column(String(400))
    headline: Mapped[str] = mapped_column(String(300))
    subheadline: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    section_name: Mapped[str] = mapped_column(String(200), default="")
    section_slug: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    byline: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="published")
    main_photo: Mapped[str | None] = mapped_column(String(64), nullable=True)
    photos: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    content_hash: Mapped[str] = mapped_column(String(64))
    view_count: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)


class ServerMedia(ServerBase):
    """A content-addressed photo file under ``<data>/media/<sha[:2]>/<sha>.<ext>``."""

    __tablename__ = "server_media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ApiToken(ServerBase):
    """A bearer token, stored only as its sha256 (the plain token is shown once)."""

    __tablename__ = "server_api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(10))  # "read" | "write"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DailyViews(ServerBase):
    """Article page views per Seoul calendar day, for "오늘 N / 전체 M"."""

    __tablename__ = "server_daily_views"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # "2026-11-20"
    views: Mapped[int] = mapped_column(Integer, default=0)


class ViewFlush(ServerBase):
    """One row: the number of the last batch of page views written (see server/views.py).

    Written in the same transaction as the batch's counts, so a reader can tell
    which in-memory views its database reads already include.
    """

    __tablename__ = "server_view_flushes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
