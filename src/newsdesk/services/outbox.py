"""The persistent outbox: every push to a server goes through a database row.

Why a table and not a background call: a reporter publishes from a train, the
server is being restarted, the office line is down — the job must wait and go
out when the server answers again, even after the app was closed. Rows in the
newsroom database survive all of that.

Rules (issue 5):

* One open job per (target, article): a newer put reuses it, a delete replaces
  a pending put. The payload is built when the job is *sent*, so the server
  gets the latest text once.
* Network trouble (timeouts, dropped connections, 408 / 429 / 5xx) keeps the
  job ``queued`` with exponential backoff and full jitter, or the server's
  Retry-After if that is longer.
* Refusals that retrying cannot fix (bad token, bad request, untrusted
  certificate) mark the job ``failed`` with a message saying what to fix; the
  user retries it after fixing.
* A 409 marks it ``conflict`` with the server's version in ``detail``; nothing
  is overwritten until the editor chooses (:meth:`OutboxService.resolve_conflict`).
* Exactly once: article PUTs are idempotent by UUID + content hash and photos
  by their SHA-256, so repeating a request whose answer was lost is harmless.
  Every PUT names the revision it is based on — 0 for an article the server
  never confirmed — so a late duplicate of an *older* request (a delayed
  packet, a proxy retrying) meets a 409 instead of overwriting newer text.
  The hashes a job has sent are kept in ``detail["attempted"]``: a 409 whose
  server copy is one of them is our own write whose answer was lost, not a
  conflict, and the job simply re-sends on top of it.

Qt-free; the GUI calls :meth:`OutboxService.run_due` from a worker thread.
"""

from __future__ import annotations

import builtins
import random
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.publish.api_errors import ApiError, ConflictError, TransientError
from newsdesk.publish.outbox_send import PutWork, backoff_delay, send_put
from newsdesk.publish.payload import PayloadError, build_payload
from newsdesk.services.errors import NewsdeskError, NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox_jobs import (
    OPEN_STATES,
    JobRow,
    JobState,
    RunReport,
    job_row,
    load_job,
    reset_job,
)
from newsdesk.services.views import article_view
from newsdesk.store.models import Article, ArticleStatus, OutboxJob, Publication, PublishTarget
from newsdesk.store.types import utc_now

if TYPE_CHECKING:  # clients come from the factory: httpx loads only when one is made
    from newsdesk.publish.api_client import ArticleResult, NewsdeskApiClient

ClientFactory = Callable[[str], "NewsdeskApiClient"]
ACTIONS = ("put", "delete")


