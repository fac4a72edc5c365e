"""Autosave and crash recovery: typing reaches the database within seconds.

The editor stores its current fields here (debounced) without touching the
article itself, so an autosave never creates a revision or bumps the
article's version; an explicit save (Ctrl+S) writes the article and drops the
autosave. Whatever is left here at start-up was typed before a crash and is
offered back to the user.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, select

from newsdesk.services.articles import ArticleFields
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article, Autosave
from newsdesk.store.types import utc_now


@dataclass(frozen=True)
class RecoveredDraft:
    """Unsaved typing found at start-up."""

    editor_key: str
    article_id: str | None  # None: an article that was never saved
    base_version: int | None
    fields: ArticleFields
    saved_at: datetime
    headline_in_db: str  # what the article's saved headline is, for the prompt


def fields_from_json(data: dict[str, object]) -> ArticleFields:
    known = {name: data[name] for name in ArticleFields.__dataclass_fields__ if name in data}
    return ArticleFields(**known)  # type: ignore[arg-type]


class AutosaveService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def store(
        self,
        editor_key: str,
        fields: ArticleFields,
        *,
        article_id: str | None,
        base_version: int | None,
    ) -> None:
        """Keep the editor's current fields (replacing the previous autosave)."""
        with self.newsroom.db.session() as session:
            row = session.get(Autosave, editor_key)
            if row is None:
                row = Autosave(editor_key=editor_key)
                session.add(row)
            row.article_id = article_id
            row.base_version = base_version
            row.fields = asdict(fields)
            row.saved_at = utc_now()

    def discard(self, editor_key: str) -> None:
        with self.newsroom.db.session() as session:
            session.execute(delete(Autosave).where(Autosave.editor_key == editor_key))

    def pending(self) -> list[RecoveredDraft]:
        """Autosaves left behind (after a crash), newest first."""
        with self.newsroom.db.session() as session:
            rows = session.scalars(select(Autosave).order_by(Autosave.saved_at.desc())).all()
            found: list[RecoveredDraft] = []
            for row in rows:
                article = session.get(Article, row.article_id) if row.article_id else None
                found.append(
                    RecoveredDraft(
                        editor_key=row.editor_key,
                        article_id=row.article_id,
                        base_version=row.base_version,
                        fields=fields_from_json(row.fields),
                        saved_at=row.saved_at,
                        headline_in_db=article.headline if article else "",
                    )
                )
            return found
