"""Settling a 409: the server holds a version the desk has not seen.

The outbox keeps both versions — the local article is untouched and the
server's copy sits in the job's ``detail["server"]`` — until the editor picks:

``keep="local"``
    Send the local article again, based on the server's revision, so it
    replaces the server's copy knowingly (a later edit on the server would
    conflict again, which is right).

``keep="server"``
    Take the server's headline, sub-headline, summary, byline, tags and
    section into the local article as a new revision (reason ``server``), so
    the local history shows what happened and the previous text can be
    restored. The server stores HTML, not Markdown: when the server's body is
    exactly what the local Markdown renders to, the local body is kept as is;
    otherwise the body becomes Markdown converted from the server's HTML and
    the revision note asks the editor to check its formatting. Photos and
    their captions stay as they are locally. Nothing is sent: the server
    already has its version, and the next local publish is based on it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.publish.html_text import html_to_markdown
from newsdesk.publish.payload import PayloadError, build_payload
from newsdesk.services.articles import (
    ArticleFields,
    apply_fields,
    load_article,
    snapshot,
    validate_fields,
)
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox_jobs import JobState, load_job, reset_job
from newsdesk.services.views import article_view
from newsdesk.store.models import Article, OutboxJob, Publication, Revision, Section
from newsdesk.store.types import utc_now

KEEP_CHOICES = ("local", "server")
BODY_CONVERTED_NOTE = (
    "서버 판 채택 — took the server's version (revision {revision}); the body was converted "
    "from the server's HTML, check its formatting"
)
BODY_KEPT_NOTE = "서버 판 채택 — took the server's version (revision {revision})"


def resolve_conflict(
    newsroom: Newsroom,
    job_id: int,
    keep: str,
    *,
    actor_id: int | None = None,
    now: datetime | None = None,
) -> None:
    if keep not in KEEP_CHOICES:
        raise ValidationError("keep", f"choose 'local' or 'server', not {keep!r}")
    with newsroom.db.session() as session:
        job = load_job(session, job_id)
        if job.state != JobState.CONFLICT:
            raise ValidationError("job", f"job {job_id} is {job.state}, not a conflict")
        server: dict[str, Any] = job.detail.get("server") or {}
        revision = server.get("revision")
        if revision is None:
            raise ValidationError(
                "job", f"job {job_id} does not know the server's version; retry it first"
            )
        generation = int(job.detail.get("generation", 0))
        if keep == "local":
            job.detail = {"generation": generation, "base_revision": int(revision)}
            reset_job(job, now or utc_now())
            return
        if job.article_id is None:
            raise ValidationError("job", f"job {job_id} has no article")
        article = load_article(session, job.article_id)
        _take_server_version(newsroom, session, article, server, actor_id)
        _record_server_publication(session, job, server, now or utc_now())
        job.state = JobState.RESOLVED.value
        job.last_error = ""
        job.detail = {**job.detail, "resolution": "server"}


def _local_body_html(newsroom: Newsroom, article: Article) -> str | None:
    try:
        return str(
            build_payload(article_view(article, newsroom.photos), newsroom.photos).body["body_html"]
        )
    except PayloadError:
        return None


def _take_server_version(
    newsroom: Newsroom,
    session: Session,
    article: Article,
    server: dict[str, Any],
    actor_id: int | None,
) -> None:
    fields = ArticleFields.of(article)
    fields.headline = str(server.get("headline", fields.headline))
    fields.subheadline = str(server.get("subheadline", fields.subheadline))
    fields.summary = str(server.get("summary", fields.summary))
    fields.byline = str(server.get("byline", fields.byline))
    tags = server.get("tags")
    if isinstance(tags, list):
        fields.tags = [str(tag) for tag in tags]
    section = server.get("section")
    if isinstance(section, dict) and section.get("slug"):
        local = session.scalar(select(Section).where(Section.slug == section["slug"]))
        if local is not None:
            fields.section_id = local.id
    server_html = str(server.get("body_html", ""))
    note = BODY_KEPT_NOTE
    if server_html != _local_body_html(newsroom, article):
        fields.body = html_to_markdown(server_html)
        note = BODY_CONVERTED_NOTE
    validate_fields(session, fields)
    apply_fields(article, fields)
    article.revised_at = utc_now()
    if actor_id is not None:
        article.updated_by_id = actor_id
    session.flush()
    session.add(
        Revision(
            article_id=article.id,
            author_id=actor_id,
            reason="server",
            note=note.format(revision=server.get("revision")),
            snapshot=snapshot(article),
        )
    )


def _record_server_publication(
    session: Session, job: OutboxJob, server: dict[str, Any], now: datetime
) -> None:
    """The next publish is based on the server's revision, so it does not conflict again."""
    publication = session.scalar(
        select(Publication).where(
            Publication.article_id == job.article_id, Publication.target == job.target
        )
    )
    if publication is None:
        publication = Publication(article_id=job.article_id, target=job.target)
        session.add(publication)
    publication.remote_id = str(server.get("id", job.article_id))
    publication.url = str(server.get("url", ""))
    publication.content_hash = str(server.get("content_hash", ""))
    publication.remote_revision = int(server["revision"])
    publication.sent_at = now
