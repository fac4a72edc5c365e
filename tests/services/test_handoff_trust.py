"""What a hand-off file may change on the receiving PC: never anyone's role, and
never a live (published, scheduled, approved…) article in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select
from tests.services.handoff_files import rehash, with_manifest

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ValidationError
from newsdesk.services.handoff import export_handoff, import_handoff, read_manifest
from newsdesk.services.handoff_review import HandoffReviewService
from newsdesk.services.importing import person_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publishing import publish
from newsdesk.services.revisions import RevisionService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.store.models import Article, Person, Role, Transition


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    yield room
    room.close()


def _roles(room: Newsroom) -> dict[str, str]:
    with room.db.session() as session:
        return {p.name: p.role for p in session.scalars(select(Person))}


def _written_by(room: Newsroom, name: str, role: Role, headline: str) -> str:
    with room.db.session() as session:
        author_id = person_named(session, name, role).id
    return ArticleService(room).create(ArticleFields(headline=headline, author_id=author_id)).id


def test_unknown_author_arrives_as_a_reporter_whatever_the_file_says(
    newsroom: Newsroom, other: Newsroom, tmp_path: Path
) -> None:
    ids = [
        _written_by(newsroom, "관리자", Role.ADMIN, "관리자가 쓴 기사"),
        _written_by(newsroom, "편집장", Role.EDITOR, "편집장이 쓴 기사"),
    ]
    result = import_handoff(other, export_handoff(newsroom, ids, tmp_path / "a.newsdesk").path)
    assert result.added == ids
    assert _roles(other) == {"관리자": "reporter", "편집장": "reporter"}


def test_a_forged_role_changes_nobody(newsroom: Newsroom, other: Newsroom, tmp_path: Path) -> None:
    article_id = _written_by(newsroom, "김민수", Role.REPORTER, "기자 기사")
    with other.db.session() as session:
        person_named(session, "김민수", Role.REPORTER)
        person_named(session, "이데스크", Role.EDITOR)
    sent = export_handoff(newsroom, [article_id], tmp_path / "a.newsdesk").path

    def promote(manifest: dict[str, Any]) -> None:  # the role is not part of the content hash
        manifest["articles"][0]["author"]["role"] = "admin"

    import_handoff(other, with_manifest(sent, tmp_path / "승격.newsdesk", promote))
    assert _roles(other) == {"김민수": "reporter", "이데스크": "editor"}


# ----------------------------------------------------------- live articles


def _photo_file(folder: Path, colour: tuple[int, int, int]) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{colour[0]}.jpg"
    Image.new("RGB", (320, 240), colour).save(path, "JPEG")
    return path


def _published_with_photo(room: Newsroom, folder: Path) -> str:
    article = ArticleService(room).create(ArticleFields(headline="원래 제목", body="원래 본문\n"))
    photo = _photo_file(folder, (10, 120, 200))
    list(PhotoService(room).add_files(article.id, [photo], [PhotoDetails("원래 캡션")]))
    publish(room, article.id)
    return article.id


def _edit(room: Newsroom, article_id: str, headline: str, body: str, caption: str) -> None:
    service = ArticleService(room)
    article = service.get(article_id)
    fields = ArticleFields.of(article)
    fields.headline, fields.body = headline, body
    service.save(article_id, fields, expected_version=article.version)
    photo = PhotoService(room).list_for(article_id)[0]
    PhotoService(room).update_details(photo.id, PhotoDetails(caption))


def _looks(room: Newsroom, article_id: str) -> tuple[object, ...]:
    article = ArticleService(room).get(article_id)
    captions = [p.caption for p in PhotoService(room).list_for(article_id)]
    return article.headline, article.body, captions, article.revised_at, article.version


def _reasons(room: Newsroom, article_id: str) -> list[str]:
    return [info.reason for info in reversed(RevisionService(room).for_article(article_id))]


def _editor(room: Newsroom, name: str = "오데스크", role: Role = Role.EDITOR) -> int:
    with room.db.session() as session:
        return person_named(session, name, role).id


def test_published_article_gets_a_waiting_update_the_editor_applies(
    newsroom: Newsroom, other: Newsroom, tmp_path: Path
) -> None:
    """The desk's own file went to a laptop, was edited there and came back."""
    desk, laptop = newsroom, other
    article_id = _published_with_photo(desk, tmp_path / "photos")
    sent = export_handoff(desk, [article_id], tmp_path / "to-laptop.newsdesk").path
    assert import_handoff(laptop, sent).added == [article_id]
    _edit(laptop, article_id, "바뀐 제목", "바뀐 본문\n", "바뀐 캡션")
    back = export_handoff(laptop, [article_id], tmp_path / "back.newsdesk").path
    before = _looks(desk, article_id)

    result = import_handoff(desk, back)
    assert (result.added, result.updated, result.skipped, result.conflicts) == ([], [], [], [])
    [waiting] = result.waiting
    assert (waiting.article_id, waiting.headline) == (article_id, "원래 제목")
    assert "published here" in waiting.message and waiting.revision_id[:8] in waiting.message
    assert _looks(desk, article_id) == before  # the live page is exactly as it was
    assert _reasons(desk, article_id)[-1] == "handoff-update"

    [pending] = HandoffReviewService(desk).pending()
    assert (pending.revision_id, pending.article_id) == (waiting.revision_id, article_id)
    assert (pending.headline, pending.new_headline, pending.status) == (
        "원래 제목",
        "바뀐 제목",
        "published",
    )
    assert "back.newsdesk" in pending.note

    reporter = _editor(desk, "김기자", Role.REPORTER)
    with pytest.raises(PermissionDeniedError):
        HandoffReviewService(desk).apply(waiting.revision_id, reporter)
    assert _looks(desk, article_id) == before

    editor = _editor(desk)
    applied = HandoffReviewService(desk).apply(waiting.revision_id, editor)
    assert (applied.headline, applied.body, applied.status) == (
        "바뀐 제목",
        "바뀐 본문\n",
        "published",
    )
    assert [p.caption for p in PhotoService(desk).list_for(article_id)] == ["바뀐 캡션"]
    assert applied.revised_at is not None and applied.revised_at != before[3]
    assert _reasons(desk, article_id)[-2:] == ["before-handoff", "handoff-applied"]
    history = RevisionService(desk).for_article(article_id)
    assert history[0].author == "오데스크" and history[1].headline == "원래 제목"
    assert HandoffReviewService(desk).pending() == []
    with pytest.raises(ValidationError, match="no longer waiting"):
        HandoffReviewService(desk).apply(waiting.revision_id, editor)
    assert import_handoff(desk, back).skipped == [article_id]


