"""Workflow roles and transitions through the services, forbidden ones included."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import select
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import RevisionService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.services.workflow import (
    TRANSITIONS,
    TransitionError,
    WorkflowService,
    allowed_actions,
)
from newsdesk.store.models import Article, Person, Revision, Transition
from newsdesk.store.types import utc_now

CLEAN_BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def new_draft(newsroom: Newsroom, author: str, headline: str = "배곧 해안 산책로 새로 연다") -> str:
    actor = person_id(newsroom, author)
    fields = ArticleFields(headline=headline, body=CLEAN_BODY, section_id=1)
    return ArticleService(newsroom).create(fields, actor_id=actor).id


def status_of(newsroom: Newsroom, article_id: str) -> str:
    return ArticleService(newsroom).get(article_id).status


def revision_reasons(newsroom: Newsroom, article_id: str) -> list[str]:
    with newsroom.db.session() as session:
        rows = session.scalars(
            select(Revision.reason)
            .where(Revision.article_id == article_id)
            .order_by(Revision.created_at)
        )
        return list(rows)


def test_reporter_creating_a_draft_becomes_its_author(room: Newsroom) -> None:
    article = ArticleService(room).get(new_draft(room, "김민수"))
    assert article.author_id == person_id(room, "김민수")
    assert article.byline == "김민수 기자"
    assert article.status == "draft"


def test_reporter_submits_own_draft(room: Newsroom) -> None:
    article_id = new_draft(room, "김민수")
    moved = WorkflowService(room).submit(
        article_id, person_id(room, "김민수"), confirm_warnings=True
    )
    assert moved.status == "submitted"
    assert status_of(room, article_id) == "submitted"


def test_reporter_cannot_submit_another_reporters_article(room: Newsroom) -> None:
    article_id = new_draft(room, "김민수")
    with pytest.raises(PermissionDeniedError, match="did not write"):
        WorkflowService(room).submit(article_id, person_id(room, "이서연"), confirm_warnings=True)
    assert status_of(room, article_id) == "draft"
    assert WorkflowService(room).history(article_id) == []


@pytest.mark.parametrize("action", ["start_review", "approve", "return", "unschedule"])
def test_reporter_cannot_use_editor_transitions(room: Newsroom, action: str) -> None:
    reporter = person_id(room, "김민수")
    article_id = new_draft(room, "김민수")
    workflow = WorkflowService(room)
    workflow.submit(article_id, reporter, confirm_warnings=True)
    with pytest.raises(PermissionDeniedError):
        workflow.transition(article_id, reporter, action, note="고쳐 주세요")
    assert status_of(room, article_id) == "submitted"


def test_reporter_cannot_publish_schedule_or_unpublish(room: Newsroom) -> None:
    reporter = person_id(room, "김민수")
    editor = person_id(room, "오세훈")
    workflow = WorkflowService(room)
    article_id = new_draft(room, "김민수")
    workflow.submit(article_id, reporter, confirm_warnings=True)
    workflow.transition(article_id, editor, "approve")
    with pytest.raises(PermissionDeniedError):
        workflow.publish(article_id, reporter, confirm_warnings=True)
    with pytest.raises(PermissionDeniedError):
        workflow.schedule(
            article_id, reporter, utc_now() + timedelta(days=1), confirm_warnings=True
        )
    assert status_of(room, article_id) == "approved"
    assert ArticleService(room).get(article_id).number is None
    # Their own published article: still not theirs to take down.
    published = ArticleService(room).rows()[-1]  # the oldest demo article, 김민수's no.1
    assert published.number == 1
    with pytest.raises(PermissionDeniedError):
        workflow.transition(published.id, reporter, "unpublish")
    assert status_of(room, published.id) == "published"


def test_full_round_trip_with_return_and_resubmission(room: Newsroom) -> None:
    reporter = person_id(room, "김민수")
    editor = person_id(room, "오세훈")
    workflow = WorkflowService(room)
    articles = ArticleService(room)
    article_id = new_draft(room, "김민수")

    workflow.submit(article_id, reporter, confirm_warnings=True)
    assert workflow.transition(article_id, editor, "start_review").status == "in_review"
    for empty in ("", "   \n"):
        with pytest.raises(ValidationError) as caught:
            workflow.transition(article_id, editor, "return", note=empty)
        assert caught.value.field == "note"
    assert status_of(room, article_id) == "in_review"
    note = "첫 문단에 날짜를 넣어 주세요"
    assert workflow.transition(article_id, editor, "return", note=note).status == "returned"

    # Back with the reporter, who may edit again, then resubmit.
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    fields.body = "11월 20일, " + fields.body
    articles.save(article_id, fields, expected_version=current.version, actor_id=reporter)
    workflow.submit(article_id, reporter, confirm_warnings=True)
    workflow.transition(article_id, editor, "approve")
    published = workflow.publish(article_id, editor)
    assert published.status == "published"
    assert published.number == 28  # the demo holds no.1..27
    assert published.body.startswith("11월 20일, ")

    history = workflow.history(article_id)
    assert [(h.actor, h.action, h.from_status, h.to_status) for h in history] == [
        ("김민수", "submit", "draft", "submitted"),
        ("오세훈", "start_review", "submitted", "in_review"),
        ("오세훈", "return", "in_review", "returned"),
        ("김민수", "submit", "returned", "submitted"),
        ("오세훈", "approve", "submitted", "approved"),
        ("오세훈", "publish", "approved", "published"),
    ]
    assert [h.note for h in history] == ["", "", note, "", "", ""]
    assert all(a.at <= b.at for a, b in itertools.pairwise(history))

    # The first draft, one revision per transition and the explicit save, in order.
    assert revision_reasons(room, article_id) == [
        "create",
        "submit",
        "start_review",
        "return",
        "save",
        "submit",
        "approve",
        "publish",
    ]
    with room.db.session() as session:
        returned = session.scalar(
            select(Revision).where(Revision.article_id == article_id, Revision.reason == "return")
        )
        assert returned is not None
        assert returned.note == note
        assert returned.author_id == editor
        assert returned.snapshot["status"] == "returned"


def test_invalid_transitions_are_refused(room: Newsroom) -> None:
    editor = person_id(room, "오세훈")
    workflow = WorkflowService(room)
    draft = new_draft(room, "김민수")
    with pytest.raises(TransitionError, match="draft"):
        workflow.transition(draft, editor, "approve")
    with pytest.raises(TransitionError):
        workflow.transition(draft, editor, "unpublish")
    with pytest.raises(TransitionError):
        workflow.transition(draft, editor, "start_review")
    with pytest.raises(TransitionError):
        workflow.transition(draft, editor, "return", note="이유")
    workflow.submit(draft, editor, confirm_warnings=True)
    with pytest.raises(TransitionError):
        workflow.submit(draft, editor, confirm_warnings=True)
    with pytest.raises(ValidationError):
        workflow.transition(draft, editor, "teleport")
    for guarded in ("submit", "publish", "schedule"):  # they must go through the checks
        with pytest.raises(ValidationError, match="checks"):
            workflow.transition(draft, editor, guarded)
    assert status_of(room, draft) == "submitted"
    with room.db.session() as session:
        count = len(session.scalars(select(Transition).where(Transition.article_id == draft)).all())
    assert count == 1


def test_trashed_article_cannot_move(room: Newsroom) -> None:
    article_id = new_draft(room, "김민수")
    ArticleService(room).trash(article_id)
    with pytest.raises(TransitionError, match="trash"):
        WorkflowService(room).submit(article_id, person_id(room, "김민수"), confirm_warnings=True)


def test_reporter_edits_only_own_drafts(room: Newsroom) -> None:
    articles = ArticleService(room)
    workflow = WorkflowService(room)
    kim = person_id(room, "김민수")
    mine = new_draft(room, "김민수")
    theirs = new_draft(room, "이서연", "정왕동 시장 활성화")

    other = articles.get(theirs)
    changed = ArticleFields.of(other)
    changed.headline = "남의 기사 고치기"
    with pytest.raises(PermissionDeniedError, match="did not write"):
        articles.save(theirs, changed, expected_version=other.version, actor_id=kim)
    assert articles.get(theirs).headline == "정왕동 시장 활성화"

    workflow.submit(mine, kim, confirm_warnings=True)
    submitted = articles.get(mine)
    edit = ArticleFields.of(submitted)
    edit.headline = "송고 뒤 몰래 고치기"
    with pytest.raises(PermissionDeniedError, match="submitted"):
        articles.save(mine, edit, expected_version=submitted.version, actor_id=kim)
    assert articles.get(mine).headline == "배곧 해안 산책로 새로 연다"


def test_editor_edits_anything_and_save_is_recorded(room: Newsroom) -> None:
    articles = ArticleService(room)
    workflow = WorkflowService(room)
    kim, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    article_id = new_draft(room, "김민수")
    workflow.submit(article_id, kim, confirm_warnings=True)
    workflow.transition(article_id, editor, "start_review")
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    fields.headline = "배곧 해안 산책로 2.4km 새로 연다"
    saved = articles.save(article_id, fields, expected_version=current.version, actor_id=editor)
    assert saved.headline == "배곧 해안 산책로 2.4km 새로 연다"
    assert saved.updated_by_id == editor
    assert saved.status == "in_review"
    infos = RevisionService(room).for_article(article_id)
    assert infos[0].reason == "save"
    assert infos[0].author == "오세훈"
    assert infos[0].headline == "배곧 해안 산책로 2.4km 새로 연다"

    # A published demo article by another reporter, too.
    published = articles.rows()[-1]
    stored = articles.get(published.id)
    fields = ArticleFields.of(stored)
    fields.headline = stored.headline + " (정정)"
    after = articles.save(published.id, fields, expected_version=stored.version, actor_id=editor)
    assert after.revised_at is not None


def test_save_without_save_point_makes_no_revision(room: Newsroom) -> None:
    articles = ArticleService(room)
    kim = person_id(room, "김민수")
    article_id = new_draft(room, "김민수")
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    fields.summary = "자동 저장"
    current = articles.save(
        article_id, fields, expected_version=current.version, actor_id=kim, save_point=False
    )
    assert revision_reasons(room, article_id) == ["create"]
    articles.save(article_id, fields, expected_version=current.version, actor_id=kim)
    assert revision_reasons(room, article_id) == ["create", "save"]


def test_review_queue_lists_waiting_articles_oldest_submission_first(room: Newsroom) -> None:
    workflow = WorkflowService(room)
    editor = person_id(room, "오세훈")
    first = new_draft(room, "김민수", "첫째 송고")
    second = new_draft(room, "이서연", "둘째 송고")
    third = new_draft(room, "박준호", "셋째 송고")
    never = new_draft(room, "최유진", "송고 안 함")
    assert workflow.review_queue() == []
    workflow.submit(first, person_id(room, "김민수"), confirm_warnings=True)
    workflow.submit(second, person_id(room, "이서연"), confirm_warnings=True)
    workflow.submit(third, person_id(room, "박준호"), confirm_warnings=True)
    assert [a.id for a in workflow.review_queue()] == [first, second, third]

    # Starting a review keeps the article in the queue, in its place.
    workflow.transition(first, editor, "start_review")
    assert [a.id for a in workflow.review_queue()] == [first, second, third]
    workflow.transition(second, editor, "approve")
    queue = workflow.review_queue()
    assert [a.id for a in queue] == [first, third]
    assert never not in {a.id for a in queue}
    assert {a.status for a in queue} == {"in_review", "submitted"}


def test_trashed_articles_leave_the_review_queue(room: Newsroom) -> None:
    workflow = WorkflowService(room)
    article_id = new_draft(room, "김민수")
    workflow.submit(article_id, person_id(room, "김민수"), confirm_warnings=True)
    ArticleService(room).trash(article_id)
    assert workflow.review_queue() == []


def _allowed(room: Newsroom, name: str, article_id: str) -> list[str]:
    with room.db.session() as session:
        person = session.scalar(select(Person).where(Person.name == name))
        article = session.get(Article, article_id)
        assert person is not None and article is not None
        return [a for a in allowed_actions(person, article) if a in TRANSITIONS]  # the workflow


def test_allowed_actions_per_role_and_state(room: Newsroom) -> None:
    workflow = WorkflowService(room)
    kim, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    article_id = new_draft(room, "김민수")

    assert _allowed(room, "김민수", article_id) == ["submit"]
    assert _allowed(room, "이서연", article_id) == []
    assert _allowed(room, "오세훈", article_id) == ["submit", "publish"]

    workflow.submit(article_id, kim, confirm_warnings=True)
    assert _allowed(room, "김민수", article_id) == ["withdraw"]
    assert _allowed(room, "오세훈", article_id) == ["start_review", "return", "approve", "publish"]

    workflow.transition(article_id, editor, "start_review")
    assert _allowed(room, "오세훈", article_id) == ["return", "approve", "publish"]

    workflow.transition(article_id, editor, "approve")
    assert _allowed(room, "김민수", article_id) == []
    assert _allowed(room, "오세훈", article_id) == ["return", "schedule", "publish"]

    workflow.schedule(article_id, editor, utc_now() + timedelta(days=1), confirm_warnings=True)
    assert _allowed(room, "오세훈", article_id) == [
        "return",
        "schedule",
        "unschedule",
        "publish",
    ]
    workflow.transition(article_id, editor, "unschedule")
    assert status_of(room, article_id) == "approved"
    assert ArticleService(room).get(article_id).scheduled_at is None

    workflow.publish(article_id, editor)
    assert _allowed(room, "김민수", article_id) == []
    assert _allowed(room, "오세훈", article_id) == ["unpublish"]
    workflow.transition(article_id, editor, "unpublish")
    assert _allowed(room, "오세훈", article_id) == ["publish"]

    ArticleService(room).trash(article_id)
    assert _allowed(room, "오세훈", article_id) == []


def test_actions_every_action_recorded_with_actor_in_history(room: Newsroom) -> None:
    workflow = WorkflowService(room)
    kim, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    article_id = new_draft(room, "김민수")
    workflow.submit(article_id, kim, note="  마감 전 송고  ", confirm_warnings=True)
    workflow.transition(article_id, editor, "return", note="사진 설명 보강")
    (first, second) = workflow.history(article_id)
    assert (first.actor, first.note) == ("김민수", "마감 전 송고")
    assert (second.actor, second.action, second.note) == ("오세훈", "return", "사진 설명 보강")
    assert first.at.tzinfo is not None
    assert ArticleService(room).get(article_id).updated_by_id == editor


def test_reporter_cannot_take_an_article_without_author_or_give_theirs_away(
    room: Newsroom,
) -> None:
    articles = ArticleService(room)
    kim = person_id(room, "김민수")
    editor = person_id(room, "오세훈")
    desk_draft = articles.create(ArticleFields(headline="데스크 초안"), actor_id=editor)
    assert desk_draft.author_id is None
    with pytest.raises(PermissionDeniedError, match="did not write"):
        articles.save(
            desk_draft.id, ArticleFields(headline="가로채기"), expected_version=1, actor_id=kim
        )
    with pytest.raises(PermissionDeniedError, match="did not write"):
        WorkflowService(room).submit(desk_draft.id, kim, confirm_warnings=True)

    mine = articles.get(new_draft(room, "김민수"))
    handed = ArticleFields.of(mine)
    handed.author_id = None
    with pytest.raises(PermissionDeniedError, match="change the author"):
        articles.save(mine.id, handed, expected_version=mine.version, actor_id=kim)
    assert articles.get(mine.id).author_id == kim
