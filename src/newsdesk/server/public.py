"""The public site, rendered per request by the static export's own PageBuilder.

Same templates, CSS and relative URLs as ``newsdesk export html``, so a site
moved from a static folder to the server keeps every URL. What the server adds
is live data: each GET of an article page counts one view (HEAD does not;
views.py says how they are saved), the list pages show those 조회수, and
index.html's "오늘 N / 전체 M" counts article page views today (Asia/Seoul
day) and ever, instead of the export's article counts.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from newsdesk.server.articles import article_view, media_types, photo_shas
from newsdesk.server.body import render_stored_body
from newsdesk.server.context import ServerContext
from newsdesk.server.models import ServerArticle, ServerMedia
from newsdesk.server.problems import Problem
from newsdesk.server.schemas import whole_number
from newsdesk.server.storage import MEDIA_EXTENSIONS
from newsdesk.server.views import ViewOverlay
from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import seoul_day
from newsdesk.site.feeds import rss_items
from newsdesk.site.listing import Archive, Counters, ListPage, page_of_rank
from newsdesk.site.model import ArticleView
from newsdesk.site.urls import Urls, clean_slug, href
from newsdesk.store.types import utc_now

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
_MEDIA_NAME = re.compile(r"^([0-9a-f]{64})\.(jpg|png|webp)$")
_GET_HEAD = ["GET", "HEAD"]
_TYPES = {ext: kind for kind, ext in MEDIA_EXTENSIONS.items()}


def _archive(session: Session, size: int, overlay: ViewOverlay | None = None) -> Archive:
    """Every live article without its body: enough for lists, links and sitemaps.

    ``overlay`` for pages that show view counts (lists), None for the others.
    """
    rows = session.scalars(
        select(ServerArticle)
        .options(defer(ServerArticle.body_html))
        .where(ServerArticle.deleted_at.is_(None))
    )
    return Archive([article_view(row, overlay=overlay) for row in rows], size)


def _rank(session: Session, number: int) -> int:
    """0-based place of article ``number`` among live articles, oldest first (as Archive).

    One COUNT instead of loading the whole archive on every article page view.
    """
    older = select(func.count()).where(
        ServerArticle.deleted_at.is_(None), ServerArticle.number < number
    )
    return int(session.scalar(older) or 0)


def _full_views(session: Session, ids: Sequence[str]) -> list[ArticleView]:
    rows = list(
        session.scalars(
            select(ServerArticle).where(ServerArticle.id.in_([uuid.UUID(i) for i in ids]))
        )
    )
    shas = [sha for row in rows for sha in photo_shas(row.photos)]
    kinds = media_types(session, shas)
    return [article_view(row, kinds) for row in rows]


def build_public_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter()
    site = ctx.settings.site_view()
    builder = PageBuilder(site, render_markdown=render_stored_body)

    def html(text: str) -> Response:
        return Response(text, media_type=HTML, headers={"Cache-Control": "no-cache"})

    def index() -> Response:
        now = utc_now()
        day = seoul_day(now)

        def build(overlay: ViewOverlay) -> ListPage:
            page = _archive(session, site.list_page_size, overlay).index_page(now)
            today, total = ctx.store.view_totals(session, day)
            today, total = today + overlay.day(day), total + overlay.total
            counters = Counters(day=day, today=today, total=total)
            return dataclasses.replace(page, counters=counters)

        with ctx.store.read_session() as session:
            page = ctx.views.read(session, build)
        return html(builder.list_html(page))

    router.add_api_route("/", index, methods=_GET_HEAD, include_in_schema=False)
    router.add_api_route("/index.html", index, methods=_GET_HEAD, include_in_schema=False)

    @router.api_route("/list/{page}.html", methods=_GET_HEAD, include_in_schema=False)
    def archive_page(page: str) -> Response:
        wanted = whole_number(page)
        if wanted is None:
            raise Problem(404, "there is no such list page", kind="not-found")
        with ctx.store.read_session() as session:
            archive = ctx.views.read(
                session, lambda overlay: _archive(session, site.list_page_size, overlay)
            )
        if wanted > archive.last_page:
            raise Problem(404, f"there is no list page {wanted}", kind="not-found")
        return html(builder.list_html(archive.archive_page(wanted)))

    @router.api_route("/articles/{name}.html", methods=_GET_HEAD, include_in_schema=False)
    def article_page(name: str, request: Request) -> Response:
        number = whole_number(name.split("-", 1)[0])
        if number is None:  # not a number an article can have: never reaches the database
            raise Problem(404, "no such article", kind="not-found")
        with ctx.store.read_session() as session:
            row = session.scalar(
                select(ServerArticle).where(
                    ServerArticle.number == number, ServerArticle.deleted_at.is_(None)
                )
            )
            if row is None:
                raise Problem(404, f"no published article number {number}", kind="not-found")
            canonical = (
                f"{row.number}-{clean_slug(row.slug)}" if clean_slug(row.slug) else str(row.number)
            )
            if name != canonical:  # an old slug or a shortened link: send to the real page
                # Relative, so the site also works behind a proxy under a sub-path.
                location = href(f"{canonical}.html")
                return Response(status_code=301, headers={"Location": location})
            if request.method == "GET":  # in memory: a page view never waits for the database
                ctx.views.record(row.id, seoul_day(utc_now()))
            view = article_view(row, media_types(session, photo_shas(row.photos)))
            list_page = page_of_rank(_rank(session, row.number), site.list_page_size)
        urls = Urls.relative("articles/x.html")
        return html(builder.article_html(view, list_page=list_page, urls=urls))

    @router.api_route("/rss.xml", methods=_GET_HEAD, include_in_schema=False)
    def rss() -> Response:
        with ctx.store.read_session() as session:
            newest = rss_items(_archive(session, site.list_page_size).articles)
            views = _full_views(session, [a.id for a in newest])
        return Response(builder.rss_xml(views), media_type="application/rss+xml; charset=utf-8")

    @router.api_route("/sitemap.xml", methods=_GET_HEAD, include_in_schema=False)
    def sitemap() -> Response:
        with ctx.store.read_session() as session:
            archive = _archive(session, site.list_page_size)
        return Response(builder.sitemap_xml(archive), media_type=XML)

    @router.api_route("/news-sitemap.xml", methods=_GET_HEAD, include_in_schema=False)
    def news_sitemap() -> Response:
        with ctx.store.read_session() as session:
            archive = _archive(session, site.list_page_size)
        text = builder.news_sitemap_xml(archive.articles, now=utc_now())
        return Response(text, media_type=XML)

    @router.api_route("/robots.txt", methods=_GET_HEAD, include_in_schema=False)
    def robots() -> Response:
        return Response(builder.robots_txt(), media_type="text/plain; charset=utf-8")

    @router.api_route("/media/{prefix}/{name}", methods=_GET_HEAD, include_in_schema=False)
    def media(prefix: str, name: str) -> Response:
        match = _MEDIA_NAME.match(name)
        if match is None or match.group(1)[:2] != prefix:
            raise Problem(404, "no such media file", kind="not-found")
        with ctx.store.read_session() as session:
            row = session.get(ServerMedia, match.group(1))
        path = ctx.store.media_dir / prefix / name
        if row is None or row.content_type != _TYPES[match.group(2)] or not path.is_file():
            raise Problem(404, "no such media file", kind="not-found")
        return FileResponse(
            path,
            media_type=row.content_type,
            headers={"Cache-Control": "public, max-age=31536000, immutable"},
        )

    return router
