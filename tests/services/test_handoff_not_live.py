"""A hand-off file never makes anything live: whatever status, number and times it
claims, an article it creates or fast-forwards here ends at most ``submitted``
(waiting for the desk), unnumbered and off the public site, and the import
report says what the file claimed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.services.handoff_files import many_articles_file, rehash, small_article

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.export import SiteExportService
from newsdesk.services.handoff import import_handoff
from newsdesk.services.importing import person_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.prepublish import ChecksFailedError
from newsdesk.services.publishing import publish
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.models import ArticleStatus, Revision, Role, Transition

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
FIRST = "2026-11-01T09:00:00+09:00"
LATER = "2026-11-02T09:00:00+09:00"
#: Everything of the workflow state a forged file can claim at once.
CLAIMS: dict[str, Any] = {
    "number": 12,
    "slug": "파일이-정한-주소",
    "published_at": "2026-11-20T10:00:00+09:00",
    "revised_at": "2026-11-20T11:30:00+09:00",
    "scheduled_at": "2026-11-21T07:00:00+09:00",
}
CLAIMED_TIMES = (
    "published 2026-11-20 10:00 KST, revised 2026-11-20 11:30 KST, "
    "scheduled for 2026-11-21 07:00 KST"
)
#: What each status a file can claim becomes here. Only a draft keeps its status;
#: a status added later must be given a row (the coverage test below says so).
ARRIVES_AS = {
    "draft": "draft",
    "submitted": "submitted",
    "in_review": "submitted",
    "approved": "submitted",
    "scheduled": "submitted",
    "published": "submitted",
    "unpublished": "submitted",
    "returned": "submitted",  # sent back by a desk elsewhere: this desk has not seen it
}
CLAIMABLE = [status.value for status in ArticleStatus]


def _entry(status: str, body: str, moment: str, known: list[str], **claims: Any) -> dict[str, Any]:
    entry = small_article(1, moment)
    entry.update(status=status, body=body, known_hashes=known, **claims)
    rehash(entry)
    return entry


def _site_ready(room: Newsroom) -> None:
    """A complete legal footer and one article of this PC's own on the site."""
    footer = {
        "masthead": "시흥신문",
        "registration_number": "경기 아00000",
        "registration_date": "2020-01-01",
        "publisher": "발행인",
        "editor": "편집인",
        "youth_protection_officer": "청소년보호책임자",
        "address": "경기도 시흥시",
        "phone": "031-000-0000",
        "email": "desk@example.kr",
    }
    update_profile(room, footer)
    publish(room, ArticleService(room).create(ArticleFields(headline="여기서 낸 기사")).id)


def _site_text(room: Newsroom, out: Path) -> str:
    """Every page, feed and sitemap of a fresh static export, as one text."""
    SiteExportService(room).run(out, now=NOW)
    pages = [p for p in out.rglob("*") if p.suffix in {".html", ".xml", ".json"}]
    return "\n".join(p.read_text(encoding="utf-8") for p in pages)


def test_every_claimable_status_has_a_row() -> None:
    assert set(CLAIMABLE) <= set(ARRIVES_AS), "say what a file claiming it arrives as"


