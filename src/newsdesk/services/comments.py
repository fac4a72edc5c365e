"""Editorial comments: notes between reporter and desk, never published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from newsdesk.services.articles import load_article
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import load_person, require_allowed
from newsdesk.store.models import Comment, Person
from newsdesk.store.types import utc_now

MAX_COMMENT = 5000


@dataclass(frozen=True)
class CommentView:
    id: int
    author: str
    body: str
    created_at: datetime
    resolved_at: datetime | None


class CommentService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def add(self, article_id: str, actor_id: int, body: str) -> int:
        text = body.strip()
        if not text:
            raise ValidationError("comment", "is empty")
        if len(text) > MAX_COMMENT:
            raise ValidationError("comment", f"longer than {MAX_COMMENT} characters")
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_allowed(load_person(session, actor_id), article, "comment")
            comment = Comment(article_id=article_id, author_id=actor_id, body=text)
            session.add(comment)
            session.flush()
            return comment.id

    def set_resolved(self, comment_id: int, resolved: bool = True) -> None:
        with self.newsroom.db.session() as session:
            comment = session.get(Comment, comment_id)
            if comment is None:
                raise NotFoundError(f"no comment {comment_id}")
            comment.resolved_at = utc_now() if resolved else None

    def for_article(self, article_id: str, *, include_resolved: bool = True) -> list[CommentView]:
        with self.newsroom.db.session() as session:
            statement = (
                select(Comment, Person.name)
                .outerjoin(Person, Person.id == Comment.author_id)
                .where(Comment.article_id == article_id)
                .order_by(Comment.created_at, Comment.id)
            )
            if not include_resolved:
                statement = statement.where(Comment.resolved_at.is_(None))
            return [
                CommentView(c.id, name or "", c.body, c.created_at, c.resolved_at)
                for c, name in session.execute(statement)
            ]
