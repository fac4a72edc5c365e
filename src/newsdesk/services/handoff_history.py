"""What a hand-off compares: content hashes, times, and an article's revision history.

Shared by the merge (:mod:`newsdesk.services.handoff_merge`), the export
(:mod:`newsdesk.services.handoff`) and the desk's review of hand-off updates
(:mod:`newsdesk.services.handoff_review`), so all three agree on what counts
as "the same content" and on which hand-off update is still waiting.

A *hand-off update* is a version from a file that was not applied because
the article is live here (published, scheduled, approved, in review…) or
because the file's copy was edited before this PC's: it is a revision with
reason :data:`REASON_UPDATE`, waiting until the desk applies it
(:data:`REASON_APPLIED`). Only the newest one per article can wait: a later
hand-off update, an applied one, or a hand-off that changed the article
(:data:`REASON_HANDOFF`) settles it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.store.models import Person, Revision, Section

#: The photo fields that are part of an article's content (and of its snapshots).
CONTENT_PHOTO_KEYS = ("sha256", "caption", "credit", "alt_text", "position", "is_main")
#: Photo facts a hand-off update keeps beside the content, to rebuild the rows on apply.
PHOTO_FILE_KEYS = (
    "original_name",
    "format",
    "byte_size",
    "width",
    "height",
    "web_width",
    "web_height",
)
REASON_HANDOFF = "handoff"
REASON_CONFLICT = "handoff-conflict"
REASON_LOCAL = "handoff-local"
REASON_BEFORE = "before-handoff"
REASON_UPDATE = "handoff-update"
REASON_APPLIED = "handoff-applied"
_SETTLES_UPDATE = frozenset({REASON_UPDATE, REASON_APPLIED, REASON_HANDOFF})


def content_hash(data: Mapping[str, Any], section: str | None, author: str | None) -> str:
    """SHA-256 of the editable content of one article state.

    ``data`` is a :func:`newsdesk.services.articles.snapshot` dict or a manifest
    entry (both carry the same text keys); section and author come as names
    because their ids mean nothing on another PC. Sorted-key JSON without
    whitespace makes the digest the same on every machine.
    """
    photos = [
        {key: photo.get(key) for key in CONTENT_PHOTO_KEYS} for photo in data.get("photos") or []
    ]
    photos.sort(key=lambda p: (p["position"] if isinstance(p["position"], int) else 0, str(p)))
    canonical = {
        "headline": data.get("headline", ""),
        "subheadline": data.get("subheadline", ""),
        "body": data.get("body", ""),
        "summary": data.get("summary", ""),
        "byline": data.get("byline", ""),
        "tags": list(data.get("tags") or []),
        "section": section or "",
        "author": author or "",
        "photos": photos,
    }
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rfc3339(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="microseconds")


def parse_time(value: Any) -> datetime | None:
    """A manifest time (already validated as RFC 3339 with an offset)."""
    return None if value is None else datetime.fromisoformat(str(value))


def entry_author_name(entry: Mapping[str, Any]) -> str | None:
    author = entry.get("author")
    return str(author["name"]) if isinstance(author, dict) else None


def state_hash(session: Session, data: Mapping[str, Any]) -> str:
    """The content hash of a snapshot dict, resolving this PC's section/person ids."""
    section_id, author_id = data.get("section_id"), data.get("author_id")
    section = session.get(Section, section_id) if section_id is not None else None
    author = session.get(Person, author_id) if author_id is not None else None
    return content_hash(data, section.name if section else "", author.name if author else "")


def revisions_of(session: Session, article_id: str) -> list[Revision]:
    """Oldest first, so the last one is what the history shows on top."""
    return list(
        session.scalars(
            select(Revision)
            .where(Revision.article_id == article_id)
            .order_by(Revision.created_at, Revision.id)
        )
    )


def open_update(history: Sequence[Revision]) -> Revision | None:
    """The hand-off update of this history (oldest first) still waiting for the desk."""
    for revision in reversed(history):
        if revision.reason in _SETTLES_UPDATE:
            return revision if revision.reason == REASON_UPDATE else None
    return None
