"""The editorial workflow: draft → submitted → in review → approved →
scheduled / published → unpublished, with an editor able to return an
article to its reporter.

Every transition checks the actor's role, records who/when/why, and
snapshots the article as a revision, all in one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.articles import load_article, snapshot
from newsdesk.services.errors import NewsdeskError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.prepublish import ChecksFailedError, run_checks
from newsdesk.services.publishing import publish_in_session
from newsdesk.services.roles import (
    PermissionDeniedError,
    is_editor,
    load_person,
    require_editor,
)
from newsdesk.services.site_profile import load_profile
from newsdesk.store.models import Article, Person, Revision, Transition
from newsdesk.store.models import ArticleStatus as S
from newsdesk.store.types import utc_now

#: action -> (states it may start from, resulting state, editors only?)
TRANSITIONS: dict[str, tuple[frozenset[str], str, bool]] = {
    "submit": (frozenset({S.DRAFT}), S.SUBMITTED, False),
    "start_review": (frozenset({S.SUBMITTED}), S.IN_REVIEW, True),
    "return": (frozenset({S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED}), S.DRAFT, True),
    "approve": (frozenset({S.SUBMITTED, S.IN_REVIEW}), S.APPROVED, True),
    "schedule": (frozenset({S.APPROVED, S.SCHEDULED}), S.SCHEDULED, True),
    "unschedule": (frozenset({S.SCHEDULED}), S.APPROVED, True),
    "publish": (
        frozenset({S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.UNPUBLISHED}),
        S.PUBLISHED,
        True,
    ),
    "unpublish": (frozenset({S.PUBLISHED}), S.UNPUBLISHED, True),
}

ACTION_LABELS = {
    "submit": "송고",
    "start_review": "검토 시작",
    "return": "반려",
    "approve": "승인",
    "schedule": "예약",
    "unschedule": "예약 취소",
    "publish": "출고",
    "unpublish": "출고 취소",
}


class TransitionError(NewsdeskError):
    """The article is not in a state that allows this action."""


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class DuePublication:
    """A scheduled article whose time came while the app was closed."""

    article_id: str
    headline: str
    published: bool
    problem: str  # why it was not published ("" when it was)


def allowed_actions(person: Person, article: Article) -> list[str]:
    """What this person can do to this article now (the GUI enables these)."""
    found = []
    for action, (sources, _target, editors_only) in TRANSITIONS.items():
        if article.status not in sources or article.deleted_at is not None:
            continue
        if editors_only and not is_editor(person):
            continue
        if not editors_only and not is_editor(person) and article.author_id != person.id:
            continue  # reporters submit only what they wrote
        found.append(action)
    return found


def _move(session: Session, article: Article, actor: Person, action: str, note: str = "") -> None:
    sources, target, editors_only = TRANSITIONS[action]
    if editors_only:
        require_editor(actor, ACTION_LABELS[action])
    elif not is_editor(actor) and article.author_id != actor.id:
        raise PermissionDeniedError(f"{actor.name} may not {action} an article they did not write")
    if article.deleted_at is not None:
        raise TransitionError("the article is in the trash")
    if article.status not in sources:
        raise TransitionError(
            f"cannot {ACTION_LABELS[action]} ({action}) an article that is {article.status}"
        )
    before = article.status
    if action == "publish":
        publish_in_session(session, article)
    else:
        article.status = target
    if action in {"unschedule", "return"}:
        article.scheduled_at = None
    article.updated_by_id = actor.id
    session.flush()
    session.add(
        Transition(
            article_id=article.id,
            actor_id=actor.id,
            from_status=before,
            to_status=article.status,
            action=action,
            note=note.strip(),
        )
    )
    session.add(
        Revision(
            article_id=article.id,
            author_id=actor.id,
            reason=action,
            note=note.strip(),
            snapshot=snapshot(article),
        )
    )


class WorkflowService:
    """Workflow actions. Publishing actions also refresh the static site folder
    configured in the site profile (incrementally); the report of that export
    is kept in ``last_export`` for the caller to show."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self.last_export: ExportReport | None = None

    def _queue_for_servers(self, article_id: str, action: str) -> None:
        """Queue the change for every enabled publish target (sent by the outbox)."""
        from newsdesk.services.outbox import queue_for_targets  # pulls in httpx

        queue_for_targets(self.newsroom, article_id, action)

    def sync_site(self) -> ExportReport | None:
        """Re-export the configured site folder, if one is set."""
        from newsdesk.services.export import SiteExportService

        with self.newsroom.db.session() as session:
            folder = load_profile(session).export_dir.strip()
        self.last_export = SiteExportService(self.newsroom).run(Path(folder)) if folder else None
        return self.last_export

    def transition(self, article_id: str, actor_id: int, action: str, note: str = "") -> Article:
        """Apply one workflow action (not publish/schedule: they run the checks)."""
        if action not in TRANSITIONS:
            raise ValidationError("action", f"unknown action {action!r}")
        if action in {"publish", "schedule"}:
            raise ValidationError("action", f"use {action}() so the pre-publish checks run")
        if action == "return" and not note.strip():
            raise ValidationError("note", "say what the reporter should change")
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            _move(session, article, load_person(session, actor_id), action, note)
        if action == "unpublish":
            self._queue_for_servers(article_id, "delete")
            self.sync_site()
        return article

    def publish(
        self, article_id: str, actor_id: int, *, confirm_warnings: bool = False, note: str = ""
    ) -> Article:
        """Run the checks, then publish (numbering the article on first publish)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            actor = load_person(session, actor_id)
            require_editor(actor, ACTION_LABELS["publish"])
            run_checks(session, article, confirm_warnings=confirm_warnings)
            _move(session, article, actor, "publish", note)
        self._queue_for_servers(article_id, "put")
        self.sync_site()
        return article

    def schedule(
        self, article_id: str, actor_id: int, when: datetime, *, confirm_warnings: bool = False
    ) -> Article:
        if when.tzinfo is None:
            raise ValidationError("scheduled time", "needs a timezone")
        if when <= utc_now():
            raise ValidationError("scheduled time", "must be in the future; publish now instead")
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            actor = load_person(session, actor_id)
            require_editor(actor, ACTION_LABELS["schedule"])
            run_checks(session, article, confirm_warnings=confirm_warnings)
            article.scheduled_at = when
            _move(session, article, actor, "schedule", when.isoformat())
            return article

    def publish_due(self, now: datetime | None = None) -> list[DuePublication]:
        """Publish scheduled articles whose time has passed (run at start-up).

        The checks run again: an article that fails them stays scheduled and
        is reported, so the user is told either way.
        """
        now = now or utc_now()
        results: list[DuePublication] = []
        with self.newsroom.db.session() as session:
            due = session.scalars(
                select(Article).where(
                    Article.status == S.SCHEDULED.value,
                    Article.scheduled_at.is_not(None),
                    Article.scheduled_at <= now,
                    Article.deleted_at.is_(None),
                )
            ).all()
            ids = [(a.id, a.headline, a.scheduled_at, a.updated_by_id) for a in due]
        for article_id, headline, when, scheduler_id in ids:
            try:
                with self.newsroom.db.session() as session:
                    article = load_article(session, article_id)
                    run_checks(session, article, confirm_warnings=True)
                    before = article.status
                    publish_in_session(session, article, when)
                    session.add(
                        Transition(
                            article_id=article.id,
                            actor_id=scheduler_id,
                            from_status=before,
                            to_status=article.status,
                            action="publish",
                            note="예약 시각이 지나 자동 출고",
                        )
                    )
                    session.add(
                        Revision(
                            article_id=article.id,
                            author_id=scheduler_id,
                            reason="publish",
                            snapshot=snapshot(article),
                        )
                    )
                results.append(DuePublication(article_id, headline, True, ""))
            except (ChecksFailedError, NewsdeskError) as exc:
                results.append(DuePublication(article_id, headline, False, str(exc)))
        for result in results:
            if result.published:
                self._queue_for_servers(result.article_id, "put")
        if any(result.published for result in results):
            self.sync_site()
        return results

    def history(self, article_id: str) -> list[HistoryEntry]:
        with self.newsroom.db.session() as session:
            rows = session.execute(
                select(Transition, Person.name)
                .outerjoin(Person, Person.id == Transition.actor_id)
                .where(Transition.article_id == article_id)
                .order_by(Transition.at, Transition.id)
            ).all()
            return [
                HistoryEntry(t.at, name or "", t.action, t.from_status, t.to_status, t.note)
                for t, name in rows
            ]

    def review_queue(self) -> list[Article]:
        """Articles waiting for an editor, oldest submission first.

        Ordered by the latest "submit" transition, not by ``updated_at``: starting a
        review or fixing a typo must not send an article to the back of the queue.
        """
        submitted_at = (
            select(func.max(Transition.at))
            .where(Transition.article_id == Article.id, Transition.action == "submit")
            .correlate(Article)
            .scalar_subquery()
        )
        with self.newsroom.db.session() as session:
            return list(
                session.scalars(
                    select(Article)
                    .where(
                        Article.status.in_([S.SUBMITTED.value, S.IN_REVIEW.value]),
                        Article.deleted_at.is_(None),
                    )
                    .order_by(func.coalesce(submitted_at, Article.updated_at), Article.search_key)
                )
            )
