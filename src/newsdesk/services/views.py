"""Turning database rows into the page builder's plain views."""

from __future__ import annotations

from newsdesk.media.photo_store import PhotoStore
from newsdesk.site.model import ArticleView, PhotoView
from newsdesk.store.models import Article, Photo
from newsdesk.text.slugs import make_slug


def photo_view(photo: Photo, store: PhotoStore) -> PhotoView:
    return PhotoView(
        sha256=photo.sha256,
        width=photo.web_width or photo.width,
        height=photo.web_height or photo.height,
        caption=photo.caption,
        credit=photo.credit,
        alt_text=photo.alt_text,
        is_main=photo.is_main,
        web_file=store.derivative_name(photo.sha256, "web"),
        thumb_file=store.derivative_name(photo.sha256, "thumb"),
    )


def article_view(article: Article, store: PhotoStore) -> ArticleView:
    """The view of an article as it would be published now (also used by the preview)."""
    return ArticleView(
        id=article.id,
        number=article.number,
        slug=article.slug or make_slug(article.headline),
        headline=article.headline,
        subheadline=article.subheadline,
        body_markdown=article.body,
        summary=article.summary,
        section_name=article.section.name if article.section else "",
        section_slug=article.section.slug if article.section else "",
        byline=article.byline or (article.author.display_byline() if article.author else ""),
        tags=tuple(article.tags or ()),
        published_at=article.published_at,
        updated_at=article.revised_at or article.published_at or article.updated_at,
        view_count=article.view_count,
        photos=tuple(photo_view(photo, store) for photo in article.photos),
    )
