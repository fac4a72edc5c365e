"""Export planning: every file of the site, with a hash of its inputs and a deferred render.

Incremental export must skip *rendering* unchanged pages, not just writing
them (rendering 10k pages only to compare bytes costs seconds). So each
:class:`PlannedFile` carries ``input_hash`` — a digest of everything its
output depends on, computed from the views without rendering — and a
``render`` closure the writer calls only when the hash differs from the last
export. Everything is planned before anything is written (Pelican's rule), so
a broken view fails the export before it touches the folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any

from newsdesk.gc_pause import gc_paused
from newsdesk.site.builder import PageBuilder
from newsdesk.site.errors import require_complete_footer
from newsdesk.site.feeds import news_sitemap_items, rss_items, sitemap_entries
from newsdesk.site.listing import Archive, ListPage
from newsdesk.site.model import ArticleView, SiteView
from newsdesk.site.urls import (
    NEWS_SITEMAP_PATH,
    ROBOTS_PATH,
    RSS_PATH,
    SITEMAP_PATH,
    article_path,
)


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One output file: site-relative POSIX ``path``, its input digest, and how to make it."""

    path: str
    input_hash: str
    render: Callable[[], bytes]


#: Per type: (name, getter of all field values) for dataclasses, None for other types.
_DATACLASS_SPECS: dict[type, tuple[str, Callable[[object], Any]] | None] = {}


def _dataclass_spec(kind: type) -> tuple[str, Callable[[object], Any]] | None:
    """How to walk a dataclass type's fields (cached per type); None for other types."""
    try:
        return _DATACLASS_SPECS[kind]
    except KeyError:
        pass
    spec: tuple[str, Callable[[object], Any]] | None = None
    if is_dataclass(kind) and not issubclass(kind, (str, datetime, tuple, list)):
        names = tuple(field.name for field in fields(kind))
        if len(names) == 1:
            name = names[0]
            spec = (kind.__name__, lambda value: (getattr(value, name),))
        elif names:
            spec = (kind.__name__, attrgetter(*names))
        else:
            spec = (kind.__name__, lambda value: ())
    _DATACLASS_SPECS[kind] = spec
    return spec


def _flatten(value: object, append: Callable[[str], None]) -> None:
    """Append a canonical text form of ``value`` through ``append``.

    Faster than ``repr()`` (no escaping of long Korean bodies) and as complete:
    dataclasses contribute every field, so a field added to a view later is
    hashed without anyone remembering to list it here. The rules: text as is,
    datetimes in ISO form, sequences as ``[ … ]``, dataclasses as their type
    name, their fields and ``)``, anything else as ``repr()``.

    Planning walks every view of the site on each export (~350k values at 10k
    articles), so exact common types are dispatched by ``type() is`` and
    leaves are handled inline rather than by a recursive call; subclasses fall
    through to the general rules in :func:`_flatten_other`.
    """
    kind = type(value)
    if kind is str:
        append(value)  # type: ignore[arg-type]
        return
    if kind is tuple or kind is list:
        append("[")
        items: Any = value
        close = "]"
    elif kind is datetime:
        append(value.isoformat())  # type: ignore[attr-defined]
        return
    else:
        spec = _dataclass_spec(kind)
        if spec is None:
            _flatten_other(value, append)
            return
        append(spec[0])
        items = spec[1](value)
        close = ")"
    for item in items:
        item_kind = type(item)
        if item_kind is str:
            append(item)
        elif item is None or item_kind is int or item_kind is bool:
            append(repr(item))
        elif item_kind is datetime:
            append(item.isoformat())
        else:
            _flatten(item, append)
    append(close)


def _flatten_other(value: object, append: Callable[[str], None]) -> None:
    """The general rules of :func:`_flatten` for types it does not dispatch exactly."""
    if isinstance(value, str):
        append(value)
    elif isinstance(value, datetime):
        append(value.isoformat())
    elif isinstance(value, (tuple, list)):
        append("[")
        for item in value:
            _flatten(item, append)
        append("]")
    else:
        append(repr(value))


def _digest(base: bytes, *parts: object) -> str:
    """Digest of the shared ``base`` (builder fingerprint + site settings) and ``parts``."""
    out: list[str] = []
    _flatten(parts, out.append)
    # \x1f cannot occur in the views' text, so joined fields cannot run into each other.
    text = "\x1f".join(out)
    return hashlib.sha256(base + text.encode("utf-8", "surrogatepass")).hexdigest()


