"""The one page builder behind the preview pane, the static export and the server.

Pages are rendered from :mod:`newsdesk.site.model` views with Jinja2
(autoescape on). Only the sanitized body HTML from the Markdown renderer is
marked safe. The preview passes its own :class:`Urls`; every other byte is the
same as in the export, which is the point of having one builder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

import newsdesk
from newsdesk.resources import resource_path
from newsdesk.site import article_parts, dates
from newsdesk.site.feeds import (
    SitemapEntry,
    news_sitemap_items,
    rss_items,
    sitemap_entries,
)
from newsdesk.site.listing import Archive, ListPage
from newsdesk.site.model import ArticleView, LegalFooter, SiteView
from newsdesk.site.security import PAGE_CSP
from newsdesk.site.urls import (
    NEWS_SITEMAP_PATH,
    RSS_PATH,
    SITEMAP_PATH,
    Urls,
    absolute_url,
    article_path,
    href,
    list_path,
)

#: Bump when Python-side page logic changes output, so incremental exports re-render.
BUILDER_VERSION = "1"

RenderMarkdown = Callable[..., str]


def _default_renderer() -> RenderMarkdown:
    # Imported lazily: the text layer is optional for tests that pass a stub,
    # and importing python-markdown costs start-up time the preview doesn't need yet.
    from newsdesk.text.markdown import render_markdown

    return render_markdown


def _fingerprint_dir(digest: Any, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")


class PageBuilder:
    """Renders article pages, list pages, RSS and sitemaps for one site."""

    def __init__(
        self,
        site: SiteView,
        *,
        render_markdown: RenderMarkdown | None = None,
        templates_dir: Path | None = None,
        static_dir: Path | None = None,
    ) -> None:
        self.site = site
        self._render_markdown = render_markdown
        self.templates_dir = templates_dir or resource_path("site", "templates")
        self.static_dir = static_dir or resource_path("site", "static")
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.templates_dir),
            autoescape=jinja2.select_autoescape(["html", "xml"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["href"] = href
        self.env.filters["korean_date"] = dates.korean_date
        self.env.filters["stamp"] = dates.stamp
        self.env.filters["rfc3339"] = dates.rfc3339
        self.env.filters["rfc822"] = dates.rfc822
        self.env.filters["credit"] = article_parts.credit_text
        self.env.filters["thousands"] = lambda n: f"{n:,}"
        css = self.static_dir / "site.css"
        self.css_version = (
            hashlib.sha256(css.read_bytes()).hexdigest()[:10] if css.is_file() else ""
        )
        self.fingerprint = self._fingerprint()

    @property
    def render_markdown(self) -> RenderMarkdown:
        if self._render_markdown is None:
            self._render_markdown = _default_renderer()
        return self._render_markdown

    def _fingerprint(self) -> str:
        """Hash of everything besides the views that shapes output (templates, CSS, code)."""
        digest = hashlib.sha256(f"{BUILDER_VERSION}\0{newsdesk.__version__}\0".encode())
        renderer = self._render_markdown
        name = "default" if renderer is None else f"{renderer.__module__}.{renderer.__qualname__}"
        digest.update(name.encode() + b"\0")
        _fingerprint_dir(digest, self.templates_dir)
        _fingerprint_dir(digest, self.static_dir)
        return digest.hexdigest()

    # -- shared context ---------------------------------------------------

    def _footer_items(self) -> list[tuple[str, str, str]]:
        footer = self.site.footer
        return [
            (name, label, getattr(footer, name).strip())
            for name, label in LegalFooter.LABELS.items()
        ]

    def _base_context(self, urls: Urls, year: int | None) -> dict[str, Any]:
        return {
            "site": self.site,
            "urls": urls,
            "css_version": self.css_version,
            "footer_items": self._footer_items(),
            "year": year,
            "rss_url": absolute_url(self.site.base_url, RSS_PATH),
            "content_security_policy": Markup(PAGE_CSP),  # a constant: no quotes to escape
        }

    # -- pages ------------------------------------------------------------

    def article_html(
        self, article: ArticleView, *, list_page: int | None, urls: Urls | None = None
    ) -> str:
        """The article page; ``list_page`` is the archive page its "목록으로" link opens.

        ``urls`` None means the export's relative URLs for pages under ``articles/``.
        A draft (no number / no ``published_at``) renders without canonical link or 입력 time.
        """
        urls = urls or Urls.relative("articles/x.html")
        placement = article_parts.PhotoPlacement(article.photos, urls.media_prefix)
        body_html = self.render_markdown(article.body_markdown, resolve_image=placement.resolve)
        description = article_parts.describe(article, body_html)  # before figures add captions
        figure = self.env.get_template("_photo.html").module.figure  # type: ignore[attr-defined]
        body_html = placement.place_figures(
            body_html, lambda photo: str(figure(photo, urls.media_prefix))
        )
        main_photo = placement.main_photo(article)
        canonical = (
            absolute_url(self.site.base_url, article_path(article))
            if article.number is not None
            else None
        )
        og_image, og_image_size = article_parts.social_image(self.site, article.main_photo)
        modified = (
            article.published_at is not None
            and not dates.same_minute(article.published_at, article.updated_at)
            and article.updated_at > article.published_at
        )
        json_ld = article_parts.json_for_script(
            article_parts.news_article_ld(
                self.site,
                article,
                canonical=canonical,
                images=article_parts.ld_images(self.site, article.main_photo),
                description=description,
            )
        )
        back = list_path(list_page) if list_page is not None else "index.html"
        year = (article.published_at or article.updated_at).astimezone(dates.SEOUL).year
        context = self._base_context(urls, year)
        context.update(
            article=article,
            body_html=Markup(body_html),  # sanitized by the text layer
            main_photo=main_photo,
            other_photos=placement.remaining(article),
            canonical=canonical,
            description=description,
            og_image=og_image,
            og_image_size=og_image_size,
            modified=modified,
            json_ld=Markup(json_ld),  # escaped for <script> by json_for_script
            back_href=urls.root_prefix + back,
        )
        return self.env.get_template("article.html").render(context)

    def list_html(self, page: ListPage, *, urls: Urls | None = None) -> str:
        """An archive list page or ``index.html`` (when ``page.number`` is None)."""
        urls = urls or Urls.relative(page.path)
        newest = max((r.published_at for r in page.rows if r.published_at), default=None)
        context = self._base_context(urls, newest.astimezone(dates.SEOUL).year if newest else None)
        context.update(
            page=page,
            canonical=absolute_url(self.site.base_url, "" if page.number is None else page.path),
            list_path=list_path,
            counters_day=(_korean_iso_day(page.counters.day) if page.counters is not None else ""),
        )
        return self.env.get_template("list.html").render(context)

    # -- feeds --------------------------------------------------------------

    def rss_xml(self, articles: Sequence[ArticleView]) -> str:
        """RSS 2.0 of the newest 50 published articles in ``articles``."""
        items = rss_items(articles)
        rendered = []
        for article in items:
            placement = article_parts.PhotoPlacement(article.photos, "")
            body = self.render_markdown(article.body_markdown, resolve_image=placement.resolve)
            rendered.append(
                {
                    "article": article,
                    "url": absolute_url(self.site.base_url, article_path(article)),
                    "description": article_parts.describe(article, body),
                }
            )
        last_build = max((a.updated_at for a in items), default=None)
        return self.env.get_template("rss.xml").render(
            site=self.site,
            items=rendered,
            last_build=last_build,
            self_url=absolute_url(self.site.base_url, RSS_PATH),
        )

    def sitemap_xml(self, archive: Archive | Sequence[ArticleView]) -> str:
        """sitemap.xml with index, list pages and articles."""
        if not isinstance(archive, Archive):
            archive = Archive(archive, self.site.list_page_size)
        entries: list[SitemapEntry] = sitemap_entries(archive)
        urls = [
            (absolute_url(self.site.base_url, "" if e.path == "index.html" else e.path), e.lastmod)
            for e in entries
        ]
        return self.env.get_template("sitemap.xml").render(entries=urls)

    def news_sitemap_xml(self, articles: Sequence[ArticleView], *, now: datetime) -> str:
        """Google News sitemap of articles published in the two days before ``now``."""
        items = [
            (absolute_url(self.site.base_url, article_path(a)), a)
            for a in news_sitemap_items(articles, now)
        ]
        return self.env.get_template("news-sitemap.xml").render(site=self.site, items=items)

    def robots_txt(self) -> str:
        """robots.txt pointing crawlers at both sitemaps."""
        base = self.site.base_url
        return (
            "User-agent: *\nAllow: /\n\n"
            f"Sitemap: {absolute_url(base, SITEMAP_PATH)}\n"
            f"Sitemap: {absolute_url(base, NEWS_SITEMAP_PATH)}\n"
        )


def _korean_iso_day(day: str) -> str:
    year, month, date = (int(part) for part in day.split("-"))
    return f"{year}년 {month}월 {date}일"
