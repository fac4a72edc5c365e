"""Merging the articles of a checked hand-off file into this newsroom.

Merge is by article id, decided by content hashes (:func:`content_hash`):
the hash covers what a reporter edits (text, section and author names, tags,
photo metadata) and not what naturally differs between PCs (ids, versions,
times, workflow state). Each article in a file carries the hashes of its
earlier states, so the receiver can tell its own copy is an ancestor
(fast-forward), the sender's copy is an ancestor (skip) or neither (conflict:
keep both as revisions and tell the user). Nothing here commits; the caller's
session makes one file one transaction.

Decisions:

* Earlier states come from *all* revisions, including "handoff-conflict" ones.
  A PC that was told about a conflict has seen the other version, so what it
  sends back afterwards fast-forwards the other PC: a conflict is resolved
  once, on one side, instead of bouncing between the two forever.
* Workflow state (status, public number, slug, publish times) follows the
  sender only while the article was never published or scheduled here: a
  hand-off must not change what this PC's site shows or an article's URL.
* An incoming public number already used by a different local article is
  dropped (the article is numbered when published here, and "published"
  becomes "approved" until then). The article is still added or updated; a
  :class:`ConflictNote` tells the user.
* Importing is a sync, not an edit, so role rules do not apply; the actor is
  only recorded on revisions and changes.
* People are matched by name. Someone unknown here arrives as a reporter,
  whatever role the file gives them, and nobody's role is changed by a file.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.media.photo_import import ImportedPhoto
from newsdesk.services.articles import snapshot
from newsdesk.services.importing import person_named, section_named
from newsdesk.store.models import (
    Article,
    ArticleStatus,
    Person,
    Photo,
    Revision,
    Role,
    Section,
    Transition,
    new_uuid,
)
from newsdesk.store.types import utc_now

#: The photo fields that are part of an article's content (and of its snapshots).
CONTENT_PHOTO_KEYS = ("sha256", "caption", "credit", "alt_text", "position", "is_main")
REASON_HANDOFF = "handoff"
REASON_CONFLICT = "handoff-conflict"
REASON_LOCAL = "handoff-local"
REASON_BEFORE = "before-handoff"
_KEEP_LOCAL_STATE = {
    ArticleStatus.PUBLISHED.value,
    ArticleStatus.UNPUBLISHED.value,
    ArticleStatus.SCHEDULED.value,
}


@dataclass(frozen=True)
class ConflictNote:
    """Something the user must be told about one article: both sides changed
    it, or its public number was already taken here."""

    article_id: str
    headline: str
    message: str


@dataclass(frozen=True)
class HandoffImportReport:
    """Article ids by outcome. A both-changed article is only in ``conflicts``;
    a dropped-number note comes with an id that is also in ``added``/``updated``."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)


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


