"""Running the pre-publish checks (newsdesk.text.checks) on a stored article."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from newsdesk.services.articles import load_article
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import load_profile, site_view
from newsdesk.store.models import Article
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


def check_stored_article(newsroom: Newsroom, article_id: str) -> list[Finding]:
    with newsroom.db.session() as session:
        return findings_for(session, load_article(session, article_id))
