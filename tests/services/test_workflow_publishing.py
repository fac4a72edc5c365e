"""Publishing and scheduling through the workflow: checks, numbers, the site folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.prepublish import (
    ChecksFailedError,
    ChecksNeedConfirmationError,
    check_stored_article,
)
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import TransitionError, WorkflowService
from newsdesk.store.types import utc_now
from newsdesk.text.checks import Severity

CLEAN_BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)
HEADLINE = "배곧 해안 산책로 새로 연다"


@pytest.fixture
def site(room: Newsroom, tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    update_profile(room, {"export_dir": str(folder)})
    return folder


@pytest.fixture
def editor(room: Newsroom) -> int:
    return person_id(room, "오세훈")


def approved(room: Newsroom, headline: str = HEADLINE, body: str = CLEAN_BODY) -> str:
    """A 김민수 article that went through submit and approve.

    Submitted clean (송고 runs the checks too), then given ``body`` by the desk,
    so the publish checks are what meets its problems.
    """
    reporter, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    fields = ArticleFields(headline=headline, body=CLEAN_BODY, section_id=1)
    articles = ArticleService(room)
    article_id = articles.create(fields, actor_id=reporter).id
    workflow = WorkflowService(room)
    workflow.submit(article_id, reporter, confirm_warnings=True)
    if body != CLEAN_BODY:
        stored = articles.get(article_id)
        edited = ArticleFields.of(stored)
        edited.body = body
        articles.save(article_id, edited, expected_version=stored.version, actor_id=editor)
    workflow.transition(article_id, editor, "approve")
    return article_id


def page_for(site: Path, number: int) -> Path | None:
    pages = sorted((site / "articles").glob(f"{number}-*.html"))
    assert len(pages) <= 1
    return pages[0] if pages else None


def list_pages_text(site: Path) -> str:
    parts = [(site / "index.html").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((site / "list").glob("*.html"))]
    return "\n".join(parts)


def test_clean_article_has_no_findings(room: Newsroom) -> None:
    assert check_stored_article(room, approved(room)) == []


def test_unbalanced_quote_blocks_publishing(room: Newsroom, editor: int, site: Path) -> None:
    body = CLEAN_BODY + "\n\n주민들은 “산책로가 생기면 좋겠다고 말했다.\n"
    article_id = approved(room, body=body)
    with pytest.raises(ChecksFailedError) as caught:
        WorkflowService(room).publish(article_id, editor, confirm_warnings=True)
    errors = [f for f in caught.value.findings if f.severity == Severity.ERROR]
    assert errors
    assert errors[0].field == "body"
    assert errors[0].line == 17  # 8 paragraphs × 2 lines, then the quote's line
    article = ArticleService(room).get(article_id)
    assert (article.status, article.number) == ("approved", None)
    assert [h.action for h in WorkflowService(room).history(article_id)] == ["submit", "approve"]
    assert not site.exists() or page_for(site, 28) is None


def test_photo_without_caption_blocks_publishing(
    room: Newsroom, editor: int, tmp_path: Path
) -> None:
    article_id = approved(room)
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (800, 600), (40, 120, 200)).save(picture, "JPEG")
    for progress in PhotoService(room).add_files(
        article_id, [picture], [PhotoDetails(caption="", credit="사진=김민수", alt_text="바다")]
    ):
        assert progress.error is None
    with pytest.raises(ChecksFailedError) as caught:
        WorkflowService(room).publish(article_id, editor, confirm_warnings=True)
    assert [f.code for f in caught.value.findings if f.severity == Severity.ERROR] == [
        "photo-no-caption"
    ]
    assert "캡션" in str(caught.value)
    assert ArticleService(room).get(article_id).status == "approved"


def test_warnings_need_confirmation(room: Newsroom, editor: int, site: Path) -> None:
    body = (
        CLEAN_BODY + "\n\n자세한 내용은 [시청 누리집](http://www.siheung.go.kr)에서 볼 수 있다.\n"
    )
    article_id = approved(room, body=body)
    workflow = WorkflowService(room)
    with pytest.raises(ChecksNeedConfirmationError) as caught:
        workflow.publish(article_id, editor)
    assert caught.value.findings
    assert all(f.severity == Severity.WARNING for f in caught.value.findings)
    assert any("http" in f.message for f in caught.value.findings)
    assert ArticleService(room).get(article_id).status == "approved"
    published = workflow.publish(article_id, editor, confirm_warnings=True)
    assert published.status == "published"


def test_publish_numbers_exports_and_unpublish_removes(
    room: Newsroom, editor: int, site: Path
) -> None:
    workflow = WorkflowService(room)
    article_id = approved(room)
    published = workflow.publish(article_id, editor)
    assert published.number == 28
    assert published.published_at is not None
    slug = published.slug
    assert slug
    assert workflow.last_export is not None
    assert workflow.last_export.out_dir == site
    page = page_for(site, 28)
    assert page is not None
    assert HEADLINE in page.read_text(encoding="utf-8")
    assert HEADLINE in list_pages_text(site)

    workflow.transition(article_id, editor, "unpublish")
    assert ArticleService(room).get(article_id).status == "unpublished"
    assert page_for(site, 28) is None
    assert HEADLINE not in list_pages_text(site)
    assert page_for(site, 27) is not None  # the rest of the site stays

    again = workflow.publish(article_id, editor)
    assert (again.number, again.slug) == (28, slug)
    assert again.revised_at is not None
    assert page_for(site, 28) == page
    assert [h.action for h in workflow.history(article_id)] == [
        "submit",
        "approve",
        "publish",
        "unpublish",
        "publish",
    ]
    # The next new article gets the next number, not a reused one.
    other = workflow.publish(approved(room, headline="정왕동 시장 첫발"), editor)
    assert other.number == 29


def test_publishing_twice_is_a_transition_error(room: Newsroom, editor: int) -> None:
    workflow = WorkflowService(room)
    article_id = approved(room)
    workflow.publish(article_id, editor)
    with pytest.raises(TransitionError):
        workflow.publish(article_id, editor)
    assert [h.action for h in workflow.history(article_id)].count("publish") == 1


def test_publish_without_site_folder_exports_nothing(room: Newsroom, editor: int) -> None:
    workflow = WorkflowService(room)
    workflow.publish(approved(room), editor)
    assert workflow.last_export is None


def test_schedule_in_the_past_or_naive_is_refused(room: Newsroom, editor: int) -> None:
    workflow = WorkflowService(room)
    article_id = approved(room)
    with pytest.raises(ValidationError) as caught:
        workflow.schedule(article_id, editor, utc_now() - timedelta(minutes=1))
    assert caught.value.field == "scheduled time"
    naive = (utc_now() + timedelta(days=1)).replace(tzinfo=None)
    with pytest.raises(ValidationError):
        workflow.schedule(article_id, editor, naive)
    assert ArticleService(room).get(article_id).status == "approved"


def test_schedule_needs_approval_and_clean_checks(room: Newsroom, editor: int) -> None:
    workflow = WorkflowService(room)
    reporter = person_id(room, "김민수")
    draft = ArticleService(room).create(
        ArticleFields(headline="초안", body=CLEAN_BODY, section_id=1), actor_id=reporter
    )
    with pytest.raises(TransitionError):
        workflow.schedule(draft.id, editor, utc_now() + timedelta(days=1))
    assert ArticleService(room).get(draft.id).scheduled_at is None
    broken = approved(room, body=CLEAN_BODY + "\n\n“닫히지 않은 따옴표\n")
    with pytest.raises(ChecksFailedError):
        workflow.schedule(broken, editor, utc_now() + timedelta(days=1))
    stored = ArticleService(room).get(broken)
    assert (stored.status, stored.scheduled_at) == ("approved", None)


def test_scheduled_article_is_published_when_due(room: Newsroom, editor: int, site: Path) -> None:
    workflow = WorkflowService(room)
    article_id = approved(room)
    when = (utc_now() + timedelta(hours=2)).replace(microsecond=0)
    scheduled = workflow.schedule(article_id, editor, when)
    assert scheduled.status == "scheduled"
    assert ArticleService(room).get(article_id).scheduled_at == when
    assert page_for(site, 28) is None

    assert workflow.publish_due(now=when - timedelta(minutes=1)) == []
    assert ArticleService(room).get(article_id).status == "scheduled"

    results = workflow.publish_due(now=when + timedelta(minutes=5))
    assert [(r.article_id, r.headline, r.published, r.problem) for r in results] == [
        (article_id, HEADLINE, True, "")
    ]
    article = ArticleService(room).get(article_id)
    assert article.status == "published"
    assert article.published_at == when
    assert article.scheduled_at is None
    assert article.number == 28
    history = workflow.history(article_id)
    assert [(h.action, h.from_status, h.to_status) for h in history][-2:] == [
        ("schedule", "approved", "scheduled"),
        ("publish", "scheduled", "published"),
    ]
    assert history[-1].actor == "오세훈"
    page = page_for(site, 28)
    assert page is not None and HEADLINE in page.read_text(encoding="utf-8")
    # Nothing left to do the next time.
    assert workflow.publish_due(now=when + timedelta(days=1)) == []


def test_due_article_that_now_fails_checks_stays_scheduled(
    room: Newsroom, editor: int, site: Path
) -> None:
    workflow = WorkflowService(room)
    good, bad = approved(room), approved(room, headline="정왕동 시장 첫발")
    when = utc_now() + timedelta(hours=1)
    workflow.schedule(good, editor, when)
    workflow.schedule(bad, editor, when + timedelta(minutes=1))
    # An editor breaks the scheduled article after scheduling it.
    articles = ArticleService(room)
    current = articles.get(bad)
    fields = ArticleFields.of(current)
    fields.body = CLEAN_BODY + "\n\n오는 89일 “개장식이 열린다.\n"
    articles.save(bad, fields, expected_version=current.version, actor_id=editor)

    results = {r.article_id: r for r in workflow.publish_due(now=when + timedelta(hours=1))}
    assert results[good].published and results[good].problem == ""
    assert not results[bad].published
    assert results[bad].headline == "정왕동 시장 첫발"
    assert "check" in results[bad].problem
    broken = articles.get(bad)
    assert broken.status == "scheduled"
    assert broken.number is None
    assert [h.action for h in workflow.history(bad)][-1] == "schedule"
    assert page_for(site, 28) is not None  # the good one went out
    assert page_for(site, 29) is None
