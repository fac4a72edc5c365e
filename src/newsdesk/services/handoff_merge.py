"""Merging the articles of a checked hand-off file into this newsroom.

Merge is by article id, decided by content hashes
(:func:`~newsdesk.services.handoff_history.content_hash`): the hash covers
what a reporter edits (text, section and author names, tags, photo metadata)
and not what naturally differs between PCs (ids, versions, times, workflow
state). Each article in a file carries the hashes of its earlier states, so
the receiver can tell its own copy is an ancestor (fast-forward), the
sender's copy is an ancestor (skip) or neither (conflict: keep both as
revisions and tell the user). Nothing here commits; the caller's session
makes one file one transaction.

Decisions:

* A file never changes a live article in place. Only a draft that was never
  published here fast-forwards, and only when the file's copy was edited
  *after* this PC's. Anything else the sender changed (a published,
  scheduled, approved, submitted… article, or an older edit) is kept as a
  *hand-off update*: a revision waiting for the desk, listed in the report
  and applied by an editor through the normal save path
  (:mod:`newsdesk.services.handoff_review`).
* Earlier states come from all revisions except waiting hand-off updates,
  including "handoff-conflict" ones. A PC that was told about a conflict has
  seen the other version, so what it sends back afterwards fast-forwards the
  other PC: a conflict is resolved once, on one side, instead of bouncing
  between the two forever.
* A file never makes anything live either. A new article or a
  fast-forwarded draft takes the sender's content but not its workflow
  state: it ends at most *submitted*, with no public number, slug or
  publish/schedule times from the file
  (:mod:`newsdesk.services.handoff_arrival`). What the file claimed is a
  :class:`HeldBack` line of the report and part of the revision and
  transition notes; the desk publishes through the normal workflow, which
  runs the checks and gives the number here (so numbers never collide).
* Importing is a sync, not an edit, so role rules do not apply; the actor is
  only recorded on revisions and changes.
* People are matched by name. Someone unknown here arrives as a reporter,
  whatever role the file gives them, and nobody's role is changed by a file.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.media.photo_import import ImportedPhoto
from newsdesk.services.articles import snapshot
from newsdesk.services.handoff_arrival import arrival_status, held_back
from newsdesk.services.handoff_history import (  # re-exported: the format's public helpers
    CONTENT_PHOTO_KEYS as CONTENT_PHOTO_KEYS,
)
from newsdesk.services.handoff_history import (
    PHOTO_FILE_KEYS,
    REASON_BEFORE,
    REASON_CONFLICT,
    REASON_HANDOFF,
    REASON_LOCAL,
    REASON_UPDATE,
    open_update,
    parse_time,
    state_hash,
)
from newsdesk.services.handoff_history import (
    content_hash as content_hash,
)
from newsdesk.services.handoff_history import (
    entry_author_name as entry_author_name,
)
from newsdesk.services.handoff_history import (
    rfc3339 as rfc3339,
)
from newsdesk.services.handoff_outcomes import (
    ConflictNote as ConflictNote,
)
from newsdesk.services.handoff_outcomes import (
    HandoffImportReport as HandoffImportReport,
)
from newsdesk.services.handoff_outcomes import (
    HeldBack as HeldBack,
)
from newsdesk.services.handoff_outcomes import (
    WaitingUpdate as WaitingUpdate,
)
from newsdesk.services.importing import person_named, section_named
from newsdesk.store.models import (
    Article,
    ArticleStatus,
    Photo,
    Revision,
    Role,
    Transition,
    new_uuid,
)
from newsdesk.store.types import utc_now

#: Ids per ``IN (…)`` query (SQLite allows 32,766 parameters; stay well below).
_ID_BATCH = 500


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


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
        # Per-file caches: a file of thousands of articles names a few sections and
        # people, and must cost a few statements per article, not a few per lookup.
        self._section_ids: dict[str, int] = {}
        self._person_ids: dict[str, int] = {}

    def merge(self, entries: list[dict[str, Any]]) -> HandoffImportReport:
        """Merge every entry; new articles are written in one flush at the end."""
        locals_by_id, histories = self._load([entry["id"] for entry in entries])
        for entry in entries:
            local = locals_by_id.get(entry["id"])
            if local is None:
                self._add(entry)
                continue
            local_hash = state_hash(self.session, snapshot(local))
            history = histories.get(local.id, [])
            known_here = {state_hash(self.session, r.snapshot) for r in history} | {local_hash}
            incoming = entry["content_hash"]
            if incoming == local_hash:
                self.report.skipped.append(local.id)
            elif incoming in known_here:
                self._seen_before(local, incoming, history)
            elif local_hash in entry["known_hashes"]:
                why = self._not_in_place(local, entry)
                if why is None:
                    self._fast_forward(local, entry, history, local_hash)
                else:
                    self._wait(local, entry, why)
            else:
                self._conflict(local, entry, history, local_hash)
        self.session.flush()
        return self.report

    def _load(self, ids: list[str]) -> tuple[dict[str, Article], dict[str, list[Revision]]]:
        """The file's articles that exist here and their revisions (oldest first), in a
        few queries rather than two per article."""
        found: dict[str, Article] = {}
        histories: dict[str, list[Revision]] = {}
        for start in range(0, len(ids), _ID_BATCH):
            chunk = ids[start : start + _ID_BATCH]
            found.update(
                (article.id, article)
                for article in self.session.scalars(select(Article).where(Article.id.in_(chunk)))
            )
        known = list(found)
        for start in range(0, len(known), _ID_BATCH):
            revisions = self.session.scalars(
                select(Revision)
                .where(Revision.article_id.in_(known[start : start + _ID_BATCH]))
                .order_by(Revision.created_at, Revision.id)
            )
            for revision in revisions:
                histories.setdefault(revision.article_id, []).append(revision)
        return found, histories

    def _not_in_place(self, local: Article, entry: Mapping[str, Any]) -> str | None:
        """Why the sender's version may not replace ours directly; None if it may."""
        if local.status != ArticleStatus.DRAFT.value or local.number is not None:
            return (
                f"it is {local.status} here, so a hand-off file does not change it; the "
                f"version from {self.source} waits for the desk"
            )
        theirs = parse_time(entry["updated_at"])
        assert theirs is not None  # required by the schema
        if theirs <= local.updated_at:
            return (
                f"the version in {self.source} was edited at {_when(theirs)}, not after this "
                f"PC's copy ({_when(local.updated_at)}); it was kept, not applied"
            )
        return None

    # --------------------------------------------------------------- outcomes

    def _add(self, entry: dict[str, Any]) -> None:
        article = Article(id=entry["id"])
        self._fill(article, entry)
        article.photos = self._photo_rows(entry, existing={}, reuse_ids=True)
        article.created_at = parse_time(entry["created_at"]) or utc_now()
        article.updated_at = parse_time(entry["updated_at"]) or utc_now()
        article.updated_by_id = self.actor_id
        said = self._take_state(article, entry, is_new=True)
        self.session.add(article)
        # Not flushed one by one: the final flush inserts them all. The snapshot
        # is taken now, so give it the version the insert will give the row.
        data = snapshot(article)
        data["version"] = 1
        self._revision(article.id, REASON_HANDOFF, f"received in {self.source}{said}", data)
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
        # The content's edit time, so a later file is compared with when it was written.
        local.updated_at = parse_time(entry["updated_at"]) or utc_now()
        said = self._take_state(local, entry, is_new=False)
        self.session.flush()
        note = f"updated from {self.source}{said}"
        self._revision(local.id, REASON_HANDOFF, note, snapshot(local))
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

    def _wait(self, local: Article, entry: dict[str, Any], why: str) -> None:
        """Only the sender changed it, but it may not change here: keep it for the desk."""
        incoming = Article(status=local.status)
        self._fill(incoming, entry)
        incoming.photos = self._photo_rows(entry, existing={}, reuse_ids=False)
        data = snapshot(incoming)
        for row, photo in zip(incoming.photos, data["photos"], strict=True):
            photo.update({key: getattr(row, key) for key in PHOTO_FILE_KEYS})
        data["edited_at"] = entry["updated_at"]
        revision_id = self._revision(local.id, REASON_UPDATE, f"from {self.source}: {why}", data)
        message = f"{why} (newsdesk handoff apply {revision_id[:8]})"
        self.report.waiting.append(WaitingUpdate(local.id, local.headline, revision_id, message))

    def _seen_before(self, local: Article, incoming: str, history: list[Revision]) -> None:
        """Ours already holds the sender's version: unchanged, or still waiting for the desk."""
        waiting = open_update(history)
        if waiting is None or state_hash(self.session, waiting.snapshot) != incoming:
            self.report.skipped.append(local.id)
            return
        message = (
            f"the same version has been waiting for the desk since {_when(waiting.created_at)} "
            f"(newsdesk handoff apply {waiting.id[:8]})"
        )
        self.report.waiting.append(WaitingUpdate(local.id, local.headline, waiting.id, message))

    # ---------------------------------------------------------------- helpers

    def _revision(self, article_id: str, reason: str, note: str, data: dict[str, Any]) -> str:
        """Adds one revision, returning its id. Strictly increasing times keep the
        history order exact within one import."""
        moment = max(utc_now(), self._last_time + timedelta(microseconds=1))
        self._last_time = moment
        revision = Revision(
            id=new_uuid(),
            article_id=article_id,
            author_id=self.actor_id,
            reason=reason,
            note=note,
            snapshot=data,
            created_at=moment,
        )
        self.session.add(revision)
        return revision.id

    def _fill(self, article: Article, entry: Mapping[str, Any]) -> None:
        """Copy the content exactly as sent (no re-cleaning), so the hashes agree."""
        section_id = author_id = None
        if entry.get("section"):
            name = entry["section"]
            if name not in self._section_ids:
                self._section_ids[name] = section_named(self.session, name).id
            section_id = self._section_ids[name]
        author = entry.get("author")
        if author and author["name"]:
            name = author["name"]
            if name not in self._person_ids:
                # Roles are never taken from a file: anyone can write "admin" into one.
                self._person_ids[name] = person_named(self.session, name, Role.REPORTER).id
            author_id = self._person_ids[name]
        for key in ("headline", "subheadline", "body", "summary", "byline"):
            setattr(article, key, entry[key])
        article.tags = list(entry["tags"])
        # Ids only: content hashes and snapshots read ids, and the relationship
        # attributes are refreshed from them when the article is next loaded.
        article.section_id = section_id
        article.author_id = author_id

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

    def _take_state(self, article: Article, entry: Mapping[str, Any], *, is_new: bool) -> str:
        """Set the status here of an article this file creates or fast-forwards, and
        return what the file claimed beyond it ("; arrived as …", or "") for the notes.

        Never the sender's workflow state (module docstring): at most submitted, and
        no number, slug or times from the file. A new article has none of them; a
        fast-forwarded draft keeps this PC's (it was never published here).
        """
        old_status, status = article.status, arrival_status(entry["status"])
        if is_new:
            article.number, article.slug = None, ""
            article.published_at = article.revised_at = article.scheduled_at = None
        article.status = status
        line = held_back(entry, status)
        said = "" if line is None else f"; {line.message}"
        if line is not None:
            self.report.held_back.append(line)
        if not is_new and old_status != status:
            self.session.add(
                Transition(
                    article_id=article.id,
                    actor_id=self.actor_id,
                    from_status=old_status,
                    to_status=status,
                    action="handoff",
                    note=f"from {self.source}{said}",
                )
            )
        return said
