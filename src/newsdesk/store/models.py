"""SQLAlchemy 2 typed models: the newsroom's data (DESIGN.md §3).

Identifiers that travel between machines (articles, photos, revisions) are
UUID strings; purely local rows (sections, people) use integers. Enumerations
are stored as short strings rather than native enums so that adding a state
never needs a dialect-specific migration.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from newsdesk.errors import ValidationError
from newsdesk.slug_rules import slug_problem
from newsdesk.store.types import UTCDateTime, utc_now

# Stable constraint names keep Alembic batch migrations on SQLite predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
    }


class ArticleStatus(StrEnum):
    """The editorial states an article moves through."""

    DRAFT = "draft"
    #: Sent back by the desk with a note; the reporter edits it and submits again.
    RETURNED = "returned"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"


class Role(StrEnum):
    REPORTER = "reporter"
    EDITOR = "editor"
    ADMIN = "admin"


class Section(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(default=0)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default=Role.REPORTER.value)
    email: Mapped[str] = mapped_column(String(200), default="")
    #: How the byline reads, e.g. "김민수 기자"; empty means name + " 기자".
    byline: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def display_byline(self) -> str:
        return self.byline or f"{self.name} 기자"


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_status_updated", "status", "updated_at"),
        Index("ix_articles_published", "published_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    #: Public article number ("no. 302"), assigned on first publish, never reused.
    number: Mapped[int | None] = mapped_column(Integer, unique=True)
    #: Integer key for the search index (FTS5 rowid); monotonically assigned.
    search_key: Mapped[int] = mapped_column(BigInteger, unique=True)
    slug: Mapped[str] = mapped_column(String(200), default="")
    headline: Mapped[str] = mapped_column(Text, default="")
    subheadline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    byline: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default=ArticleStatus.DRAFT.value)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    published_at: Mapped[datetime | None] = mapped_column()
    #: When the published content last changed (the page's 수정 time).
    revised_at: Mapped[datetime | None] = mapped_column()
    scheduled_at: Mapped[datetime | None] = mapped_column()
    deleted_at: Mapped[datetime | None] = mapped_column()
    view_count: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)
    #: Who saved it last (every change records who made it).
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    section: Mapped[Section | None] = relationship(lazy="joined")
    author: Mapped[Person | None] = relationship(lazy="joined", foreign_keys=[author_id])
    photos: Mapped[list[Photo]] = relationship(
        back_populates="article",
        order_by="Photo.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )

    # Optimistic locking: an UPDATE with a stale version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @validates("slug")
    def _check_slug(self, _key: str, slug: str) -> str:
        """Every writer of a slug meets the cap ``make_slug`` keeps (DESIGN.md §5):
        the slug is a file name on the site, and one too long broke every export."""
        problem = slug_problem(slug)
        if problem is not None:
            raise ValidationError("slug", problem)
        return slug

    @property
    def status_enum(self) -> ArticleStatus:
        return ArticleStatus(self.status)

    @property
    def main_photo(self) -> Photo | None:
        for photo in self.photos:
            if photo.is_main:
                return photo
        return self.photos[0] if self.photos else None


class Photo(Base):
    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_article_position", "article_id", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(10))
    byte_size: Mapped[int] = mapped_column()
    width: Mapped[int] = mapped_column()
    height: Mapped[int] = mapped_column()
    web_width: Mapped[int] = mapped_column(default=0)
    web_height: Mapped[int] = mapped_column(default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(200), default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    #: Clockwise degrees (0, 90, 180, 270) the photo is turned after its EXIF
    #: orientation; the original file is never changed (media/photo_edit.py).
    rotation: Mapped[int] = mapped_column(default=0, server_default="0")
    #: Crop boxes ``[left, top, width, height]`` in fractions of the turned photo:
    #: the page photo, the thumbnail and og:image. NULL: not cropped.
    crop_body: Mapped[list[float] | None] = mapped_column(JSON)
    crop_thumb: Mapped[list[float] | None] = mapped_column(JSON)
    crop_social: Mapped[list[float] | None] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="photos")


class Revision(Base):
    """A full snapshot of an article at a save point or transition."""

    __tablename__ = "revisions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(40), default="save")
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class Transition(Base):
    """One move of an article between editorial states: who, when, why."""

    __tablename__ = "transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)


class Comment(Base):
    """An editorial note on an article; never published."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column()


class Publication(Base):
    """What was sent to one publish target for one article."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("article_id", "target", name="uq_publications_article"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(100))
    remote_id: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    #: The server's revision number of what we sent (the next PUT's base_revision).
    remote_revision: Mapped[int | None] = mapped_column()
    sent_at: Mapped[datetime] = mapped_column(default=utc_now)


class OutboxJob(Base):
    """A pending push that survives restarts (offline publishing)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(100))
    article_id: Mapped[str | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_error: Mapped[str] = mapped_column(Text, default="")
    #: Extra data of the job's current state, e.g. the server's version on a 409.
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Autosave(Base):
    """Typing not yet saved on purpose, kept so a crash never costs more than seconds.

    One row per open editor (``editor_key``); ``article_id`` is None while the
    article has never been saved. Removed when the user saves or discards.
    """

    __tablename__ = "autosaves"

    editor_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    base_version: Mapped[int | None] = mapped_column()
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(default=utc_now)


class PublishTarget(Base):
    """A server the newsroom pushes articles to. The token is in the OS keyring."""

    __tablename__ = "publish_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="newsdesk")
    url: Mapped[str] = mapped_column(String(500))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class NewsroomSetting(Base):
    """A small fact about this newsroom that must travel with its database.

    First of all ``newsroom_id``: the OS keyring is shared by every data folder
    on the PC, so server tokens are keyed by this id (services/newsroom_identity.py).
    """

    __tablename__ = "newsroom_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SiteProfile(Base):
    """The site's settings and its legally required publisher footer (one row)."""

    __tablename__ = "site_profile"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    base_url: Mapped[str] = mapped_column(String(500), default="https://example.com/")
    description: Mapped[str] = mapped_column(Text, default="")
    list_page_size: Mapped[int] = mapped_column(default=20)
    masthead: Mapped[str] = mapped_column(String(200), default="")
    registration_number: Mapped[str] = mapped_column(String(100), default="")
    registration_date: Mapped[str] = mapped_column(String(100), default="")
    publisher: Mapped[str] = mapped_column(String(100), default="")
    editor: Mapped[str] = mapped_column(String(100), default="")
    youth_protection_officer: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    #: Folder the "publish" action exports the static site to ("" = not set).
    export_dir: Mapped[str] = mapped_column(Text, default="")
