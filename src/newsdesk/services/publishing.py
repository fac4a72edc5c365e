"""Putting articles on (and taking them off) the public site.

The public number and the slug are fixed on first publish so the article's
URL never changes afterwards, even when the headline is corrected.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from newsdesk.services.articles import load_article
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article, ArticleStatus
from newsdesk.store.types import utc_now
from newsdesk.text.slugs import make_slug


def next_public_number(session: Session) -> int:
    return int(session.scalar(select(func.max(Article.number))) or 0) + 1


def publish_in_session(session: Session, article: Article, when: datetime | None = None) -> None:
    """Mark an article published, numbering it on first publish."""
    if not article.headline.strip():
        raise ValidationError("headline", "an article without a headline cannot be published")
    if article.deleted_at is not None:
        raise ValidationError("article", "an article in the trash cannot be published")
    now = utc_now()
    if article.number is None:
        article.number = next_public_number(session)
    if not article.slug:
        article.slug = make_slug(article.headline)
    if article.published_at is None:
        article.published_at = when or now
    elif article.status == ArticleStatus.UNPUBLISHED.value:
        article.revised_at = now
    article.status = ArticleStatus.PUBLISHED.value
    article.scheduled_at = None


def publish(newsroom: Newsroom, article_id: str, when: datetime | None = None) -> Article:
    with newsroom.db.session() as session:
        article = load_article(session, article_id)
        publish_in_session(session, article, when)
        session.flush()
        return article


def unpublish(newsroom: Newsroom, article_id: str) -> Article:
    """Take an article off the site; it keeps its number for a later re-publish."""
    with newsroom.db.session() as session:
        article = load_article(session, article_id)
        if article.status != ArticleStatus.PUBLISHED.value:
            raise ValidationError("status", "the article is not published")
        article.status = ArticleStatus.UNPUBLISHED.value
        return article


def is_on_site() -> ColumnElement[bool]:
    """The WHERE condition of "on the public site", shared by every query that lists it."""
    return and_(
        Article.status == ArticleStatus.PUBLISHED.value,
        Article.number.is_not(None),
        Article.deleted_at.is_(None),
    )


def published_articles(session: Session) -> list[Article]:
    """Everything on the public site, oldest number first."""
    return list(session.scalars(select(Article).where(is_on_site()).order_by(Article.number)))