def _forged(room: Newsroom, article_id: str, folder: Path, **changes: Any) -> Path:
    """This PC's own export with the text changed and this PC's current hash
    listed as an ancestor: what the importer used to fast-forward blindly."""
    sent = export_handoff(room, [article_id], folder / "own.newsdesk").path

    def forge(manifest: dict[str, Any]) -> None:
        entry = manifest["articles"][0]
        entry["known_hashes"].append(entry["content_hash"])
        entry.update(changes)
        rehash(entry)

    return with_manifest(sent, folder / f"forged-{len(list(folder.iterdir()))}.newsdesk", forge)


@pytest.mark.parametrize(
    "status", ["published", "scheduled", "approved", "submitted", "in_review", "unpublished"]
)
def test_no_live_article_is_changed_in_place(
    newsroom: Newsroom, tmp_path: Path, status: str
) -> None:
    article_id = _published_with_photo(newsroom, tmp_path / "photos")
    with newsroom.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        article.status = status
    before = _looks(newsroom, article_id)
    forged = _forged(newsroom, article_id, tmp_path, headline="몰래 바꾼 제목", body="가짜\n")

    result = import_handoff(newsroom, forged)
    assert result.updated == [] and [w.article_id for w in result.waiting] == [article_id]
    assert f"it is {status} here" in result.waiting[0].message
    assert _looks(newsroom, article_id) == before
    with newsroom.db.session() as session:
        assert session.scalars(select(Transition)).all() == []


def test_an_older_edit_of_a_draft_waits_and_a_newer_one_fast_forwards(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    article = ArticleService(newsroom).create(ArticleFields(headline="초안", body="지금 본문\n"))
    older = _forged(
        newsroom, article.id, tmp_path, body="옛 본문\n", updated_at="2020-01-01T00:00:00+00:00"
    )
    result = import_handoff(newsroom, older)
    assert result.updated == [] and [w.article_id for w in result.waiting] == [article.id]
    assert "2020-01-01 00:00:00 UTC, not after this PC's copy" in result.waiting[0].message
    assert ArticleService(newsroom).get(article.id).body == "지금 본문\n"

    again = import_handoff(newsroom, older)  # the same file again: still the same update
    assert [w.revision_id for w in again.waiting] == [result.waiting[0].revision_id]
    assert _reasons(newsroom, article.id).count("handoff-update") == 1

    newer = _forged(
        newsroom, article.id, tmp_path, body="새 본문\n", updated_at="2199-01-01T00:00:00+00:00"
    )
    assert import_handoff(newsroom, newer).updated == [article.id]
    assert ArticleService(newsroom).get(article.id).body == "새 본문\n"
    assert HandoffReviewService(newsroom).pending() == []  # settled by the newer hand-off


def test_a_waiting_update_is_not_exported_as_part_of_this_version(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    """Otherwise its sender would take the desk's unchanged text as the newer one."""
    article_id = _published_with_photo(newsroom, tmp_path / "photos")
    forged = _forged(newsroom, article_id, tmp_path, headline="제안된 제목")
    waiting_hash = read_manifest(forged)["articles"][0]["content_hash"]
    assert import_handoff(newsroom, forged).waiting
    again = read_manifest(export_handoff(newsroom, [article_id], tmp_path / "x.newsdesk").path)
    assert waiting_hash not in again["articles"][0]["known_hashes"]
