"""Article use cases shared by the GUI and the CLI: create, save, list, trash."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.services.article_rows import (  # re-exported: callers import them from here
    ArticleQuery as ArticleQuery,
)
from newsdesk.services.article_rows import (
    ArticleRow as ArticleRow,
)
from newsdesk.services.article_rows import (
    article_rows,
    count_articles,
)
from newsdesk.services.errors import ConflictError, NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox_jobs import OPEN_STATES
from newsdesk.services.roles import (
    PermissionDeniedError,
    is_editor,
    load_person,
    require_actor_allowed,
    require_can_edit,
    require_keeps_authorship,
)
from newsdesk.store import search
from newsdesk.store.models import (
    Article,
    ArticleStatus,
    OutboxJob,
    Person,
    Photo,
    Revision,
    Section,
)
from newsdesk.store.types import utc_now

MAX_HEADLINE = 300
MAX_TAGS = 30


@dataclass
class ArticleFields:
    """The fields a reporter edits; what the editor form and importers fill in."""

    headline: str = ""
    subheadline: str = ""
    body: str = ""
    summary: str = ""
    section_id: int | None = None
    author_id: int | None = None
    byline: str = ""
    tags: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article) -> ArticleFields:
        return cls(
            headline=article.headline,
            subheadline=article.subheadline,
            body=article.body,
            summary=article.summary,
            section_id=article.section_id,
            author_id=article.author_id,
            byline=article.byline,
            tags=list(article.tags or []),
        )


def _clean_tags(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        value = tag.strip().lstrip("#").strip()
        if value and value not in seen:
            seen.append(value)
    if len(seen) > MAX_TAGS:
        raise ValidationError("tags", f"at most {MAX_TAGS} tags, got {len(seen)}")
    return seen


def new_draft_fields(person: Person | None) -> ArticleFields:
    """What a new draft starts with: a reporter's own name as author and byline.

    The form shows this before the first save, so what the reporter sees is
    what :meth:`ArticleService.create` stores; an editor's draft starts
    without an author (the desk writes for whoever it chooses).
    """
    if person is None or is_editor(person):
        return ArticleFields()
    return ArticleFields(author_id=person.id, byline=person.display_byline())


def validate_fields(session: Session, fields: ArticleFields) -> None:
    if len(fields.headline) > MAX_HEADLINE:
        raise ValidationError("headline", f"longer than {MAX_HEADLINE} characters")
    if fields.section_id is not None and session.get(Section, fields.section_id) is None:
        raise ValidationError("section", f"no section with id {fields.section_id}")
    if fields.author_id is not None and session.get(Person, fields.author_id) is None:
        raise ValidationError("author", f"no person with id {fields.author_id}")


def apply_fields(article: Article, fields: ArticleFields) -> None:
    article.headline = fields.headline.strip()
    article.subheadline = fields.subheadline.strip()
    article.body = fields.body
    article.summary = fields.summary.strip()
    article.section_id = fields.section_id
    article.author_id = fields.author_id
    article.byline = fields.byline.strip()
    article.tags = _clean_tags(fields.tags)


def snapshot(article: Article) -> dict[str, Any]:
    """Everything needed to show or restore this state of the article."""
    return {
        "headline": article.headline,
        "subheadline": article.subheadline,
        "body": article.body,
        "summary": article.summary,
        "section_id": article.section_id,
        "author_id": article.author_id,
        "byline": article.byline,
        "tags": list(article.tags or []),
        "status": article.status,
        "version": article.version,
        "photos": [
            {
                "sha256": p.sha256,
                "caption": p.caption,
                "credit": p.credit,
                "alt_text": p.alt_text,
                "position": p.position,
                "is_main": p.is_main,
            }
            for p in article.photos
        ],
    }


def load_article(session: Session, article_id: str) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article


def find_article(session: Session, reference: str) -> Article:
    """An article by UUID (or a unique UUID prefix) or by public number ("302")."""
    ref = reference.strip().removeprefix("no.").strip()
    if ref.isdigit():
        found = session.scalar(select(Article).where(Article.number == int(ref)))
        if found is not None:
            return found
    if len(ref) >= 4:
        matches = session.scalars(select(Article).where(Article.id.startswith(ref)).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(f"article id prefix {reference!r} is ambiguous")
    raise NotFoundError(f"no article {reference!r} (give a public number or an id)")


def store_new_article(
    session: Session,
    article: Article,
    *,
    actor_id: int | None,
    reason: str = "create",
    note: str = "",
    at: datetime | None = None,
) -> Revision:
    """Add a new article together with its first revision — the one way articles
    come into the newsroom.

    The first revision is the original every later save is compared with and
    can go back to; an article stored without one has a first draft nobody
    can see again. So new drafts, imports, duplicates and the demo all store
    through here instead of each remembering to write it. ``at`` dates the
    revision when the article's own times are not "now" (the demo's).
    """
    session.add(article)
    session.flush()
    revision = Revision(
        article_id=article.id,
        author_id=actor_id,
        reason=reason,
        note=note,
        snapshot=snapshot(article),
    )
    if at is not None:
        revision.created_at = at
    session.add(revision)
    return revision


def save_in_session(
    session: Session,
    article: Article,
    fields: ArticleFields,
    *,
    actor_id: int | None,
    save_point: bool = True,
    reason: str = "save",
    note: str = "",
) -> bool:
    """The save path every edit takes: role checks, validation, the page's 수정
    time, and a revision (``reason``/``note``) at a save point.

    Returns whether the article is published, in which case the caller queues
    the new text for the servers once the transaction is committed.
    """
    was_published = article.status == ArticleStatus.PUBLISHED.value
    if actor_id is not None:
        actor = load_person(session, actor_id)
        require_can_edit(actor, article)
        require_keeps_authorship(actor, article, fields.author_id)
        article.updated_by_id = actor_id
    validate_fields(session, fields)
    apply_fields(article, fields)
    if was_published:
        article.revised_at = utc_now()
    session.flush()
    if save_point:
        session.add(
            Revision(
                article_id=article.id,
                author_id=actor_id,
                reason=reason,
                note=note,
                snapshot=snapshot(article),
            )
        )
    return was_published


class ArticleService:
    """Create, edit, list and trash articles; each call is one unit of work."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def create(
        self, fields: ArticleFields | None = None, *, actor_id: int | None = None
    ) -> Article:
        """A new draft; a reporter creating it becomes its author."""
        fields = fields or ArticleFields()
        with self.newsroom.db.session() as session:
            if actor_id is not None:
                actor = load_person(session, actor_id)
                if not is_editor(actor) and fields.author_id is None:
                    fields = replace(fields, author_id=actor.id)
                if not is_editor(actor) and fields.author_id != actor.id:
                    raise PermissionDeniedError(
                        f"{actor.name} may not write a new article in someone else's name; "
                        "ask an editor",
                        code="keeps_authorship",
                        action="change_author",
                        person=actor.name,
                        role=actor.role,
                        status=ArticleStatus.DRAFT.value,
                        headline=fields.headline,
                    )
            validate_fields(session, fields)
            article = Article(updated_by_id=actor_id)
            apply_fields(article, fields)
            if not article.byline and fields.author_id is not None:
                author = session.get(Person, fields.author_id)
                article.byline = author.display_byline() if author else ""
            store_new_article(session, article, actor_id=actor_id)
            session.flush()
            session.refresh(article)
            return article

    def get(self, article_id: str) -> Article:
        with self.newsroom.db.session() as session:
            return load_article(session, article_id)

    def save(
        self,
        article_id: str,
        fields: ArticleFields,
        *,
        expected_version: int,
        actor_id: int | None = None,
        save_point: bool = True,
    ) -> Article:
        """Save edited fields unless someone else saved a newer version first.

        An explicit save is a save point: a full snapshot goes into the
        article's revision history.
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            if article.version != expected_version:
                raise ConflictError(article_id, expected_version, article.version)
            was_published = save_in_session(
                session, article, fields, actor_id=actor_id, save_point=save_point
            )
        if was_published:  # a correction: servers get the new text too
            self._queue_for_servers(article_id, "put")
        return article

    def duplicate(self, article_id: str, *, actor_id: int | None = None) -> Article:
        """A new draft with the same text and photo references (photos are shared files)."""
        with self.newsroom.db.session() as session:
            source = load_article(session, article_id)
            require_actor_allowed(session, actor_id, source, "duplicate")
            copy = Article(updated_by_id=actor_id)
            apply_fields(copy, ArticleFields.of(source))
            copy.headline = f"{source.headline} (사본)" if source.headline else ""
            for photo in source.photos:
                copy.photos.append(
                    Photo(
                        **{
                            column: getattr(photo, column)
                            for column in (
                                "sha256",
                                "original_name",
                                "format",
                                "byte_size",
                                "width",
                                "height",
                                "web_width",
                                "web_height",
                                "caption",
                                "credit",
                                "alt_text",
                                "position",
                                "is_main",
                                "rotation",  # the copy keeps its crops (files are shared)
                                "crop_body",
                                "crop_thumb",
                                "crop_social",
                            )
                        }
                    )
                )
            note = f"copy of {source.id[:8]}"
            store_new_article(session, copy, actor_id=actor_id, reason="duplicate", note=note)
            session.flush()
            return copy

    def trash(self, article_id: str, *, actor_id: int | None = None) -> None:
        """Move to the trash; it leaves the static site at the next export and the
        servers it was published to get a delete (through the outbox).

        A reporter trashes only their own drafts: anything further along is the desk's.
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_actor_allowed(session, actor_id, article, "trash")
            article.deleted_at = utc_now()
            was_published = article.status == ArticleStatus.PUBLISHED.value
        if was_published:
            self._queue_for_servers(article_id, "delete")

    def restore(self, article_id: str, *, actor_id: int | None = None) -> None:
        """Take out of the trash (whoever may trash it may restore it)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_actor_allowed(session, actor_id, article, "restore")
            article.deleted_at = None
            published = article.status == ArticleStatus.PUBLISHED.value
        if published:
            self._queue_for_servers(article_id, "put")

    def purge(self, article_id: str, *, actor_id: int | None = None) -> None:
        """Delete for good (only from the trash).

        Refused while the outbox still has to tell a server about the article:
        deleting it would drop that job with it and leave the article online.
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            if article.deleted_at is None and actor_id is None:
                raise ValidationError("article", "only articles in the trash can be deleted")
            require_actor_allowed(session, actor_id, article, "purge")
            waiting = session.scalar(
                select(func.count(OutboxJob.id)).where(
                    OutboxJob.article_id == article_id, OutboxJob.state.in_(OPEN_STATES)
                )
            )
            if waiting:
                raise ValidationError(
                    "article",
                    f"{waiting} server job(s) for this article are still waiting in the "
                    "outbox; send them (or cancel them) before deleting it for good",
                )
            search.remove_from_index(session.connection(), article.search_key)
            session.delete(article)

    def _queue_for_servers(self, article_id: str, action: str) -> None:
        from newsdesk.services.outbox import queue_for_targets  # pulls in the network stack

        queue_for_targets(self.newsroom, article_id, action)

    def count(self, query: ArticleQuery | None = None) -> int:
        with self.newsroom.db.session() as session:
            return count_articles(session, query or ArticleQuery())

    def rows(
        self,
        query: ArticleQuery | None = None,
        *,
        limit: int = 200,
        before_key: int | None = None,
    ) -> list[ArticleRow]:
        """A page of list rows, newest first (see :func:`article_rows`)."""
        with self.newsroom.db.session() as session:
            return article_rows(
                session, query or ArticleQuery(), limit=limit, before_key=before_key
            )

    def sections(self) -> list[Section]:
        with self.newsroom.db.session() as session:
            return list(session.scalars(select(Section).order_by(Section.position, Section.id)))

    def people(self) -> list[Person]:
        with self.newsroom.db.session() as session:
            return list(session.scalars(select(Person).order_by(Person.name)))
