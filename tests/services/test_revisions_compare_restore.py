"""Revision history: compare any two with a Korean-aware diff, restore as new revisions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import NotFoundError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.revisions import RevisionDiff, RevisionService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.models import Revision
from newsdesk.text.diff import Op, Segment

OLD_BODY = "시흥교육청은 내년부터 과밀학급을 줄인다.\n\n학부모들은 반겼다.\n"
NEW_BODY = "시흥교육청이 내년부터 과밀학급을 줄인다.\n\n학부모들은 반겼다.\n"


def section_id(newsroom: Newsroom, name: str) -> int:
    return next(s.id for s in ArticleService(newsroom).sections() if s.name == name)


def edit(room: Newsroom, article_id: str, actor: int, **changes: object) -> None:
    articles = ArticleService(room)
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    for name, value in changes.items():
        setattr(fields, name, value)
    articles.save(article_id, fields, expected_version=current.version, actor_id=actor)


def revision_count(room: Newsroom, article_id: str) -> int:
    with room.db.session() as session:
        return int(
            session.scalar(select(func.count(Revision.id)).where(Revision.article_id == article_id))
            or 0
        )


@pytest.fixture
def edited(room: Newsroom, tmp_path: Path) -> tuple[str, str, str]:
    """An article saved twice with every kind of change in between: (id, old rev, new rev)."""
    kim = person_id(room, "김민수")
    fields = ArticleFields(
        headline="시흥 교육청은 왜 나섰나",
        body=OLD_BODY,
        section_id=section_id(room, "교육"),
        tags=["교육", "과밀학급"],
    )
    article_id = ArticleService(room).create(fields, actor_id=kim).id
    picture = tmp_path / "school.jpg"
    Image.new("RGB", (800, 600), (10, 160, 90)).save(picture, "JPEG")
    photos = PhotoService(room)
    details = PhotoDetails(caption="시흥 한 초등학교 교실", credit="김민수 기자", alt_text="교실")
    (progress,) = list(photos.add_files(article_id, [picture], [details]))
    assert progress.photo_id is not None
    edit(room, article_id, kim)
    old_rev = RevisionService(room).for_article(article_id)[0].id

    photos.update_details(
        progress.photo_id,
        PhotoDetails(caption="시흥 한 초등학교 과밀 교실", credit="김민수 기자", alt_text="교실"),
    )
    edit(
        room,
        article_id,
        kim,
        headline="시흥 교육청이 왜 나섰나",
        body=NEW_BODY,
        section_id=section_id(room, "사회"),
        tags=["교육", "학급"],
    )
    WorkflowService(room).submit(article_id, kim, confirm_warnings=True)
    new_rev = RevisionService(room).for_article(article_id)[0].id
    return article_id, old_rev, new_rev


def by_field(diff: RevisionDiff) -> dict[str, list[Segment]]:
    return {c.field: c.segments for c in diff.fields}


def test_for_article_lists_newest_first_with_authors(
    room: Newsroom, edited: tuple[str, str, str]
) -> None:
    article_id, old_rev, new_rev = edited
    infos = RevisionService(room).for_article(article_id)
    assert [i.reason for i in infos] == ["submit", "save", "save", "create"]
    assert infos[0].id == new_rev and infos[-2].id == old_rev
    assert {i.author for i in infos} == {"김민수"}
    assert infos[0].headline == "시흥 교육청이 왜 나섰나"
    assert infos[-1].headline == "시흥 교육청은 왜 나섰나"  # the first draft
    assert all(a.created_at >= b.created_at for a, b in itertools.pairwise(infos))


def test_compare_shows_character_level_korean_changes(
    room: Newsroom, edited: tuple[str, str, str]
) -> None:
    _, old_rev, new_rev = edited
    diff = RevisionService(room).compare(old_rev, new_rev)
    assert not diff.unchanged
    assert (diff.old.id, diff.new.id) == (old_rev, new_rev)
    changes = by_field(diff)
    assert list(changes) == ["headline", "body", "section", "tags", "status"]
    labels = {c.field: c.label for c in diff.fields}
    assert labels["headline"] == "제목" and labels["body"] == "본문"

    assert changes["headline"] == [
        Segment(Op.EQUAL, "시흥 교육청"),
        Segment(Op.DELETE, "은"),
        Segment(Op.INSERT, "이"),
        Segment(Op.EQUAL, " 왜 나섰나"),
    ]
    body = changes["body"]
    assert [s for s in body if s.op != Op.EQUAL] == [
        Segment(Op.DELETE, "은"),
        Segment(Op.INSERT, "이"),
    ]
    assert "".join(s.text for s in body if s.op != Op.INSERT) == OLD_BODY
    assert "".join(s.text for s in body if s.op != Op.DELETE) == NEW_BODY

    def sides(field: str) -> tuple[str, str]:
        segments = changes[field]
        old = "".join(s.text for s in segments if s.op != Op.INSERT)
        new = "".join(s.text for s in segments if s.op != Op.DELETE)
        return old, new

    assert sides("section") == ("교육", "사회")
    assert sides("tags") == ("교육, 과밀학급", "교육, 학급")
    assert sides("status") == ("draft", "submitted")

    (photo,) = diff.photos
    assert photo.change == "changed"
    assert photo.lines() == [
        "사진 설명 변경: “시흥 한 초등학교 교실” → “시흥 한 초등학교 과밀 교실”"
    ]


def test_compare_identical_and_reversed(room: Newsroom, edited: tuple[str, str, str]) -> None:
    _, old_rev, new_rev = edited
    service = RevisionService(room)
    assert service.compare(old_rev, old_rev).unchanged
    backwards = by_field(service.compare(new_rev, old_rev))
    assert [s for s in backwards["headline"] if s.op != Op.EQUAL] == [
        Segment(Op.DELETE, "이"),
        Segment(Op.INSERT, "은"),
    ]
    with pytest.raises(NotFoundError):
        service.compare(old_rev, "no-such-revision")


def test_compare_lists_added_and_removed_photos(room: Newsroom, tmp_path: Path) -> None:
    kim = person_id(room, "김민수")
    article_id = ArticleService(room).create(ArticleFields(headline="사진"), actor_id=kim).id
    edit(room, article_id, kim)
    before = RevisionService(room).for_article(article_id)[0].id
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (640, 480), (200, 50, 50)).save(picture, "JPEG")
    details = [PhotoDetails(caption="새 사진", credit="김민수", alt_text="빨강")]
    (progress,) = list(PhotoService(room).add_files(article_id, [picture], details))
    edit(room, article_id, kim)
    after = RevisionService(room).for_article(article_id)[0].id
    diff = RevisionService(room).compare(before, after)
    assert diff.fields == []
    assert [(p.change, p.caption) for p in diff.photos] == [("added", "새 사진")]
    assert progress.photo_id is not None
    PhotoService(room).remove(progress.photo_id)
    edit(room, article_id, kim)
    latest = RevisionService(room).for_article(article_id)[0].id
    removed = RevisionService(room).compare(after, latest)
    assert [(p.change, p.caption) for p in removed.photos] == [("removed", "새 사진")]


def test_restore_creates_new_revisions_and_keeps_old_ones(
    room: Newsroom, edited: tuple[str, str, str]
) -> None:
    article_id, old_rev, new_rev = edited
    editor = person_id(room, "오세훈")
    service = RevisionService(room)
    before_ids = [i.id for i in service.for_article(article_id)]
    with room.db.session() as session:
        old_snapshot = dict(session.get(Revision, old_rev).snapshot)  # type: ignore[union-attr]
        new_snapshot = dict(session.get(Revision, new_rev).snapshot)  # type: ignore[union-attr]

    restored_id = service.restore(old_rev, editor)

    infos = service.for_article(article_id)
    assert [i.reason for i in infos[:2]] == ["restore", "before-restore"]
    assert infos[0].id == restored_id
    assert infos[0].author == "오세훈"
    assert old_rev[:8] in infos[0].note
    assert [i.id for i in infos[2:]] == before_ids  # nothing overwritten or dropped
    article = ArticleService(room).get(article_id)
    assert article.headline == "시흥 교육청은 왜 나섰나"
    assert article.body == OLD_BODY
    assert article.section_id == section_id(room, "교육")
    assert article.tags == ["교육", "과밀학급"]
    assert article.photos[0].caption == "시흥 한 초등학교 교실"
    assert article.status == "submitted"  # restore changes content, not the workflow state
    assert article.updated_by_id == editor

    with room.db.session() as session:
        assert session.get(Revision, old_rev).snapshot == old_snapshot  # type: ignore[union-attr]
        assert session.get(Revision, new_rev).snapshot == new_snapshot  # type: ignore[union-attr]
        before = session.get(Revision, infos[1].id)
        assert before is not None
        assert before.snapshot["headline"] == "시흥 교육청이 왜 나섰나"
        assert before.snapshot["body"] == NEW_BODY
    # The restored state equals the old one in every compared field.
    same = service.compare(old_rev, restored_id)
    assert [c.field for c in same.fields] == ["status"]  # draft then, submitted now
    assert same.photos == []
    # And restoring the pre-restore state undoes it, again as new revisions.
    service.restore(infos[1].id, editor)
    assert ArticleService(room).get(article_id).body == NEW_BODY
    assert revision_count(room, article_id) == len(before_ids) + 4


def test_reporter_cannot_restore_a_submitted_article(
    room: Newsroom, edited: tuple[str, str, str]
) -> None:
    article_id, old_rev, _ = edited
    count = revision_count(room, article_id)
    with pytest.raises(PermissionDeniedError):
        RevisionService(room).restore(old_rev, person_id(room, "김민수"))
    assert ArticleService(room).get(article_id).body == NEW_BODY
    assert revision_count(room, article_id) == count


def test_reporter_restores_own_draft(room: Newsroom) -> None:
    kim = person_id(room, "김민수")
    article_id = ArticleService(room).create(ArticleFields(headline="첫 제목"), actor_id=kim).id
    edit(room, article_id, kim)
    first = RevisionService(room).for_article(article_id)[0].id
    edit(room, article_id, kim, headline="둘째 제목")
    RevisionService(room).restore(first, kim)
    assert ArticleService(room).get(article_id).headline == "첫 제목"
    with pytest.raises(PermissionDeniedError):
        RevisionService(room).restore(first, person_id(room, "이서연"))


def test_restore_unknown_revision(room: Newsroom) -> None:
    with pytest.raises(NotFoundError):
        RevisionService(room).restore("0000-missing", person_id(room, "오세훈"))