def _encoded(make: Callable[[], str]) -> Callable[[], bytes]:
    return lambda: make().encode("utf-8")


def _article_html(builder: PageBuilder, article: ArticleView, list_page: int) -> bytes:
    return builder.article_html(article, list_page=list_page).encode("utf-8")


def _article_file(
    builder: PageBuilder, article: ArticleView, list_page: int, base: bytes
) -> PlannedFile:
    # A partial rather than nested closures: one object per page instead of
    # five, which the cycle collector then scans ~10k times fewer per export.
    return PlannedFile(
        path=article_path(article),
        input_hash=_digest(base, "article", article, list_page),
        render=partial(_article_html, builder, article, list_page),
    )


def _list_file(builder: PageBuilder, page: ListPage, base: bytes) -> PlannedFile:
    # ListPage holds only what the page shows (rows, window, counters and the
    # day they count), so equal pages hash equal however the archive grew.
    return PlannedFile(
        path=page.path,
        input_hash=_digest(base, "list", page),
        render=_encoded(lambda: builder.list_html(page)),
    )


def static_files(static_dir: Path) -> list[PlannedFile]:
    """The stylesheet and images under ``static/``; hashed by content (they are small)."""
    planned = []
    for source in sorted(p for p in static_dir.rglob("*") if p.is_file()):
        data = source.read_bytes()
        planned.append(
            PlannedFile(
                path="static/" + source.relative_to(static_dir).as_posix(),
                input_hash=hashlib.sha256(data).hexdigest(),
                render=lambda data=data: data,  # type: ignore[misc]
            )
        )
    return planned


def plan_site(
    site: SiteView,
    articles: Sequence[ArticleView],
    *,
    now: datetime,
    builder: PageBuilder,
) -> list[PlannedFile]:
    """Plan every file of the public site.

    Articles without a public number are drafts and are not published. Raises
    :class:`~newsdesk.site.errors.IncompleteFooterError` before planning
    anything if the legal footer is incomplete: such a site may not go out.
    """
    require_complete_footer(site.footer)
    with gc_paused():  # ~100k long-lived objects and no cycles: see newsdesk.gc_pause
        return _plan(site, articles, now=now, builder=builder)


def _plan(
    site: SiteView,
    articles: Sequence[ArticleView],
    *,
    now: datetime,
    builder: PageBuilder,
) -> list[PlannedFile]:
    base = bytes.fromhex(_digest(b"", builder.fingerprint, site))
    archive = Archive(articles, site.list_page_size)
    planned: list[PlannedFile] = []

    for article in archive.articles:
        assert article.number is not None
        planned.append(_article_file(builder, article, archive.page_of(article.number), base))

    planned.append(_list_file(builder, archive.index_page(now), base))
    for number in range(1, archive.last_page + 1):
        planned.append(_list_file(builder, archive.archive_page(number), base))

    published = archive.articles
    rss = rss_items(published)
    planned.append(
        PlannedFile(RSS_PATH, _digest(base, "rss", rss), _encoded(lambda: builder.rss_xml(rss)))
    )
    entries = sitemap_entries(archive)
    planned.append(
        PlannedFile(
            SITEMAP_PATH,
            _digest(base, "sitemap", entries),
            _encoded(lambda: builder.sitemap_xml(archive)),
        )
    )
    news = news_sitemap_items(published, now)
    news_key = [(a.number, a.slug, a.headline, a.published_at) for a in news]
    planned.append(
        PlannedFile(
            NEWS_SITEMAP_PATH,
            _digest(base, "news-sitemap", news_key),
            _encoded(lambda: builder.news_sitemap_xml(news, now=now)),
        )
    )
    planned.append(PlannedFile(ROBOTS_PATH, _digest(base, "robots"), _encoded(builder.robots_txt)))
    planned.extend(static_files(builder.static_dir))
    return planned


def media_copies(articles: Iterable[ArticleView], media_dir: Path) -> list[tuple[str, Path]]:
    """``(site path, source)`` copies of the photos published articles show or share.

    The web-size photo of each, and the og:image cut of those with a social
    crop. Names are content-addressed (and name the crop), so one photo used
    by two articles with the same crop is copied once.
    """
    seen: dict[str, Path] = {}
    for article in articles:
        if article.number is None:
            continue
        for photo in article.photos:
            for name in (photo.web_file, photo.social_file):
                if name:
                    seen.setdefault("media/" + name, media_dir / name)
    return sorted(seen.items())
