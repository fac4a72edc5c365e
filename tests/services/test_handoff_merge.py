"""Hand-off files between two separate data folders: round trip, re-import,
fast-forward, both-changed conflicts; public numbers do not travel (so never collide)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import NotFoundError
from newsdesk.services.handoff import (
    HANDOFF_SUFFIX,
    HandoffError,
    HandoffImportReport,
    export_handoff,
    import_handoff,
    read_manifest,
)
from newsdesk.services.importing import person_named, section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publishing import publish
from newsdesk.store.models import Article, Person, Photo, Revision, Role, Section, Transition

COLOURS = [(200, 40, 40), (40, 160, 60), (40, 60, 200), (220, 200, 40)]


def _jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (640, 480), colour).save(path, "JPEG", quality=85)
    return path


def _make_articles(room: Newsroom, folder: Path) -> list[str]:
    """Three articles, five photo rows, four distinct files (one shared by two articles)."""
    folder.mkdir()
    with room.db.session() as session:
        section_id = section_named(session, "사회").id
        author_id = person_named(session, "김민수", Role.REPORTER).id
    files = [_jpeg(folder / f"사진{i}.jpg", colour) for i, colour in enumerate(COLOURS)]
    articles, photos = ArticleService(room), PhotoService(room)
    plan = [[0, 1], [2, 3], [0]]
    ids: list[str] = []
    for number, photo_files in enumerate(plan):
        article = articles.create(
            ArticleFields(
                headline=f"시흥시 소식 {number}",
                subheadline="부제목",
                body=f"**교육부(장관)**는 {number}일 발표했다.\n\n둘째 문단.\n",
                summary="요약",
                section_id=section_id,
                author_id=author_id,
                tags=["시흥", f"태그{number}"],
            )
        )
        details = [
            PhotoDetails(f"캡션 {number}-{i}", "사진=김민수", f"대체 {number}-{i}")
            for i in range(len(photo_files))
        ]
        results = list(photos.add_files(article.id, [files[i] for i in photo_files], details))
        assert all(result.error is None for result in results)
        ids.append(article.id)
    first = photos.list_for(ids[0])
    photos.set_main(ids[0], first[1].id)
    second = photos.list_for(ids[1])
    photos.reorder(ids[1], [second[1].id, second[0].id])
    return ids


def _counts(room: Newsroom) -> dict[str, int]:
    with room.db.session() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Article, Photo, Revision, Section, Person, Transition)
        }


def _reasons(room: Newsroom, article_id: str) -> list[str]:
    with room.db.session() as session:
        return list(
            session.scalars(
                select(Revision.reason)
                .where(Revision.article_id == article_id)
                .order_by(Revision.created_at)
            )
        )


def _revision_bodies(room: Newsroom, article_id: str, reason: str) -> list[str]:
    with room.db.session() as session:
        snaps = session.scalars(
            select(Revision.snapshot).where(
                Revision.article_id == article_id, Revision.reason == reason
            )
        )
        return [str(snap["body"]) for snap in snaps]


def _photo_meta(room: Newsroom, article_id: str) -> list[tuple[object, ...]]:
    return [
        (p.sha256, p.original_name, p.caption, p.credit, p.alt_text, p.position, p.is_main)
        for p in PhotoService(room).list_for(article_id)
    ]


def _edit(room: Newsroom, article_id: str, body: str, *, save_point: bool = True) -> None:
    service = ArticleService(room)
    article = service.get(article_id)
    fields = ArticleFields.of(article)
    fields.body = body
    service.save(article_id, fields, expected_version=article.version, save_point=save_point)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    yield room
    room.close()


@pytest.fixture
def ids(newsroom: Newsroom, tmp_path: Path) -> list[str]:
    return _make_articles(newsroom, tmp_path / "files")


def _hand_over(
    sender: Newsroom, receiver: Newsroom, ids: list[str], path: Path
) -> HandoffImportReport:
    export_handoff(sender, ids, path)
    return import_handoff(receiver, path)


def test_round_trip_copies_text_photos_and_derivatives(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    report = export_handoff(newsroom, ids, tmp_path / "기사묶음")
    assert report.path == tmp_path / f"기사묶음{HANDOFF_SUFFIX}"
    assert (report.articles, report.photos) == (3, 4)
    assert report.bytes == report.path.stat().st_size
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    result = import_handoff(other, report.path)
    assert result.added == ids
    assert (result.updated, result.skipped, result.conflicts) == ([], [], [])
    for article_id in ids:
        mine, theirs = (
            ArticleService(newsroom).get(article_id),
            ArticleService(other).get(article_id),
        )
        for name in ("headline", "subheadline", "body", "summary", "byline", "tags", "status"):
            assert getattr(theirs, name) == getattr(mine, name)
        assert theirs.section is not None and theirs.section.name == "사회"
        assert theirs.author is not None and theirs.author.name == "김민수"
        assert _photo_meta(other, article_id) == _photo_meta(newsroom, article_id)
        for photo in PhotoService(other).list_for(article_id):
            original = other.photos.find_original(photo.sha256)
            source = newsroom.photos.find_original(photo.sha256)
            assert original is not None and source is not None
            assert original.read_bytes() == source.read_bytes()
            assert other.photos.existing_derivative_sizes(photo.sha256) is not None
            assert (photo.width, photo.height) == (640, 480)
        assert _reasons(other, article_id) == ["handoff"]
    main = [m for m in _photo_meta(other, ids[0]) if m[6]]
    assert main and main[0][2] == "캡션 0-1"
    assert [m[2] for m in _photo_meta(other, ids[1])] == ["캡션 1-1", "캡션 1-0"]


def test_reimport_changes_nothing(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.newsdesk"
    _hand_over(newsroom, other, ids, path)
    before = _counts(other)
    files = sorted(other.photos.root.rglob("*"))
    again = import_handoff(other, path)
    assert again.skipped == ids and not (again.added or again.updated or again.conflicts)
    assert _counts(other) == before
    assert sorted(other.photos.root.rglob("*")) == files


def test_edit_on_sender_only_fast_forwards(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    _hand_over(newsroom, other, ids, tmp_path / "1.newsdesk")
    _edit(newsroom, ids[0], "고친 본문\n", save_point=False)  # not even a save point
    photo = PhotoService(newsroom).list_for(ids[0])[0]
    PhotoService(newsroom).update_details(photo.id, PhotoDetails("새 캡션", "사진=박", "새 대체"))

    result = _hand_over(newsroom, other, ids, tmp_path / "2.newsdesk")
    assert result.updated == [ids[0]] and result.skipped == ids[1:]
    assert not result.conflicts
    assert ArticleService(other).get(ids[0]).body == "고친 본문\n"
    assert _photo_meta(other, ids[0]) == _photo_meta(newsroom, ids[0])
    assert _reasons(other, ids[0])[-1] == "handoff"
    assert import_handoff(other, tmp_path / "2.newsdesk").skipped == ids


def test_receiver_newer_is_skipped(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    export_handoff(newsroom, ids, tmp_path / "old.newsdesk")
    import_handoff(other, tmp_path / "old.newsdesk")
    _edit(other, ids[0], "데스크가 고친 본문\n")
    result = import_handoff(other, tmp_path / "old.newsdesk")
    assert result.skipped == ids and not result.conflicts
    assert ArticleService(other).get(ids[0]).body == "데스크가 고친 본문\n"


@pytest.mark.parametrize("receiver_save_point", [True, False])
def test_both_changed_keeps_both_as_revisions(
    newsroom: Newsroom,
    other: Newsroom,
    ids: list[str],
    tmp_path: Path,
    receiver_save_point: bool,
) -> None:
    _hand_over(newsroom, other, ids, tmp_path / "1.newsdesk")
    _edit(newsroom, ids[0], "기자가 고친 본문\n")
    _edit(other, ids[0], "데스크가 고친 본문\n", save_point=receiver_save_point)
    export_handoff(newsroom, ids, tmp_path / "기사묶음.newsdesk")

    result = import_handoff(other, tmp_path / "기사묶음.newsdesk")
    assert [note.article_id for note in result.conflicts] == [ids[0]]
    assert result.conflicts[0].headline == "시흥시 소식 0"
    assert "기사묶음.newsdesk" in result.conflicts[0].message
    assert ids[0] not in result.added + result.updated + result.skipped
    assert ArticleService(other).get(ids[0]).body == "데스크가 고친 본문\n"
    assert _revision_bodies(other, ids[0], "handoff-conflict") == ["기자가 고친 본문\n"]
    local_reason = "save" if receiver_save_point else "handoff-local"
    assert "데스크가 고친 본문\n" in _revision_bodies(other, ids[0], local_reason)

    before = _counts(other)
    again = import_handoff(other, tmp_path / "기사묶음.newsdesk")
    assert again.skipped == ids and not again.conflicts
    assert _counts(other) == before

    # The desk was told and kept its version: sending it back fast-forwards the reporter.
    back = _hand_over(other, newsroom, ids, tmp_path / "back.newsdesk")
    assert back.updated == [ids[0]] and not back.conflicts
    assert ArticleService(newsroom).get(ids[0]).body == "데스크가 고친 본문\n"
    assert "기자가 고친 본문\n" in _revision_bodies(newsroom, ids[0], "save")
    settled = _hand_over(newsroom, other, ids, tmp_path / "settled.newsdesk")
    assert settled.skipped == ids


def test_a_public_number_in_the_file_is_never_taken_so_never_collides(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    """The sender's no. 1 is this PC's no. 1 too: nothing is dropped, nothing clashes,
    because a file's article arrives unnumbered and is numbered when published here."""
    publish(newsroom, ids[0])
    local = ArticleService(other).create(ArticleFields(headline="여기서 먼저 출고"))
    assert publish(other, local.id).number == 1

    result = _hand_over(newsroom, other, ids, tmp_path / "n.newsdesk")
    assert result.added == ids and result.conflicts == []
    [held] = result.held_back
    assert (held.article_id, held.claimed_status, held.claimed_number) == (ids[0], "published", 1)
    assert held.message.startswith("arrived as submitted; the file said published as no. 1 (")
    received = ArticleService(other).get(ids[0])
    assert (received.number, received.status) == (None, "submitted")
    assert ArticleService(other).get(local.id).number == 1  # this PC's own is untouched
    assert publish(other, ids[0]).number == 2