@pytest.mark.parametrize("how", ["new", "fast-forward"])
@pytest.mark.parametrize("claimed", CLAIMABLE)
def test_a_file_never_makes_an_article_live(
    newsroom: Newsroom, tmp_path: Path, claimed: str, how: str
) -> None:
    _site_ready(newsroom)
    known: list[str] = []
    if how == "fast-forward":  # a plain draft first, then a newer version of it
        draft = _entry("draft", "첫 본문\n", FIRST, [])
        first = import_handoff(newsroom, many_articles_file(tmp_path / "draft.newsdesk", [draft]))
        assert first.held_back == []
        known = [draft["content_hash"]]
    entry = _entry(claimed, "파일의 본문\n", LATER, known, **CLAIMS)
    article_id, expected = entry["id"], ARRIVES_AS[claimed]

    result = import_handoff(newsroom, many_articles_file(tmp_path / "claim.newsdesk", [entry]))
    assert (result.added if how == "new" else result.updated) == [article_id]
    assert (result.conflicts, result.waiting) == ([], [])
    article = ArticleService(newsroom).get(article_id)
    assert article.body == "파일의 본문\n"  # the content is taken ...
    assert article.status == expected  # ... the workflow state is not
    assert (article.number, article.slug) == (None, "")
    assert (article.published_at, article.revised_at, article.scheduled_at) == (None, None, None)

    [held] = result.held_back
    assert (held.article_id, held.headline, held.status) == (article_id, "작은 기사 1", expected)
    assert (held.claimed_status, held.claimed_number) == (claimed, 12)
    assert held.claimed_published_at == datetime.fromisoformat(CLAIMS["published_at"])
    assert held.claimed_revised_at == datetime.fromisoformat(CLAIMS["revised_at"])
    assert held.claimed_scheduled_at == datetime.fromisoformat(CLAIMS["scheduled_at"])
    said = f"the file said {claimed} as no. 12 ({CLAIMED_TIMES})"
    assert held.message == f"arrived as {expected}; {said}"

    with newsroom.db.session() as session:
        notes = session.scalars(
            select(Revision.note)
            .where(Revision.article_id == article_id, Revision.reason == "handoff")
            .order_by(Revision.created_at)
        ).all()
        moves = session.execute(
            select(Transition.from_status, Transition.to_status, Transition.note).where(
                Transition.article_id == article_id
            )
        ).all()
    assert held.message in notes[-1] and "claim.newsdesk" in notes[-1]
    if how == "fast-forward" and expected != "draft":
        [(was, now, note)] = moves
        assert (was, now) == ("draft", expected) and held.message in note
    else:
        assert moves == []
    waiting = [a.id for a in WorkflowService(newsroom).review_queue()]
    assert (article_id in waiting) == (expected == "submitted")

    site = _site_text(newsroom, tmp_path / "site")
    assert "여기서 낸 기사" in site  # the export worked ...
    assert "작은 기사 1" not in site and "파일의 본문" not in site  # ... without it
    assert not list((tmp_path / "site" / "articles").glob("12*"))


@pytest.mark.parametrize(
    ("claimed", "line"),
    [
        ("draft", None),
        ("submitted", None),
        ("in_review", "arrived as submitted; the file said in_review"),
        ("approved", "arrived as submitted; the file said approved"),
    ],
)
def test_a_report_line_only_when_something_was_not_taken(
    newsroom: Newsroom, tmp_path: Path, claimed: str, line: str | None
) -> None:
    entry = _entry(claimed, "본문\n", FIRST, [])
    result = import_handoff(newsroom, many_articles_file(tmp_path / "a.newsdesk", [entry]))
    assert [held.message for held in result.held_back] == ([] if line is None else [line])
    with newsroom.db.session() as session:
        [note] = session.scalars(select(Revision.note).where(Revision.reason == "handoff")).all()
    assert note == "received in a.newsdesk" + ("" if line is None else f"; {line}")


def test_the_desk_publishes_it_with_a_number_given_here(newsroom: Newsroom, tmp_path: Path) -> None:
    """Through the normal workflow: an editor, the checks, the next free number."""
    _site_ready(newsroom)  # no. 1 is this PC's own
    entry = _entry("published", "파일의 본문\n", FIRST, [], number=1, slug="남의-주소")
    entry["published_at"] = FIRST
    result = import_handoff(newsroom, many_articles_file(tmp_path / "p.newsdesk", [entry]))
    assert result.conflicts == []  # a number a file claims is never taken, so never collides
    assert [h.message for h in result.held_back] == [
        "arrived as submitted; the file said published as no. 1 (published 2026-11-01 09:00 KST)"
    ]
    with newsroom.db.session() as session:
        editor = person_named(session, "오데스크", Role.EDITOR).id
    workflow = WorkflowService(newsroom)
    with pytest.raises(ChecksFailedError, match="바이라인"):  # the checks the file skipped
        workflow.publish(entry["id"], editor, confirm_warnings=True)
    articles = ArticleService(newsroom)
    fields = ArticleFields.of(articles.get(entry["id"]))
    fields.byline = "김기자 기자"
    articles.save(entry["id"], fields, expected_version=articles.get(entry["id"]).version)
    published = workflow.publish(entry["id"], editor, confirm_warnings=True)
    assert (published.status, published.number) == ("published", 2)
    assert published.slug == "작은-기사-1"
    assert published.published_at != datetime.fromisoformat(FIRST)  # published here, now
    assert "작은 기사 1" in _site_text(newsroom, tmp_path / "site")