class OutboxService:
    """Queue, send and inspect pushes to publish targets.

    ``client_factory(target_name)`` builds the API client of a target (the
    app passes :meth:`TargetService.client`, tests a client pointed at a
    proxy); ``rng`` is the jitter source (tests pass ``lambda: 1.0``).
    """

    def __init__(
        self,
        newsroom: Newsroom,
        client_factory: ClientFactory,
        *,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.newsroom = newsroom
        self.client_factory = client_factory
        self.rng = rng

    # -- queue ---------------------------------------------------------------

    def enqueue(
        self, target: str, article_id: str, action: str, *, now: datetime | None = None
    ) -> int:
        """Queue a put or delete, folding it into the open job of the same article."""
        if action not in ACTIONS:
            raise ValidationError("action", f"must be one of {', '.join(ACTIONS)}, not {action!r}")
        now = now or utc_now()
        with self.newsroom.db.session() as session:
            if session.scalar(select(PublishTarget.id).where(PublishTarget.name == target)) is None:
                raise NotFoundError(f"no publish target named {target!r}")
            if session.get(Article, article_id) is None:
                raise NotFoundError(f"no article with id {article_id}")
            job = session.scalar(
                select(OutboxJob)
                .where(
                    OutboxJob.target == target,
                    OutboxJob.article_id == article_id,
                    OutboxJob.state.in_(OPEN_STATES),
                )
                .order_by(OutboxJob.id.desc())
                .limit(1)
            )
            if job is None:
                job = OutboxJob(target=target, article_id=article_id, action=action, detail={})
                session.add(job)
                reset_job(job, now)
            elif job.state == JobState.CONFLICT and action == "put":
                # The editor has to choose first; keeping "local" then sends the
                # latest text, so the new put is already covered.
                pass
            else:
                job.action = action
                generation = int(job.detail.get("generation", 0)) + 1
                kept = {k: v for k, v in job.detail.items() if k in {"attempted", "base_revision"}}
                job.detail = {**kept, "generation": generation}
                reset_job(job, now)
            session.flush()
            return job.id

    def list(self, states: Iterable[str] = (), *, limit: int = 500) -> list[JobRow]:
        """Jobs, newest first; ``states`` empty means every state."""
        wanted = list(states)
        query = select(OutboxJob, Article).outerjoin(Article, Article.id == OutboxJob.article_id)
        if wanted:
            query = query.where(OutboxJob.state.in_(wanted))
        query = query.order_by(OutboxJob.id.desc()).limit(limit)
        with self.newsroom.db.session() as session:
            return [job_row(job, article) for job, article in session.execute(query).all()]

    def pending(self) -> builtins.list[JobRow]:
        """Jobs still waiting to be sent, oldest first."""
        return sorted(self.list([JobState.QUEUED.value]), key=lambda row: row.id)

    def retry(self, job_id: int, *, now: datetime | None = None) -> None:
        """Send a failed (or cancelled, or waiting) job again at once."""
        with self.newsroom.db.session() as session:
            job = load_job(session, job_id)
            if job.state == JobState.CONFLICT:
                raise ValidationError(
                    "job", f"job {job_id} is a conflict; choose a version (resolve) instead"
                )
            if job.state in {JobState.SENT, JobState.RESOLVED}:
                raise ValidationError("job", f"job {job_id} is already {job.state}")
            reset_job(job, now or utc_now())

    def cancel(self, job_id: int) -> None:
        with self.newsroom.db.session() as session:
            job = load_job(session, job_id)
            if job.state not in OPEN_STATES:
                raise ValidationError("job", f"job {job_id} is {job.state}; nothing to cancel")
            job.state = JobState.CANCELLED.value

    # -- sending ---------------------------------------------------------------

    def run_due(self, now: datetime | None = None, *, max_jobs: int = 100) -> RunReport:
        """Send the queued jobs whose time has come, oldest first.

        A target that cannot be reached at all is not asked again in the same
        pass: its other jobs wait (unchanged) instead of each timing out.
        """
        now = now or utc_now()
        report = RunReport()
        with self.newsroom.db.session() as session:
            due = session.scalars(
                select(OutboxJob.id)
                .where(OutboxJob.state == JobState.QUEUED.value, OutboxJob.next_attempt_at <= now)
                .order_by(OutboxJob.id)
                .limit(max_jobs)
            ).all()
        clients: dict[str, NewsdeskApiClient] = {}
        unreachable: set[str] = set()
        try:
            for job_id in due:
                self._run_one(job_id, now, clients, unreachable, report)
        finally:
            for client in clients.values():
                client.close()
        return report

    def _run_one(
        self,
        job_id: int,
        now: datetime,
        clients: dict[str, NewsdeskApiClient],
        unreachable: set[str],
        report: RunReport,
    ) -> None:
        with self.newsroom.db.session() as session:
            job = session.get(OutboxJob, job_id)
            if job is None or job.state != JobState.QUEUED:
                return
            target, action, generation = job.target, job.action, job.detail.get("generation", 0)
            if target in unreachable:
                report.deferred.append(job_id)
                return
            article_id = job.article_id or ""
            work: PutWork | None = None
            problem = ""
            try:
                if action == "put":
                    work = self._prepare_put(session, job)
            except (PayloadError, NewsdeskError) as exc:
                problem = str(exc)
        try:
            if not problem and target not in clients:
                clients[target] = self.client_factory(target)
        except NewsdeskError as exc:
            problem = str(exc)
        if problem:
            self._finish(job_id, now, failed=problem, report=report)
            return
        client = clients[target]
        try:
            if work is not None:
                outcome = send_put(client, work)
                report.uploaded_media += len(outcome.uploaded)
            else:
                client.delete_article(article_id)
        except TransientError as exc:
            if exc.status is None:
                unreachable.add(target)
            self._finish(job_id, now, transient=exc, report=report)
        except ConflictError as exc:
            if exc.kind == "revision" and self._own_write(job_id, exc, now):
                report.retrying.append((job_id, "adopted the server's revision of our own write"))
            elif exc.kind == "revision":
                local = work.payload.content_hash if work else ""
                self._finish(job_id, now, conflict=exc, local_hash=local, report=report)
            else:
                self._finish(job_id, now, failed=exc.message, report=report)
        except (ApiError, PayloadError) as exc:
            self._finish(job_id, now, failed=str(exc), report=report)
        else:
            with self.newsroom.db.session() as session:
                job = load_job(session, job_id)
                if work is not None:
                    self._record_publication(session, job, outcome.result, now)
                else:
                    self._forget_publication(session, job)
                job.attempts += 1
                job.last_error = ""
                # Re-queued while we were sending: the newer version still has to go.
                changed = job.detail.get("generation", 0) != generation
                if not changed:
                    job.state = JobState.SENT.value
            report.sent.append(job_id)

    def _own_write(self, job_id: int, exc: ConflictError, now: datetime) -> bool:
        """A 409 against content this job sent before (answer lost, then edited again).

        Not a conflict with anyone: re-send at once based on the server's revision.
        """
        current = exc.current or {}
        with self.newsroom.db.session() as session:
            job = load_job(session, job_id)
            mine = current.get("content_hash") in job.detail.get("attempted", [])
            if not mine or current.get("revision") is None:
                return False
            job.detail = {**job.detail, "base_revision": int(current["revision"])}
            job.attempts += 1
            job.next_attempt_at = now
            return True

    def _prepare_put(self, session: Session, job: OutboxJob) -> PutWork:
        article = session.get(Article, job.article_id) if job.article_id else None
        if article is None or article.deleted_at is not None:
            raise PayloadError("the article was deleted; nothing to send")
        if article.status != ArticleStatus.PUBLISHED.value:
            raise PayloadError(
                f"article no. {article.number} is {article.status}, not published; only "
                "published articles are sent to a server"
            )
        payload = build_payload(article_view(article, self.newsroom.photos), self.newsroom.photos)
        base = job.detail.get("base_revision")
        if base is None:
            publication = self._publication(session, job)
            base = publication.remote_revision if publication else None
        # Remember what we are about to send (committed before any I/O), so a 409
        # caused by our *own* earlier write whose answer was lost is recognised.
        attempted = [h for h in job.detail.get("attempted", []) if h != payload.content_hash]
        job.detail = {**job.detail, "attempted": [*attempted[-9:], payload.content_hash]}
        # 0 = "based on nothing": creates the article, but a late duplicate of an old
        # request (or another desk's copy of the same UUID) gets a 409, not an overwrite.
        return PutWork(payload, int(base) if base is not None else 0)

    @staticmethod
    def _publication(session: Session, job: OutboxJob) -> Publication | None:
        return session.scalar(
            select(Publication).where(
                Publication.article_id == job.article_id, Publication.target == job.target
            )
        )

    def _record_publication(
        self, session: Session, job: OutboxJob, result: ArticleResult, now: datetime
    ) -> None:
        publication = self._publication(session, job)
        if publication is None:
            publication = Publication(article_id=job.article_id, target=job.target)
            session.add(publication)
        publication.remote_id = result.id
        publication.url = result.url
        publication.content_hash = result.content_hash
        publication.remote_revision = result.revision
        publication.sent_at = now
        job.detail = {
            k: v for k, v in job.detail.items() if k not in {"base_revision", "attempted"}
        }

    def _forget_publication(self, session: Session, job: OutboxJob) -> None:
        publication = self._publication(session, job)
        if publication is not None:
            session.delete(publication)

    def _finish(
        self,
        job_id: int,
        now: datetime,
        *,
        report: RunReport,
        failed: str | None = None,
        transient: TransientError | None = None,
        conflict: ConflictError | None = None,
        local_hash: str = "",
    ) -> None:
        with self.newsroom.db.session() as session:
            job = load_job(session, job_id)
            job.attempts += 1
            if transient is not None:
                delay = backoff_delay(job.attempts, self.rng)
                if transient.retry_after is not None:
                    delay = max(delay, transient.retry_after)
                job.next_attempt_at = now + timedelta(seconds=delay)
                job.last_error = transient.message
                report.retrying.append((job_id, transient.message))
            elif conflict is not None:
                job.state = JobState.CONFLICT.value
                job.last_error = conflict.message
                job.detail = {
                    **job.detail,
                    "server": conflict.current or {},
                    "local_hash": local_hash,
                }
                report.conflicts.append(job_id)
            else:
                job.state = JobState.FAILED.value
                job.last_error = failed or "failed"
                report.failed.append((job_id, job.last_error))

    # -- conflicts and view counts ----------------------------------------------

    def resolve_conflict(self, job_id: int, keep: str, *, actor_id: int | None = None) -> None:
        """The editor's choice after a 409 (see :mod:`newsdesk.services.outbox_conflicts`)."""
        from newsdesk.services.outbox_conflicts import resolve_conflict

        resolve_conflict(self.newsroom, job_id, keep, actor_id=actor_id)

    def sync_view_counts(self, target: str) -> int:
        """Copy the server's 조회수 into the local articles; returns how many changed."""
        from newsdesk.services.view_counts import sync_view_counts

        with self.client_factory(target) as client:
            return sync_view_counts(self.newsroom, client)


def queue_for_targets(newsroom: Newsroom, article_id: str, action: str) -> list[int]:
    """Queue ``action`` ("put" / "delete") of an article for every enabled target.

    Called by the workflow after publish / unpublish; it only writes rows, so
    publishing never waits for the network. Returns the job ids.
    """
    with newsroom.db.session() as session:
        names = session.scalars(
            select(PublishTarget.name).where(PublishTarget.enabled.is_(True))
        ).all()
    outbox = OutboxService(newsroom, _no_client)
    return [outbox.enqueue(name, article_id, action) for name in names]


def _no_client(target: str) -> NewsdeskApiClient:
    raise NewsdeskError(f"target {target}: queueing only; no client needed")
