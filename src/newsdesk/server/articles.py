"""Article rules of the API: idempotent PUT, revisions, conflicts, listing.

Plain synchronous functions over a session so the rules are testable without
HTTP and run in the web server's thread pool.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from newsdesk.server.body import sanitize_body
from newsdesk.server.models import ServerArticle, ServerMedia
from newsdesk.server.problems import Problem
from newsdesk.server.schemas import ArticleIn, seoul_time
from newsdesk.server.settings import ServerSettings
from newsdesk.server.storage import media_relative_path
from newsdesk.server.views import ViewOverlay
from newsdesk.site.model import ArticleView, PhotoView
from newsdesk.site.urls import absolute_url, article_path
from newsdesk.store.types import utc_now

API_PAGE_SIZE = 50


@dataclass(frozen=True)
class PutOutcome:
    created: bool
    body: dict[str, Any]


def live_article(session: Session, article_id: uuid.UUID) -> ServerArticle | None:
    row = session.get(ServerArticle, article_id)
    return None if row is None or row.deleted_at is not None else row


def views_of(row: ServerArticle, overlay: ViewOverlay | None) -> int:
    """The article's view count: the database's plus those still in memory."""
    return row.view_count + (overlay.article(row.id) if overlay is not None else 0)


def article_view(
    row: ServerArticle,
    media_types: dict[str, str] | None = None,
    overlay: ViewOverlay | None = None,
) -> ArticleView:
    """The page builder's view of a stored article.

    ``media_types`` (sha256 -> content type) gives photos their file names; list
    pages pass None because they only need to know that photos exist.
    ``overlay`` adds views not yet in the database (pages that show counts).
    A row loaded without its body (lists: ``defer``) gets an empty body: reading
    it would cost one query per article on every list and article page.
    """
    photos = sorted(row.photos, key=lambda p: (p.get("position", 0), p["sha256"]))
    views = []
    for photo in photos:
        sha = photo["sha256"]
        kind = (media_types or {}).get(sha)
        views.append(
            PhotoView(
                sha256=sha,
                width=int(photo["width"]),
                height=int(photo["height"]),
                caption=photo.get("caption", ""),
                credit=photo.get("credit", ""),
                alt_text=photo.get("alt_text", ""),
                is_main=sha == row.main_photo,
                web_file=media_relative_path(sha, kind) if kind else "",
                social_file=_social_file(photo, media_types),
            )
        )
    return ArticleView(
        id=str(row.id),
        number=row.number,
        slug=row.slug,
        headline=row.headline,
        subheadline=row.subheadline,
        body_markdown="" if "body_html" in inspect(row).unloaded else row.body_html,
        summary=row.summary,
        section_name=row.section_name,
        section_slug=row.section_slug,
        byline=row.byline,
        tags=tuple(row.tags),
        published_at=row.published_at,
        updated_at=row.updated_at,
        view_count=views_of(row, overlay),
        photos=tuple(views),
    )


def _social_file(photo: dict[str, Any], media_types: dict[str, str] | None) -> str:
    """The og:image cut's file when the photo was sent with one (and it is stored)."""
    social = photo.get("social_sha256")
    kind = (media_types or {}).get(social) if isinstance(social, str) else None
    return media_relative_path(social, kind) if social and kind else ""


def photo_shas(photos: list[dict[str, Any]]) -> list[str]:
    """Every media file the stored photos name: each photo and its og:image cut."""
    shas = [photo["sha256"] for photo in photos]
    shas += [photo["social_sha256"] for photo in photos if photo.get("social_sha256")]
    return shas


def media_types(session: Session, shas: list[str]) -> dict[str, str]:
    if not shas:
        return {}
    rows = session.execute(
        select(ServerMedia.sha256, ServerMedia.content_type).where(ServerMedia.sha256.in_(shas))
    )
    return {sha: kind for sha, kind in rows}


def public_url(settings: ServerSettings, row: ServerArticle) -> str:
    return absolute_url(settings.base_url, article_path(article_view(row)))


def _time(value: datetime) -> str:
    return seoul_time(value)


def article_json(
    settings: ServerSettings, row: ServerArticle, overlay: ViewOverlay | None = None
) -> dict[str, Any]:
    """``GET /api/v1/articles/{id}``: the article as stored plus revision, views and URL."""
    return {
        "id": str(row.id),
        "number": row.number,
        "slug": row.slug,
        "headline": row.headline,
        "subheadline": row.subheadline,
        "body_html": row.body_html,
        "summary": row.summary,
        "section": {"name": row.section_name, "slug": row.section_slug},
        "tags": list(row.tags),
        "byline": row.byline,
        "status": row.status,
        "published_at": _time(row.published_at),
        "updated_at": _time(row.updated_at),
        "main_photo": row.main_photo,
        "photos": list(row.photos),
        "content_hash": row.content_hash,
        "revision": row.revision,
        "view_count": views_of(row, overlay),
        "url": public_url(settings, row),
    }


