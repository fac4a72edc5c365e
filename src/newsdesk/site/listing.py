"""Archive list arithmetic: which article sits on which page, and what each page shows.

List pages are numbered from the *oldest* article: page 1 holds the oldest
``size`` articles and only the highest page may be partial. A new article
therefore lands on the last page and leaves every older page byte-identical,
which is what makes incremental export cheap and keeps archive URLs stable for
search engines. ``index.html`` is the only page that shows the newest articles
and the "오늘 N / 전체 M" counters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from newsdesk.site.dates import seoul_day
from newsdesk.site.model import ArticleView
from newsdesk.site.urls import INDEX_PATH, article_path, list_path

#: Pages shown on either side of the current one; bounded so that a new last
#: page changes at most this many older pages.
WINDOW_RADIUS = 4


@dataclass(frozen=True, slots=True)
class ListRow:
    """One row of a list page (only what the row shows, so it can be hashed)."""

    number: int
    path: str  # site-relative article page
    headline: str
    subheadline: str
    section_name: str
    byline: str
    view_count: int
    published_at: datetime | None
    has_photo: bool


@dataclass(frozen=True, slots=True)
class Pagination:
    """The bounded page window; ``None`` means "no such link"."""

    current: int | None  # None on index.html
    first: int | None
    previous: int | None
    pages: tuple[int, ...]
    next: int | None


@dataclass(frozen=True)
class Counters:
    """ "오늘 N / 전체 M" shown on index.html only."""

    day: str  # Seoul ISO date the "today" count refers to
    today: int
    total: int


@dataclass(frozen=True, slots=True)
class ListPage:
    """Everything a list page renders; ``number`` is None for ``index.html``."""

    number: int | None
    path: str
    rows: tuple[ListRow, ...]  # newest first
    pagination: Pagination
    counters: Counters | None = None


def page_count(total: int, size: int) -> int:
    """Number of archive pages for ``total`` articles (at least 1, so the site has a page)."""
    return max(1, -(-total // size))


def page_of_rank(rank: int, size: int) -> int:
    """Archive page of the article with 0-based ``rank`` in oldest-first order."""
    return rank // size + 1


def window(current: int, last: int, radius: int = WINDOW_RADIUS) -> tuple[int, ...]:
    """Page numbers shown around ``current``."""
    return tuple(range(max(1, current - radius), min(last, current + radius) + 1))


def make_row(article: ArticleView) -> ListRow:
    """The list-row projection of an article."""
    assert article.number is not None
    return ListRow(
        number=article.number,
        path=article_path(article),
        headline=article.headline,
        subheadline=article.subheadline,
        section_name=article.section_name,
        byline=article.byline,
        view_count=article.view_count,
        published_at=article.published_at,
        has_photo=bool(article.photos),
    )


class Archive:
    """Published articles in public-number order, with their pages.

    Articles without a number are drafts and are left out; duplicate numbers
    are a data error and refused rather than silently dropped.
    """

    def __init__(self, articles: Sequence[ArticleView], size: int) -> None:
        if size < 1:
            raise ValueError(f"list page size must be positive, got {size}")
        self.size = size
        self.articles: list[ArticleView] = sorted(
            (a for a in articles if a.number is not None),
            key=lambda a: a.number or 0,
        )
        self._rank: dict[int, int] = {}
        for rank, article in enumerate(self.articles):
            assert article.number is not None
            if article.number in self._rank:
                raise ValueError(f"two articles share the public number {article.number}")
            self._rank[article.number] = rank

    @property
    def last_page(self) -> int:
        return page_count(len(self.articles), self.size)

    def page_of(self, number: int) -> int:
        """Archive page holding the article with public ``number``."""
        return page_of_rank(self._rank[number], self.size)

    def archive_page(self, page: int) -> ListPage:
        """Archive page ``page`` (1 = oldest)."""
        last = self.last_page
        if not 1 <= page <= last:
            raise ValueError(f"list page {page} out of range 1..{last}")
        chunk = self.articles[(page - 1) * self.size : page * self.size]
        pagination = Pagination(
            current=page,
            first=1 if page > 1 else None,
            previous=page - 1 if page > 1 else None,
            pages=window(page, last),
            next=page + 1 if page < last else None,
        )
        return ListPage(
            number=page,
            path=list_path(page),
            rows=tuple(make_row(a) for a in reversed(chunk)),
            pagination=pagination,
        )

    def index_page(self, now: datetime) -> ListPage:
        """``index.html``: the newest ``size`` articles plus today's counters."""
        newest = self.articles[-self.size :] if self.articles else []
        today = seoul_day(now)
        today_count = sum(
            1
            for a in self.articles
            if a.published_at is not None and seoul_day(a.published_at) == today
        )
        last = self.last_page
        pages = tuple(range(max(1, last - 2 * WINDOW_RADIUS), last + 1)) if self.articles else ()
        pagination = Pagination(
            current=None, first=1 if pages else None, previous=None, pages=pages, next=None
        )
        return ListPage(
            number=None,
            path=INDEX_PATH,
            rows=tuple(make_row(a) for a in reversed(newest)),
            pagination=pagination,
            counters=Counters(day=today, today=today_count, total=len(self.articles)),
        )
