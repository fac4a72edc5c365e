"""Turning database rows into the page builder's plain views.

:func:`article_view` is the one definition of how a stored article becomes
what the public page shows. It takes anything shaped like the ORM row
(:class:`ArticleRow`), so the export can feed it light column tuples read in
one query instead of full ORM objects, and the preview and the export still
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

from newsdesk.media.edited_derivatives import edited_size
from newsdesk.media.photo_store import PhotoStore
from newsdesk.services.photo_edits import photo_edit
from newsdesk.site.model import ArticleView, PhotoView
from newsdesk.text.slugs import make_slug


class SectionRow(Protocol):
    """What a view needs of a section (``store.models.Section`` fits)."""

    @property
    def name(self) -> str: ...
    @property
    def slug(self) -> str: ...


class AuthorRow(Protocol):
    """What a view needs of an author (``store.models.Person`` fits)."""

    def display_byline(self) -> str: ...


class PhotoRow(Protocol):
    """What a view needs of a photo (``store.models.Photo`` fits)."""

    @property
    def sha256(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def web_width(self) -> int: ...
    @property
    def web_height(self) -> int: ...
    @property
    def caption(self) -> str: ...
    @property
    def credit(self) -> str: ...
    @property
    def alt_text(self) -> str: ...
    @property
    def is_main(self) -> bool: ...
    @property
    def rotation(self) -> int: ...
    @property
    def crop_body(self) -> Sequence[Any] | None: ...
    @property
    def crop_thumb(self) -> Sequence[Any] | None: ...
    @property
    def crop_social(self) -> Sequence[Any] | None: ...


class ArticleRow(Protocol):
    """What a view needs of an article (``store.models.Article`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def number(self) -> int | None: ...
    @property
    def slug(self) -> str: ...
    @property
    def headline(self) -> str: ...
    @property
    def subheadline(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def byline(self) -> str: ...
    @property
    def tags(self) -> Sequence[str] | None: ...
    @property
    def published_at(self) -> datetime | None: ...
    @property
    def revised_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def view_count(self) -> int: ...
    @property
    def section(self) -> SectionRow | None: ...
    @property
    def author(self) -> AuthorRow | None: ...
    @property
    def photos(self) -> Iterable[PhotoRow]: ...


def photo_view(photo: PhotoRow, store: PhotoStore) -> PhotoView:
    """The photo as pages show it: the files of its crop and rotation, if it has them."""
    edit = photo_edit(photo)
    social_file, social_size = "", None
    if edit.social is not None:
        social_file = store.derivative_name(photo.sha256, "social", edit)
        social_size = edited_size(edit, "social", (photo.width, photo.height))
    return PhotoView(
        sha256=photo.sha256,
        width=photo.web_width or photo.width,
        height=photo.web_height or photo.height,
        caption=photo.caption,
        credit=photo.credit,
        alt_text=photo.alt_text,
        is_main=photo.is_main,
        web_file=store.derivative_name(photo.sha256, "web", edit),
        thumb_file=store.derivative_name(photo.sha256, "thumb", edit),
        social_file=social_file,
        social_size=social_size,
        edit=None if edit.is_identity else edit,
    )


def article_view(article: ArticleRow, store: PhotoStore) -> ArticleView:
    """The view of an article as it would be published now (also used by the preview)."""
    section = article.section
    return ArticleView(
        id=article.id,
        number=article.number,
        slug=article.slug or make_slug(article.headline),
        headline=article.headline,
        subheadline=article.subheadline,
        body_markdown=article.body,
        summary=article.summary,
        section_name=section.name if section else "",
        section_slug=section.slug if section else "",
        byline=article.byline or (article.author.display_byline() if article.author else ""),
        tags=tuple(article.tags or ()),
        published_at=article.published_at,
        updated_at=article.revised_at or article.published_at or article.updated_at,
        view_count=article.view_count,
        photos=tuple(photo_view(photo, store) for photo in article.photos),
    )
