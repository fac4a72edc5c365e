"""The editorial workflow: draft → submitted → in review → approved →
scheduled / published → unpublished, with an editor able to return an
article to its reporter (returned → edited → submitted again), and a reporter
able to withdraw a submission the desk has not started reviewing.

Every transition checks the actor's role, records who/when/why, and
snapshots the article as a revision, all in one unit of work.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.articles import load_article, snapshot
from newsdesk.services.errors import ConflictError, NewsdeskError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.prepublish import ChecksFailedError, run_checks, run_submit_checks
from newsdesk.services.publishing import publish_in_session
from newsdesk.services.roles import (
    PermissionDeniedError,
    article_actions,
    is_editor,
    load_person,
    new_article_actions,
    require_editor,
    unidentified_actions,
)
from newsdesk.services.site_profile import load_profile
from newsdesk.store.models import Article, Person, Revision, Transition
from newsdesk.store.models import ArticleStatus as S
from newsdesk.store.types import utc_now

#: action -> (states it may start from, resulting state, editors only?)
TRANSITIONS: dict[str, tuple[frozenset[str], str, bool]] = {
    "submit": (frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, False),
    # Only while the desk has not started: once in review, the editor returns it instead.
    "withdraw": (frozenset({S.SUBMITTED}), S.DRAFT, False),
    "start_review": (frozenset({S.SUBMITTED}), S.IN_REVIEW, True),
    "return": (frozenset({S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED}), S.RETURNED, True),
    "approve": (frozenset({S.SUBMITTED, S.IN_REVIEW}), S.APPROVED, True),
    "schedule": (frozenset({S.APPROVED, S.SCHEDULED}), S.SCHEDULED, True),
    "unschedule": (frozenset({S.SCHEDULED}), S.APPROVED, True),
    "publish": (
        frozenset(
            {S.DRAFT, S.RETURNED, S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.UNPUBLISHED}
        ),
        S.PUBLISHED,
        True,
    ),
    "unpublish": (frozenset({S.PUBLISHED}), S.UNPUBLISHED, True),
}
#: Actions only the article's author may take (not even an editor, for someone else's
#: article): taking back one's own submission is not the desk's decision.
AUTHOR_ONLY = frozenset({"withdraw"})

ACTION_LABELS = {
    "submit": "송고",
    "withdraw": "송고 취소",
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


def allowed_actions(person: Person | None, article: Article | None) -> list[str]:
    """Everything ``person`` may do to ``article`` now: the article actions of
    :data:`~newsdesk.services.roles.ARTICLE_ACTIONS` (edit, photos, trash, …), then
    the transitions. Every toolbar, menu, panel, shortcut and drop target of the GUI
    asks this one function; the services check the same rules again.

    ``article`` None is a draft not saved yet; ``person`` None is a window where
    nobody is chosen (no transitions then: they record who acted).
    """
    if article is None:
        return new_article_actions(person)
    if person is None:
        return unidentified_actions(article)
    found = article_actions(person, article)
    for action, (sources, _target, editors_only) in TRANSITIONS.items():
        if article.status not in sources or article.deleted_at is not None:
            continue
        if editors_only and not is_editor(person):
            continue
        if not editors_only and not is_editor(person) and article.author_id != person.id:
            continue  # reporters submit only what they wrote
        if action in AUTHOR_ONLY and article.author_id != person.id:
            continue
        found.append(action)
    return found


def _require_allowed(article: Article, actor: Person, action: str) -> None:
    """Raise unless ``actor`` may take ``action`` on ``article`` in its present state."""
    sources, _target, editors_only = TRANSITIONS[action]
    if editors_only:
        require_editor(actor, ACTION_LABELS[action], action=action)
    elif not is_editor(actor) and article.author_id != actor.id:
        raise PermissionDeniedError(
            f"{actor.name} may not {action} an article they did not write",
            code="not_author",
            action=action,
            person=actor.name,
            role=actor.role,
            status=article.status,
            headline=article.headline,
        )
    if action in AUTHOR_ONLY and article.author_id != actor.id:
        raise PermissionDeniedError(
            f"{actor.name} may not {ACTION_LABELS[action]} ({action}): only the article's "
            "author may",
            code="not_author",
            action=action,
            person=actor.name,
            role=actor.role,
        )
    if article.deleted_at is not None:
        raise TransitionError("the article is in the trash")
    if article.status not in sources:
        raise TransitionError(
            f"cannot {ACTION_LABELS[action]} ({action}) an article that is {article.status}"
        )


def _move(session: Session, article: Article, actor: Person, action: str, note: str = "") -> None:
    _require_allowed(article, actor, action)
    target = TRANSITIONS[action][1]
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


def _due(now: datetime | None) -> tuple[ColumnElement[bool], ...]:
    return (
        Article.status == S.SCHEDULED.value,
        Article.scheduled_at.is_not(None),
        Article.scheduled_at <= (now or utc_now()),
        Article.deleted_at.is_(None),
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
        """Apply one workflow action (not submit/publish/schedule: they run the checks)."""
        if action not in TRANSITIONS:
            raise ValidationError("action", f"unknown action {action!r}")
        if action in {"submit", "publish", "schedule"}:
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

    def submit(
        self, article_id: str, actor_id: int, *, confirm_warnings: bool = False, note: str = ""
    ) -> Article:
        """Send to the desk (송고) after the checks: errors block, warnings need a yes.

        The site's legal footer is not the reporter's to fix, so it is left to
        the desk's publish checks (see :func:`run_submit_checks`).
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            actor = load_person(session, actor_id)
            _require_allowed(article, actor, "submit")  # who and when before what
            run_submit_checks(session, article, confirm_warnings=confirm_warnings)
            _move(session, article, actor, "submit", note)
            return article

    def publish(
        self, article_id: str, actor_id: int, *, confirm_warnings: bool = False, note: str = ""
    ) -> Article:
        """Run the checks, then publish (numbering the article on first publish)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            actor = load_person(session, actor_id)
            require_editor(actor, ACTION_LABELS["publish"], action="publish")
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
            require_editor(actor, ACTION_LABELS["schedule"], action="schedule")
            run_checks(session, article, confirm_warnings=confirm_warnings)
            article.scheduled_at = when
            _move(session, article, actor, "schedule", when.isoformat())
            return article

    def next_scheduled_at(self) -> datetime | None:
        """The earliest scheduled time of any scheduled article (a window's timer waits
        for it); one indexed query, cheap enough for the UI thread."""
        with self.newsroom.db.session() as session:
            return session.scalar(
                select(func.min(Article.scheduled_at)).where(
                    Article.status == S.SCHEDULED.value, Article.deleted_at.is_(None)
                )
            )

    def due_versions(self, now: datetime | None = None) -> dict[str, int]:
        """Scheduled articles whose time has come: id -> version (a caller that was
        told one failed its checks retries it only once it changed)."""
        with self.newsroom.db.session() as session:
            rows = session.execute(select(Article.id, Article.version).where(*_due(now)))
            return {str(article_id): int(version) for article_id, version in rows}

    def publish_due(
        self, now: datetime | None = None, *, only: Collection[str] | None = None
    ) -> list[DuePublication]:
        """Publish scheduled articles whose time has passed (at start-up, and by the
        window's timer while it runs); ``only`` limits it to those ids.

        The checks run again: an article that fails them stays scheduled and
        is reported, so the user is told either way.
        """
        results: list[DuePublication] = []
        with self.newsroom.db.session() as session:
            statement = select(Article).where(*_due(now))
            if only is not None:
                statement = statement.where(Article.id.in_(list(only)))
            due = session.scalars(statement).all()
            ids = [(a.id, a.headline, a.scheduled_at, a.updated_by_id) for a in due]
        for article_id, headline, when, scheduler_id in ids:
            try:
                with self.newsroom.db.session() as session:
                    article = load_article(session, article_id)
                    if article.status != S.SCHEDULED.value or article.scheduled_at != when:
                        continue  # unscheduled, moved or published meanwhile (another window)
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
            except ConflictError:
                continue  # another window or PC published it at the same moment
            except (ChecksFailedError, NewsdeskError) as exc:
                results.append(DuePublication(article_id, headline, False, str(exc)))
        for result in results:
            if result.published:
                self._queue_for_servers(result.article_id, "put")
        if any(result.published for result in results):
            self.sync_site()
        return results

    def return_notice(self, article_id: str) -> HistoryEntry | None:
        """The desk's note on a returned article (the latest "return"), or None when
        the article is not returned: a new submission ends what the note asked."""
        with self.newsroom.db.session() as session:
            if load_article(session, article_id).status != S.RETURNED.value:
                return None
            row = session.execute(
                select(Transition, Person.name)
                .outerjoin(Person, Person.id == Transition.actor_id)
                .where(Transition.article_id == article_id, Transition.action == "return")
                .order_by(Transition.at.desc(), Transition.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        t, name = row
        return HistoryEntry(t.at, name or "", t.action, t.from_status, t.to_status, t.note)

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
