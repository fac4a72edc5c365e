"""Revision history: list, compare any two, restore (as a new revision)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from newsdesk.services.articles import load_article, snapshot
from newsdesk.services.errors import NotFoundError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revision_photos import PhotoChange, photo_changes
from newsdesk.services.roles import require_actor_allowed
from newsdesk.store.models import Person, Revision, Section
from newsdesk.text.diff import Op, Segment, diff_text

TEXT_FIELDS = ("headline", "subheadline", "byline", "summary", "body")
FIELD_LABELS = {
    "headline": "제목",
    "subheadline": "부제",
    "byline": "기자명",
    "summary": "요약",
    "body": "본문",
    "section": "섹션",
    "author": "작성자",
    "tags": "태그",
    "status": "상태",
}
PHOTO_FIELDS = ("caption", "credit", "alt_text", "position", "is_main")


@dataclass(frozen=True)
class RevisionInfo:
    id: str
    created_at: datetime
    author: str
    reason: str
    note: str
    headline: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    segments: list[Segment]

    @property
    def old(self) -> str:
        """The whole older value (a status or section is shown whole, not diffed)."""
        return "".join(s.text for s in self.segments if s.op != Op.INSERT)

    @property
    def new(self) -> str:
        return "".join(s.text for s in self.segments if s.op != Op.DELETE)


@dataclass(frozen=True)
class RevisionDiff:
    old: RevisionInfo
    new: RevisionInfo
    fields: list[FieldChange]
    photos: list[PhotoChange]
    #: Both bodies as one diff, also when they are the same (the view shows them
    #: side by side either way).
    body: list[Segment] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.fields and not self.photos


class RevisionService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def for_article(self, article_id: str) -> list[RevisionInfo]:
        """Newest first."""
        with self.newsroom.db.session() as session:
            rows = session.execute(
                select(Revision, Person.name)
                .outerjoin(Person, Person.id == Revision.author_id)
                .where(Revision.article_id == article_id)
                .order_by(Revision.created_at.desc(), Revision.id)
            ).all()
            return [self._info(r, name) for r, name in rows]

    @staticmethod
    def _info(revision: Revision, author: str | None) -> RevisionInfo:
        return RevisionInfo(
            id=revision.id,
            created_at=revision.created_at,
            author=author or "",
            reason=revision.reason,
            note=revision.note,
            headline=str(revision.snapshot.get("headline", "")),
        )

    def _load(self, revision_id: str) -> tuple[Revision, str]:
        with self.newsroom.db.session() as session:
            row = session.execute(
                select(Revision, Person.name)
                .outerjoin(Person, Person.id == Revision.author_id)
                .where(Revision.id == revision_id)
            ).first()
            if row is None:
                raise NotFoundError(f"no revision {revision_id}")
            return row[0], row[1] or ""

    def section_names(self) -> dict[int, str]:
        with self.newsroom.db.session() as session:
            return {sid: name for sid, name in session.execute(select(Section.id, Section.name))}

    def people_names(self) -> dict[int, str]:
        with self.newsroom.db.session() as session:
            return {pid: name for pid, name in session.execute(select(Person.id, Person.name))}

    def compare(self, old_id: str, new_id: str) -> RevisionDiff:
        old, old_author = self._load(old_id)
        new, new_author = self._load(new_id)
        a, b = old.snapshot, new.snapshot
        sections, people = self.section_names(), self.people_names()
        values: dict[str, tuple[str, str]] = {
            name: (str(a.get(name, "")), str(b.get(name, "")))
            for name in ("headline", "subheadline", "summary", "body")
        }
        values["section"] = (
            sections.get(a.get("section_id") or -1, ""),
            sections.get(b.get("section_id") or -1, ""),
        )
        values["author"] = (
            people.get(a.get("author_id") or -1, ""),
            people.get(b.get("author_id") or -1, ""),
        )
        values["byline"] = (str(a.get("byline", "")), str(b.get("byline", "")))
        values["tags"] = (", ".join(a.get("tags", [])), ", ".join(b.get("tags", [])))
        values["status"] = (str(a.get("status", "")), str(b.get("status", "")))
        fields = [
            FieldChange(name, FIELD_LABELS[name], diff_text(before, after))
            for name, (before, after) in values.items()
            if before != after
        ]
        photos = photo_changes(a.get("photos", []), b.get("photos", []))
        body = next((c.segments for c in fields if c.field == "body"), None)
        if body is None:  # the same on both sides
            same = values["body"][0]
            body = [Segment(Op.EQUAL, same)] if same else []
        return RevisionDiff(
            self._info(old, old_author), self._info(new, new_author), fields, photos, body
        )

    def restore(self, revision_id: str, actor_id: int | None = None) -> str:
        """Bring back a revision's text and photo details; returns the new revision's id.

        Nothing is overwritten for good: the state before the restore is already
        a revision or becomes one here, and the restore itself is a new one.
        """
        revision, _ = self._load(revision_id)
        data = revision.snapshot
        with self.newsroom.db.session() as session:
            article = load_article(session, revision.article_id)
            require_actor_allowed(session, actor_id, article, "restore_revision")
            session.add(
                Revision(
                    article_id=article.id,
                    author_id=actor_id,
                    reason="before-restore",
                    snapshot=snapshot(article),
                )
            )
            for name in (*TEXT_FIELDS, "tags"):
                if name in data:
                    setattr(article, name, data[name])
            section_id = data.get("section_id")
            if section_id is None or session.get(Section, int(section_id)) is not None:
                article.section_id = section_id
            by_sha = {p["sha256"]: p for p in data.get("photos", [])}
            for photo in article.photos:
                saved = by_sha.get(photo.sha256)
                if saved:
                    for name in PHOTO_FIELDS:
                        setattr(photo, name, saved[name])
            article.updated_by_id = actor_id
            session.flush()
            restored = Revision(
                article_id=article.id,
                author_id=actor_id,
                reason="restore",
                note=f"revision {revision_id[:8]}",
                snapshot=snapshot(article),
            )
            session.add(restored)
            session.flush()
            return restored.id