def _result(settings: ServerSettings, row: ServerArticle, overlay: ViewOverlay) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "revision": row.revision,
        "url": public_url(settings, row),
        "content_hash": row.content_hash,
        "view_count": views_of(row, overlay),
    }


def _apply(row: ServerArticle, payload: ArticleIn) -> None:
    row.number = payload.number
    row.slug = payload.slug
    row.headline = payload.headline
    row.subheadline = payload.subheadline
    row.body_html = sanitize_body(payload.body_html)
    row.summary = payload.summary
    row.section_name = payload.section.name
    row.section_slug = payload.section.slug
    row.tags = list(payload.tags)
    row.byline = payload.byline
    row.status = payload.status
    row.main_photo = payload.main_photo
    row.photos = [photo.model_dump(mode="json") for photo in payload.photos]
    row.published_at = payload.published_at
    row.updated_at = payload.updated_at
    row.content_hash = payload.content_hash
    row.received_at = utc_now()
    row.deleted_at = None


def put_article(
    session: Session,
    settings: ServerSettings,
    article_id: uuid.UUID,
    payload: ArticleIn,
    overlay: ViewOverlay,
) -> PutOutcome:
    """Create or update one article; safe to repeat (see docs/api.md for the rules).

    ``overlay``: the views not yet saved, for the counts in the answer.
    """
    row = session.get(ServerArticle, article_id, with_for_update=True)
    live = row is not None and row.deleted_at is None
    if row is not None and live and row.content_hash == payload.content_hash:
        return PutOutcome(False, _result(settings, row, overlay))  # a retry: same revision, no bump
    if (
        row is not None
        and live
        and payload.base_revision is not None
        and payload.base_revision != row.revision
    ):
        raise Problem(
            409,
            f"the server has revision {row.revision} of this article, the request was based "
            f"on revision {payload.base_revision}; compare both versions and send again",
            kind="revision-conflict",
            title="Revision conflict",
            conflict="revision",
            current=article_json(settings, row, overlay),
        )
    holder = session.scalar(
        select(ServerArticle.id).where(
            ServerArticle.number == payload.number, ServerArticle.id != article_id
        )
    )
    if holder is not None:
        raise Problem(
            409,
            f"public number {payload.number} already belongs to article {holder}",
            kind="number-conflict",
            title="Number already used",
            conflict="number",
        )
    wanted = [photo.sha256 for photo in payload.photos]
    wanted += [photo.social_sha256 for photo in payload.photos if photo.social_sha256]
    present = set(media_types(session, wanted))
    missing = [sha for sha in wanted if sha not in present]
    if missing:
        raise Problem(
            422,
            f"{len(missing)} photo(s) are not on the server; upload them to /api/v1/media first",
            kind="missing-media",
            title="Missing media",
            missing_media=missing,
        )
    created = row is None
    if row is None:
        row = ServerArticle(id=article_id, revision=1, view_count=0)
        session.add(row)
    else:
        row.revision += 1
    _apply(row, payload)
    session.flush()
    return PutOutcome(created, _result(settings, row, overlay))


def delete_article(session: Session, article_id: uuid.UUID) -> None:
    """Unpublish: the row stays (its number stays reserved) but leaves every page."""
    row = session.get(ServerArticle, article_id)
    if row is not None and row.deleted_at is None:
        row.deleted_at = utc_now()


def list_articles(
    session: Session, settings: ServerSettings, page: int, overlay: ViewOverlay | None = None
) -> dict[str, Any]:
    """One page (50) of live articles, highest number first."""
    live = ServerArticle.deleted_at.is_(None)
    total = session.scalar(select(func.count()).select_from(ServerArticle).where(live)) or 0
    rows = session.scalars(
        select(ServerArticle)
        .where(live)
        .order_by(ServerArticle.number.desc())
        .offset((page - 1) * API_PAGE_SIZE)
        .limit(API_PAGE_SIZE)
    )
    items = [
        {
            "id": str(row.id),
            "number": row.number,
            "headline": row.headline,
            "revision": row.revision,
            "content_hash": row.content_hash,
            "view_count": views_of(row, overlay),
            "published_at": _time(row.published_at),
            "updated_at": _time(row.updated_at),
            "url": public_url(settings, row),
        }
        for row in rows
    ]
    pages = max(1, -(-total // API_PAGE_SIZE))
    return {"items": items, "page": page, "pages": pages, "total": total}
