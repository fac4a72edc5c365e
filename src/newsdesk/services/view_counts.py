"""조회수 from the server into the local article list.

Readers are counted by the server; the desk only mirrors the numbers. The
update is a plain SQL UPDATE of one column on purpose: going through the ORM
would bump the article's optimistic-locking version and its ``updated_at``,
so an editor with the article open would be told "changed elsewhere" merely
because readers read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import update

from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article

if TYPE_CHECKING:
    from newsdesk.publish.api_client import NewsdeskApiClient

MAX_PAGES = 10_000  # a guard against a server that never says "last page"


def sync_view_counts(newsroom: Newsroom, client: NewsdeskApiClient) -> int:
    """Page through ``GET /api/v1/articles`` and store each view count; returns rows changed.

    Articles the newsroom does not know (published by another desk) are
    skipped. Errors propagate as :class:`~newsdesk.publish.api_errors.ApiError`.
    """
    counts: dict[str, int] = {}
    page = 1
    while page <= MAX_PAGES:
        listing = client.list_articles(page)
        for item in listing.items:
            counts[item.id] = item.view_count
        if page >= listing.pages or not listing.items:
            break
        page += 1
    changed = 0
    with newsroom.db.session() as session:
        for article_id, views in counts.items():
            result = session.execute(
                update(Article)
                .where(Article.id == article_id, Article.view_count != views)
                # Assigning the column to itself keeps its onupdate from firing.
                .values(view_count=views, updated_at=Article.updated_at)
                .execution_options(synchronize_session=False)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
    return changed