def test_a_published_article_arrives_submitted_without_its_number(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    """Was: the published number travelled when free. A file never makes anything live:
    the desk here publishes it, and the number, slug and times are this PC's."""
    published = publish(newsroom, ids[1])
    assert published.number is not None and published.published_at is not None
    result = _hand_over(newsroom, other, ids, tmp_path / "p.newsdesk")
    assert not result.conflicts
    received = ArticleService(other).get(ids[1])
    assert (received.number, received.slug, received.status) == (None, "", "submitted")
    assert (received.published_at, received.revised_at, received.scheduled_at) == (None,) * 3
    [held] = result.held_back
    assert (held.article_id, held.status, held.claimed_status) == (ids[1], "submitted", "published")
    assert (held.claimed_number, held.claimed_published_at) == (
        published.number,
        published.published_at,
    )
    assert f"the file said published as no. {published.number} (published " in held.message
    assert [i for i in ids if i != ids[1]] == [
        i for i in ids if ArticleService(other).get(i).status == "draft"
    ]  # the drafts stayed drafts, with no line of their own

    again = publish(other, ids[1])  # numbered here, on first publish here
    assert (again.number, again.slug) == (1, published.slug)
    assert again.published_at is not None and again.published_at != published.published_at


def test_actor_recorded_and_preview(
    newsroom: Newsroom, other: Newsroom, ids: list[str], tmp_path: Path
) -> None:
    path = export_handoff(newsroom, ids[:1], tmp_path / "one.newsdesk").path
    manifest = read_manifest(path)
    assert manifest["format"] == "newsdesk-handoff" and manifest["version"] == 1
    assert [entry["headline"] for entry in manifest["articles"]] == ["시흥시 소식 0"]
    assert len(manifest["files"]) == 2
    with other.db.session() as session:
        editor = Person(name="이데스크", role=Role.EDITOR.value)
        session.add(editor)
        session.flush()
        editor_id = editor.id
    import_handoff(other, path, actor_id=editor_id)
    with other.db.session() as session:
        authors = set(session.scalars(select(Revision.author_id)))
    assert authors == {editor_id}
    with pytest.raises(NotFoundError):
        import_handoff(other, path, actor_id=9999)


def test_export_errors_name_the_file(newsroom: Newsroom, ids: list[str], tmp_path: Path) -> None:
    with pytest.raises(HandoffError, match=r"빈묶음\.newsdesk: no articles"):
        export_handoff(newsroom, [], tmp_path / "빈묶음.newsdesk")
    with pytest.raises(NotFoundError):
        export_handoff(newsroom, ["00000000-0000-0000-0000-000000000000"], tmp_path / "x")
    with pytest.raises(HandoffError, match=r"없는폴더\.newsdesk: the folder"):
        export_handoff(newsroom, ids, tmp_path / "nowhere" / "없는폴더.newsdesk")
    target = tmp_path / "same.newsdesk"
    export_handoff(newsroom, ids, target)
    export_handoff(newsroom, ids[:1], target)  # replaced whole, no temp file left behind
    assert len(read_manifest(target)["articles"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
