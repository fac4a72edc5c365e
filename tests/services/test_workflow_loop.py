"""The reporter–desk loop in the services: returned articles, checks at 송고,
withdrawing a submission, and the scheduled-publication helpers the window's
timer uses."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.prepublish import ChecksFailedError, ChecksNeedConfirmationError
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import TransitionError, WorkflowService, allowed_actions
from newsdesk.store.models import Article, Person
from newsdesk.store.types import utc_now

CLEAN_BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def draft(room: Newsroom, author: str = "김민수", **changes: object) -> str:
    fields = ArticleFields(headline="배곧 해안 산책로 새로 연다", body=CLEAN_BODY, section_id=1)
    for name, value in changes.items():
        setattr(fields, name, value)
    return ArticleService(room).create(fields, actor_id=person_id(room, author)).id


def status(room: Newsroom, article_id: str) -> str:
    return ArticleService(room).get(article_id).status


def test_returned_is_its_own_state_until_submitted_again(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    kim, desk = person_id(room, "김민수"), person_id(room, "오세훈")
    workflow = WorkflowService(room)
    article_id = draft(room)
    workflow.submit(article_id, kim)
    assert workflow.return_notice(article_id) is None
    workflow.transition(article_id, desk, "return", note="  출처를 밝혀 주세요 ")
    assert status(room, article_id) == "returned"
    notice = workflow.return_notice(article_id)
    assert notice is not None
    assert (notice.actor, notice.note) == ("오세훈", "출처를 밝혀 주세요")
    assert notice.at.tzinfo is not None

    # The reporter edits it (it stays returned, the note still shown), then submits.
    articles = ArticleService(room)
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    fields.body += "\n\n시 관계자가 밝혔다."
    articles.save(article_id, fields, expected_version=current.version, actor_id=kim)
    assert status(room, article_id) == "returned"
    assert workflow.return_notice(article_id) is not None
    workflow.submit(article_id, kim)
    assert status(room, article_id) == "submitted"
    assert workflow.return_notice(article_id) is None
    history = [(h.action, h.from_status, h.to_status) for h in workflow.history(article_id)]
    assert history[-2:] == [
        ("return", "submitted", "returned"),
        ("submit", "returned", "submitted"),
    ]


def test_submit_runs_the_checks(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    kim = person_id(room, "김민수")
    workflow = WorkflowService(room)
    broken = draft(room, section_id=None)  # no section: an error, never confirmable
    with pytest.raises(ChecksFailedError) as failed:
        workflow.submit(broken, kim, confirm_warnings=True)
    assert any(f.code == "section-empty" for f in failed.value.findings)
    assert status(room, broken) == "draft"
    assert workflow.history(broken) == []

    short = draft(room, body="짧은 본문이다.")  # too short: a warning
    with pytest.raises(ChecksNeedConfirmationError):
        workflow.submit(short, kim)
    assert status(room, short) == "draft"
    assert workflow.submit(short, kim, confirm_warnings=True).status == "submitted"


def test_site_footer_is_the_desks_not_the_reporters(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    update_profile(room, {"publisher": ""})  # the legal footer is now incomplete
    article_id = draft(room)
    assert WorkflowService(room).submit(article_id, person_id(room, "김민수")).status == (
        "submitted"
    )


def test_permission_comes_before_the_checks(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    broken = draft(room, section_id=None)
    with pytest.raises(PermissionDeniedError, match="did not write"):
        WorkflowService(room).submit(broken, person_id(room, "이서연"))


def test_withdraw_only_by_the_author_before_review(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    kim, lee, desk = (person_id(room, n) for n in ("김민수", "이서연", "오세훈"))
    workflow = WorkflowService(room)
    article_id = draft(room)
    with pytest.raises(TransitionError):
        workflow.transition(article_id, kim, "withdraw")  # nothing submitted yet
    workflow.submit(article_id, kim)
    for other in (lee, desk):  # not another reporter's, not the desk's to take back
        with pytest.raises(PermissionDeniedError):
            workflow.transition(article_id, other, "withdraw")
    assert workflow.transition(article_id, kim, "withdraw").status == "draft"
    assert workflow.history(article_id)[-1].action == "withdraw"

    workflow.submit(article_id, kim)
    workflow.transition(article_id, desk, "start_review")
    with pytest.raises(TransitionError, match="in_review"):
        workflow.transition(article_id, kim, "withdraw")
    assert status(room, article_id) == "in_review"

    with room.db.session() as session:
        article = session.get(Article, article_id)
        people = {p.name: p for p in session.query(Person)}
        assert article is not None
        assert "withdraw" not in allowed_actions(people["김민수"], article)
        article.status = "submitted"
        assert "withdraw" in allowed_actions(people["김민수"], article)
        assert "withdraw" not in allowed_actions(people["오세훈"], article)
        session.rollback()


def test_scheduled_helpers(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    kim, desk = person_id(room, "김민수"), person_id(room, "오세훈")
    workflow = WorkflowService(room)
    first, second = draft(room), draft(room, headline="두 번째 예약 기사")
    for article_id in (first, second):
        workflow.submit(article_id, kim)
        workflow.transition(article_id, desk, "approve")
    soon = utc_now() + timedelta(hours=1)
    workflow.schedule(first, desk, soon, confirm_warnings=True)
    workflow.schedule(second, desk, soon + timedelta(hours=1), confirm_warnings=True)
    assert workflow.next_scheduled_at() == soon
    assert workflow.due_versions() == {}
    with room.db.session() as session:  # both came due
        session.execute(
            update(Article)
            .where(Article.id.in_([first, second]))
            .values(scheduled_at=utc_now() - timedelta(minutes=1))
        )
    due = workflow.due_versions()
    assert set(due) == {first, second}
    results = workflow.publish_due(only=[second])
    assert [(r.article_id, r.published) for r in results] == [(second, True)]
    assert status(room, second) == "published"
    assert status(room, first) == "scheduled"
