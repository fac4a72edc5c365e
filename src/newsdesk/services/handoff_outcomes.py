"""What importing one hand-off file did, article by article (the import report).

Kept apart from the merge rules so the GUI and the CLI can read a report
without the merge machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ConflictNote:
    """Something the user must be told about one article: both sides changed it."""

    article_id: str
    headline: str
    message: str


@dataclass(frozen=True)
class WaitingUpdate:
    """A version from the file kept as a hand-off update for the desk to review.

    ``headline`` is the article's headline here; ``revision_id`` is what
    ``newsdesk handoff apply`` takes.
    """

    article_id: str
    headline: str
    revision_id: str
    message: str


@dataclass(frozen=True)
class HeldBack:
    """An article the file added or fast-forwarded whose workflow state was not taken.

    A file never makes anything live (:mod:`newsdesk.services.handoff_arrival`):
    ``status`` is what the article is here (draft or submitted), the ``claimed_*``
    fields what the file said, kept so the desk can see it and the GUI can say it
    in its own language; ``message`` says it in English (CLI, notes).
    """

    article_id: str
    headline: str
    status: str
    claimed_status: str
    claimed_number: int | None
    claimed_published_at: datetime | None
    claimed_revised_at: datetime | None
    claimed_scheduled_at: datetime | None
    message: str


@dataclass(frozen=True)
class HandoffImportReport:
    """Article ids by outcome. A both-changed article is only in ``conflicts``, one
    waiting for the desk only in ``waiting``; a ``held_back`` line comes with an id
    that is also in ``added``/``updated``."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    waiting: list[WaitingUpdate] = field(default_factory=list)
    held_back: list[HeldBack] = field(default_factory=list)
