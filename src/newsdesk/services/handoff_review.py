"""The desk's side of hand-off updates: list the ones waiting, apply one.

A hand-off file never changes a live article in place
(:mod:`newsdesk.services.handoff_merge`); the sender's version waits as a
revision with reason ``handoff-update``. An editor applies it here, through
the same save path as typing the change (:func:`save_in_session`: role
checks, validation, the page's 수정 time, a revision, the servers told), so
a hand-off correction to a published article is as visible and reversible as
any other correction. The article's version before the apply is kept as a
revision too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.services.articles import (
    ArticleFields,
    load_article,
    save_in_session,
    snapshot,
)
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.handoff_history import (
    PHOTO_FILE_KEYS,
    REASON_APPLIED,
    REASON_BEFORE,
    REASON_UPDATE,
    open_update,
    revisions_of,
    state_hash,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import load_person, require_editor
from newsdesk.store.models import Article, Person, Photo, Revision, Section

_PHOTO_DETAIL_KEYS = ("caption", "credit", "alt_text", "position", "is_main")


@dataclass(frozen=True)
class PendingUpdate:
    """A hand-off update waiting for the desk (newest first in :meth:`pending`)."""

    revision_id: str
    article_id: str
    number: int | None
    status: str
    headline: str  # the article's headline here
    new_headline: str  # the headline the update would give it
    note: str  # which file it came from and why it was not applied
    received_at: datetime


def _waiting(session: Session, article: Article) -> Revision | None:
    """The article's open update, unless the article already says the same."""
    revision = open_update(revisions_of(session, article.id))
    if revision is None:
        return None
    if state_hash(session, revision.snapshot) == state_hash(session, snapshot(article)):
        return None
    return revision


def _set_photos(session: Session, article: Article, wanted: list[dict[str, Any]]) -> None:
    """Make the article's photo rows those of the update (files are already in the store)."""
    rows = {photo.sha256: photo for photo in article.photos}
    photos: list[Photo] = []
    for spec in wanted:
        row = rows.pop(spec["sha256"], None)
        if row is None:
            missing = [key for key in PHOTO_FILE_KEYS if key not in spec]
            if missing:
                raise ValidationError(
                    "photos", f"the update lacks the file facts of photo {spec['sha256'][:10]}"
                )
            row = Photo(sha256=spec["sha256"], **{key: spec[key] for key in PHOTO_FILE_KEYS})
        for key in _PHOTO_DETAIL_KEYS:
            setattr(row, key, spec[key])
        photos.append(row)
    article.photos = photos
    session.flush()


def _fields(session: Session, data: dict[str, Any]) -> ArticleFields:
    section_id, author_id = data.get("section_id"), data.get("author_id")
    if section_id is not None and session.get(Section, section_id) is None:
        section_id = None  # deleted here since the update arrived
    if author_id is not None and session.get(Person, author_id) is None:
        author_id = None
    return ArticleFields(
        headline=str(data.get("headline", "")),
        subheadline=str(data.get("subheadline", "")),
        body=str(data.get("body", "")),
        summary=str(data.get("summary", "")),
        section_id=section_id,
        author_id=author_id,
        byline=str(data.get("byline", "")),
        tags=list(data.get("tags") or []),
    )


class HandoffReviewService:
    """Hand-off updates waiting for the desk; each call is one unit of work."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def pending(self) -> list[PendingUpdate]:
        """Every update still waiting, newest first (articles in the trash left out)."""
        with self.newsroom.db.session() as session:
            article_ids = session.scalars(
                select(Revision.article_id).where(Revision.reason == REASON_UPDATE).distinct()
            ).all()
            found: list[PendingUpdate] = []
            for article_id in article_ids:
                article = session.get(Article, article_id)
                if article is None or article.deleted_at is not None:
                    continue
                revision = _waiting(session, article)
                if revision is None:
                    continue
                found.append(
                    PendingUpdate(
                        revision_id=revision.id,
                        article_id=article.id,
                        number=article.number,
                        status=article.status,
                        headline=article.headline,
                        new_headline=str(revision.snapshot.get("headline", "")),
                        note=revision.note,
                        received_at=revision.created_at,
                    )
                )
        return sorted(found, key=lambda update: update.received_at, reverse=True)

    def apply(self, revision_id: str, actor_id: int) -> Article:
        """Apply a waiting update as ``actor_id`` (editors and admins only).

        The current version is kept first ("before-handoff"), then the update
        is saved like an edit, with its own revision ("handoff-applied").
        """
        with self.newsroom.db.session() as session:
            require_editor(load_person(session, actor_id), "apply a hand-off update")
            revision = session.get(Revision, revision_id)
            if revision is None or revision.reason != REASON_UPDATE:
                raise NotFoundError(f"no hand-off update {revision_id}")
            article = load_article(session, revision.article_id)
            if _waiting(session, article) is not revision:
                raise ValidationError(
                    "revision",
                    f"hand-off update {revision_id[:8]} of {article.headline!r} is no longer "
                    "waiting (it was applied, or a newer file replaced it)",
                )
            session.add(
                Revision(
                    article_id=article.id,
                    author_id=actor_id,
                    reason=REASON_BEFORE,
                    note=f"this PC's version before hand-off update {revision_id[:8]} was applied",
                    snapshot=snapshot(article),
                )
            )
            _set_photos(session, article, list(revision.snapshot.get("photos") or []))
            was_published = save_in_session(
                session,
                article,
                _fields(session, revision.snapshot),
                actor_id=actor_id,
                reason=REASON_APPLIED,
                note=f"hand-off update {revision_id[:8]} applied ({revision.note})",
            )
        if was_published:  # a correction: servers get the new text too
            from newsdesk.services.outbox import queue_for_targets  # pulls in the network stack

            queue_for_targets(self.newsroom, article.id, "put")
        return article
