"""Outbox job states and the plain rows the GUI and CLI list.

Separate from the sending logic so the article list (조회수 / "queued" /
"failed: reason" columns) can import it without pulling in the network client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from newsdesk.services.errors import NotFoundError
from newsdesk.store.models import Article, OutboxJob


class JobState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    CONFLICT = "conflict"
    CANCELLED = "cancelled"
    RESOLVED = "resolved"


#: States of a job that still needs something (sending, or the user's decision).
OPEN_STATES = (JobState.QUEUED.value, JobState.FAILED.value, JobState.CONFLICT.value)


@dataclass(frozen=True)
class JobRow:
    """One outbox job with its article's headline, for lists in the GUI and CLI."""

    id: int
    target: str
    article_id: str | None
    number: int | None
    headline: str
    action: str
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str
    updated_at: datetime

    @property
    def label(self) -> str:
        """ "queued" / "sent" / "failed: reason" — what the article list shows."""
        if self.state in {JobState.FAILED, JobState.CONFLICT} and self.last_error:
            return f"{self.state}: {self.last_error}"
        return self.state


@dataclass
class RunReport:
    """What one :meth:`OutboxService.run_due` pass did, by job id."""

    sent: list[int] = field(default_factory=list)
    retrying: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    uploaded_media: int = 0

    @property
    def attempted(self) -> int:
        return len(self.sent) + len(self.retrying) + len(self.failed) + len(self.conflicts)


def job_row(job: OutboxJob, article: Article | None) -> JobRow:
    return JobRow(
        id=job.id,
        target=job.target,
        article_id=job.article_id,
        number=article.number if article else None,
        headline=article.headline if article else "",
        action=job.action,
        state=job.state,
        attempts=job.attempts,
        next_attempt_at=job.next_attempt_at,
        last_error=job.last_error,
        updated_at=job.updated_at,
    )


def load_job(session: Session, job_id: int) -> OutboxJob:
    job = session.get(OutboxJob, job_id)
    if job is None:
        raise NotFoundError(f"no outbox job {job_id}")
    return job


def reset_job(job: OutboxJob, now: datetime) -> None:
    job.state = JobState.QUEUED.value
    job.attempts = 0
    job.next_attempt_at = now
    job.last_error = ""
