"""What importing one hand-off file did, article by article (the import report).

Kept apart from the merge rules so the GUI and the CLI can read a report
without the merge machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ConflictNote:
    """Something the user must be told about one article: both sides changed
    it, or its public number was already taken here."""

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
class HandoffImportReport:
    """Article ids by outcome. A both-changed article is only in ``conflicts``, one
    waiting for the desk only in ``waiting``; a dropped-number note comes with an
    id that is also in ``added``/``updated``."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    waiting: list[WaitingUpdate] = field(default_factory=list)
