"""Running the pre-publish checks (newsdesk.text.checks) on a stored article."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from newsdesk.services.articles import ArticleFields, load_article
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import load_profile, site_view
from newsdesk.store.models import Article, Person, Section
from newsdesk.text.checks import (
    ArticleCheckInput,
    Finding,
    PhotoCheckInput,
    Severity,
    check_article,
)

SEOUL = ZoneInfo("Asia/Seoul")


def _summary(findings: Sequence[Finding]) -> str:
    shown = "; ".join(f.message for f in findings[:5])
    more = f" (+{len(findings) - 5} more)" if len(findings) > 5 else ""
    return shown + more


class ChecksFailedError(NewsdeskError):
    """Errors found: the article may not be published until they are fixed."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        errors = [f for f in findings if f.severity == Severity.ERROR]
        super().__init__(f"pre-publish checks failed: {_summary(errors)}")
        self.findings = list(findings)


class ChecksNeedConfirmationError(NewsdeskError):
    """Only warnings found: publishing needs the user's explicit confirmation."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        super().__init__(f"pre-publish warnings need confirmation: {_summary(findings)}")
        self.findings = list(findings)


def check_input(session: Session, article: Article) -> ArticleCheckInput:
    footer = site_view(load_profile(session)).footer
    when = article.published_at or article.scheduled_at
    return ArticleCheckInput(
        headline=article.headline,
        subheadline=article.subheadline,
        byline=article.byline,
        section=article.section.name if article.section else "",
        body=article.body,
        summary=article.summary,
        photos=tuple(PhotoCheckInput(p.caption, p.credit, p.alt_text) for p in article.photos),
        missing_footer_fields=tuple(footer.LABELS[name] for name in footer.missing_fields()),
        published_year=when.astimezone(SEOUL).year if when else None,
    )


def findings_for(session: Session, article: Article) -> list[Finding]:
    return check_article(check_input(session, article))


def run_checks(session: Session, article: Article, *, confirm_warnings: bool) -> list[Finding]:
    """Raise if errors exist, or if warnings exist and were not confirmed."""
    findings = findings_for(session, article)
    if any(f.severity == Severity.ERROR for f in findings):
        raise ChecksFailedError(findings)
    if findings and not confirm_warnings:
        raise ChecksNeedConfirmationError(findings)
    return findings


#: Findings about the site, not the article (the legal footer): the desk's to fix
#: before publishing, so they never stop a reporter's 송고.
SITE_FIELD = "site"


def submission_findings(findings: Sequence[Finding]) -> list[Finding]:
    """What a reporter must see at 송고: everything about the article itself."""
    return [f for f in findings if f.field != SITE_FIELD]


def run_submit_checks(
    session: Session, article: Article, *, confirm_warnings: bool
) -> list[Finding]:
    """Like :func:`run_checks`, for a submission (the site footer left to the desk)."""
    findings = submission_findings(findings_for(session, article))
    if any(f.severity == Severity.ERROR for f in findings):
        raise ChecksFailedError(findings)
    if findings and not confirm_warnings:
        raise ChecksNeedConfirmationError(findings)
    return findings


def check_draft(
    newsroom: Newsroom,
    article_id: str | None,
    fields: ArticleFields,
    *,
    actor_id: int | None = None,
) -> list[Finding]:
    """The checks on what the form holds now (unsaved), with the stored photos.

    The checks dock follows the typing with this. An empty byline is checked
    as the save would fill it (the author's byline), so a reporter's new
    article is not told off for a field Newsdesk completes itself.
    """
    with newsroom.db.session() as session:
        article = load_article(session, article_id) if article_id is not None else None
        section = session.get(Section, fields.section_id) if fields.section_id else None
        byline = fields.byline.strip()
        author_id = fields.author_id if fields.author_id is not None else actor_id
        if not byline and author_id is not None:
            author = session.get(Person, author_id)
            byline = author.display_byline() if author is not None else ""
        when = (article.published_at or article.scheduled_at) if article is not None else None
        photos = article.photos if article is not None else []
        footer = site_view(load_profile(session)).footer
        check = ArticleCheckInput(
            headline=fields.headline,
            subheadline=fields.subheadline,
            byline=byline,
            section=section.name if section is not None else "",
            body=fields.body,
            summary=fields.summary,
            photos=tuple(PhotoCheckInput(p.caption, p.credit, p.alt_text) for p in photos),
            missing_footer_fields=tuple(footer.LABELS[name] for name in footer.missing_fields()),
            published_year=when.astimezone(SEOUL).year if when else None,
        )
    return check_article(check)


def check_stored_article(newsroom: Newsroom, article_id: str) -> list[Finding]:
    with newsroom.db.session() as session:
        return findings_for(session, load_article(session, article_id))