class HandoffMerger:
    """Applies one file's articles inside one session (one transaction)."""

    def __init__(
        self,
        session: Session,
        source_name: str,
        photos: Mapping[str, ImportedPhoto],
        actor_id: int | None,
    ) -> None:
        self.session = session
        self.source = source_name
        self.photos = photos
        self.actor_id = actor_id
        self.report = HandoffImportReport()
        self._photo_ids: set[str] = set()
        self._last_time = utc_now()

    def merge(self, entries: list[dict[str, Any]]) -> HandoffImportReport:
        for entry in entries:
            local = self.session.get(Article, entry["id"])
            if local is None:
                self._add(entry)
                continue
            local_hash = state_hash(self.session, snapshot(local))
            history = revisions_of(self.session, local.id)
            known_here = {state_hash(self.session, r.snapshot) for r in history} | {local_hash}
            if local_hash == entry["content_hash"] or entry["content_hash"] in known_here:
                self.report.skipped.append(local.id)
            elif local_hash in entry["known_hashes"]:
                self._fast_forward(local, entry, history, local_hash)
            else:
                self._conflict(local, entry, history, local_hash)
        self.session.flush()
        return self.report

    # --------------------------------------------------------------- outcomes

    def _add(self, entry: dict[str, Any]) -> None:
        article = Article(id=entry["id"])
        self._fill(article, entry)
        article.photos = self._photo_rows(entry, existing={}, reuse_ids=True)
        article.created_at = parse_time(entry["created_at"]) or utc_now()
        article.updated_at = parse_time(entry["updated_at"]) or utc_now()
        article.updated_by_id = self.actor_id
        self._take_state(article, entry, is_new=True)
        self.session.add(article)
        self.session.flush()
        self._revision(article.id, REASON_HANDOFF, f"received in {self.source}", snapshot(article))
        self.report.added.append(article.id)

    def _fast_forward(
        self, local: Article, entry: dict[str, Any], history: list[Revision], local_hash: str
    ) -> None:
        """Only the sender changed it: take its version, keeping ours as a revision."""
        if not history or state_hash(self.session, history[-1].snapshot) != local_hash:
            note = f"this PC's version before {self.source} was imported"
            self._revision(local.id, REASON_BEFORE, note, snapshot(local))
        self._fill(local, entry)
        existing = {photo.id: photo for photo in local.photos}
        local.photos = self._photo_rows(entry, existing=existing, reuse_ids=True)
        local.updated_by_id = self.actor_id
        self._take_state(local, entry, is_new=False)
        self.session.flush()
        self._revision(local.id, REASON_HANDOFF, f"updated from {self.source}", snapshot(local))
        self.report.updated.append(local.id)

    def _conflict(
        self, local: Article, entry: dict[str, Any], history: list[Revision], local_hash: str
    ) -> None:
        """Both sides changed it: keep ours current, store both versions as revisions."""
        if not history or state_hash(self.session, history[-1].snapshot) != local_hash:
            note = f"this PC's version, kept when {self.source} was imported"
            self._revision(local.id, REASON_LOCAL, note, snapshot(local))
        incoming = Article(status=entry["status"])
        self._fill(incoming, entry)
        incoming.photos = self._photo_rows(entry, existing={}, reuse_ids=False)
        note = f"version from {self.source}; changed on both PCs, so it was not applied"
        self._revision(local.id, REASON_CONFLICT, note, snapshot(incoming))
        message = (
            f"changed both here and in {self.source}; this PC's version was kept and the "
            "other one is saved in the article's history (handoff-conflict) to compare"
        )
        self.report.conflicts.append(ConflictNote(local.id, local.headline, message))

    # ---------------------------------------------------------------- helpers

    def _revision(self, article_id: str, reason: str, note: str, data: dict[str, Any]) -> None:
        """Strictly increasing times keep the history order exact within one import."""
        moment = max(utc_now(), self._last_time + timedelta(microseconds=1))
        self._last_time = moment
        self.session.add(
            Revision(
                article_id=article_id,
                author_id=self.actor_id,
                reason=reason,
                note=note,
                snapshot=data,
                created_at=moment,
            )
        )

    def _fill(self, article: Article, entry: Mapping[str, Any]) -> None:
        """Copy the content exactly as sent (no re-cleaning), so the hashes agree."""
        section = section_named(self.session, entry["section"]) if entry.get("section") else None
        author = entry.get("author")
        person = None
        if author and author["name"]:
            # Roles are never taken from a file: anyone can write "admin" into one.
            person = person_named(self.session, author["name"], Role.REPORTER)
        for key in ("headline", "subheadline", "body", "summary", "byline"):
            setattr(article, key, entry[key])
        article.tags = list(entry["tags"])
        # Ids only: content hashes and snapshots read ids, and the relationship
        # attributes are refreshed from them when the article is next loaded.
        article.section_id = section.id if section else None
        article.author_id = person.id if person else None

    def _photo_rows(
        self, entry: Mapping[str, Any], *, existing: dict[str, Photo], reuse_ids: bool
    ) -> list[Photo]:
        rows: list[Photo] = []
        for spec in sorted(entry["photos"], key=lambda p: p["position"]):
            imported = self.photos[spec["sha256"]]
            row = existing.pop(spec.get("id") or "", None)
            if row is None:
                row = Photo(id=self._free_photo_id(spec.get("id"))) if reuse_ids else Photo()
            row.sha256 = imported.sha256
            row.original_name = spec["original_name"]
            row.format = imported.format
            row.byte_size = imported.byte_size
            row.width, row.height = imported.width, imported.height
            row.web_width, row.web_height = imported.web_size
            for key in ("caption", "credit", "alt_text", "position", "is_main"):
                setattr(row, key, spec[key])
            rows.append(row)
        return rows

    def _free_photo_id(self, wanted: str | None) -> str:
        """Keep the sender's photo id when it is a UUID not used here yet."""
        try:
            usable = wanted is not None and str(uuid.UUID(wanted)) == wanted
        except ValueError:
            usable = False
        with self.session.no_autoflush:
            if usable and wanted not in self._photo_ids and not self.session.get(Photo, wanted):
                assert wanted is not None
                self._photo_ids.add(wanted)
                return wanted
        return new_uuid()

    def _take_state(self, article: Article, entry: Mapping[str, Any], *, is_new: bool) -> None:
        """Status, number, slug and times follow the sender unless on this PC's site."""
        if not is_new and (article.number is not None or article.status in _KEEP_LOCAL_STATE):
            if article.status == ArticleStatus.PUBLISHED.value:
                article.revised_at = utc_now()  # the page's 수정 time
            return
        old_status, status, number = article.status, entry["status"], entry["number"]
        if number is not None:
            with self.session.no_autoflush:
                holder = self.session.scalar(
                    select(Article.id).where(Article.number == number, Article.id != entry["id"])
                )
            if holder is not None:
                message = (
                    f"public number {number} is already used here by another article, so it "
                    "was dropped; the article gets a new number when it is published here"
                )
                if status in (ArticleStatus.PUBLISHED.value, ArticleStatus.UNPUBLISHED.value):
                    status = ArticleStatus.APPROVED.value
                    message += " (until then it is approved, not published)"
                self.report.conflicts.append(ConflictNote(entry["id"], entry["headline"], message))
                number = None
        article.number = number
        article.slug = entry["slug"]
        article.status = status
        article.published_at = parse_time(entry.get("published_at"))
        article.revised_at = parse_time(entry.get("revised_at"))
        article.scheduled_at = parse_time(entry.get("scheduled_at"))
        if not is_new and old_status != status:
            self.session.add(
                Transition(
                    article_id=article.id,
                    actor_id=self.actor_id,
                    from_status=old_status,
                    to_status=status,
                    action="handoff",
                    note=f"from {self.source}",
                )
            )
