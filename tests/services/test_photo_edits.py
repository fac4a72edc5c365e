"""PhotoEditService: crop and rotation stored on the row, files made again from the original."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select
from tests.services.conftest import person_id

from newsdesk.media.photo_edit import EDIT_KINDS, CropBox, PhotoEdit, largest_box
from newsdesk.media.photo_store import PhotoStore
from newsdesk.publish.payload import build_payload
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.backup import create_backup
from newsdesk.services.backup_restore import restore_backup
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import PhotoEditService, photo_edit
from newsdesk.services.photos import PhotoService
from newsdesk.services.publishing import publish
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.services.views import article_view
from newsdesk.store.models import Article, Photo

SIZE = (1200, 800)


def _marked_jpeg(path: Path) -> Path:
    """White with a red block top-left: a quarter turn moves it to another corner."""
    image = Image.new("RGB", SIZE, "white")
    ImageDraw.Draw(image).rectangle((0, 0, 299, 199), fill=(220, 20, 20))
    image.save(path, "JPEG", quality=92)
    return path


def _article_with_photo(room: Newsroom, author: str, path: Path) -> tuple[str, Photo]:
    actor = person_id(room, author)
    article = ArticleService(room).create(ArticleFields(headline="사진 자르기"), actor_id=actor)
    progress = list(PhotoService(room).add_files(article.id, [path], actor_id=actor))
    assert progress[-1].error is None, progress[-1].error
    return article.id, PhotoService(room).list_for(article.id)[0]


def _row(room: Newsroom, photo_id: str) -> Photo:
    with room.db.session() as session:
        photo = session.get(Photo, photo_id)
        assert photo is not None
        return photo


def _view_photo(room: Newsroom, article_id: str):  # type: ignore[no-untyped-def]
    with room.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        return article_view(article, room.photos).photos[0]


def test_crop_and_rotation_are_stored_and_files_made_from_the_original(
    room: Newsroom, tmp_path: Path
) -> None:
    article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    original = room.photos.find_original(photo.sha256)
    assert original is not None
    original_bytes = original.read_bytes()
    social = largest_box((1200, 630), (800, 1200))
    edit = PhotoEdit(rotation=90, body=CropBox(0.0, 0.0, 0.5, 0.5), social=social)

    PhotoEditService(room).apply(photo.id, edit, actor_id=person_id(room, "김민수"))

    row = _row(room, photo.id)
    assert (row.rotation, row.crop_body, row.crop_thumb) == (90, [0.0, 0.0, 0.5, 0.5], None)
    assert row.crop_social == social.as_list()
    assert photo_edit(row) == edit
    # Turned clockwise the photo is 800 × 1200; half of each edge is 400 × 600.
    assert (row.web_width, row.web_height) == (400, 600)
    assert (row.width, row.height) == SIZE  # the original's facts stay
    web = room.photos.derivative_path(photo.sha256, "web", edit)
    with Image.open(web) as image:
        assert image.size == (400, 600)
        # The red block (stored top-left) is at the top-right after a clockwise turn.
        assert image.getpixel((390, 10))[0] > 200  # type: ignore[index]
        assert min(image.getpixel((10, 10))) > 230  # type: ignore[arg-type]
    with Image.open(room.photos.derivative_path(photo.sha256, "social", edit)) as image:
        assert image.size == (800, 420)  # narrower than 1200: not upscaled, ratio kept
    assert original.read_bytes() == original_bytes
    # The page and the preview use the cropped files.
    view = _view_photo(room, article_id)
    assert view.web_file == room.photos.derivative_name(photo.sha256, "web", edit)
    assert view.social_file == room.photos.derivative_name(photo.sha256, "social", edit)
    assert (view.width, view.height, view.social_size) == (400, 600, (800, 420))


def test_two_articles_sharing_one_original_keep_their_own_crops(
    room: Newsroom, tmp_path: Path
) -> None:
    source = _marked_jpeg(tmp_path / "shared.jpg")
    first_id, first = _article_with_photo(room, "김민수", source)
    second_id, second = _article_with_photo(room, "이서연", source)
    assert first.sha256 == second.sha256  # one original in the store
    left = PhotoEdit(body=CropBox(0.0, 0.0, 0.5, 1.0))
    right = PhotoEdit(body=CropBox(0.5, 0.0, 0.5, 1.0))
    service = PhotoEditService(room)

    service.apply(first.id, left)
    service.apply(second.id, right)

    first_view, second_view = _view_photo(room, first_id), _view_photo(room, second_id)
    assert first_view.web_file != second_view.web_file
    for view, red in ((first_view, True), (second_view, False)):
        with Image.open(room.photos.media_root / view.web_file) as image:
            assert image.size == (600, 800)
            # Red (little green) only in the left half's corner.
            assert (image.getpixel((10, 10))[1] < 60) is red  # type: ignore[index]
    # Putting one back as imported leaves the other's crop and file alone.
    service.apply(first.id, PhotoEdit())
    assert _view_photo(room, first_id).web_file == room.photos.derivative_name(first.sha256, "web")
    assert (_row(room, first.id).web_width, _row(room, first.id).web_height) == SIZE
    assert (room.photos.media_root / second_view.web_file).is_file()
    assert _view_photo(room, second_id).web_file == second_view.web_file


def test_fixed_ratio_crops_are_stored_trimmed_to_their_ratio(
    room: Newsroom, tmp_path: Path
) -> None:
    _article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    PhotoEditService(room).apply(
        photo.id, PhotoEdit(thumb=CropBox(0, 0, 1, 1), social=CropBox(0, 0, 1, 1))
    )
    edit = photo_edit(_row(room, photo.id))
    assert edit.thumb == largest_box((4, 3), SIZE)
    assert edit.social == largest_box((1200, 630), SIZE)
    with Image.open(room.photos.derivative_path(photo.sha256, "thumb", edit)) as image:
        assert image.size == (320, 240)


def test_who_may_not_edit_the_article_may_not_crop_its_photos(
    room: Newsroom, tmp_path: Path
) -> None:
    article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    service = PhotoEditService(room)
    edit = PhotoEdit(rotation=180)

    with pytest.raises(PermissionDeniedError) as refused:
        service.apply(photo.id, edit, actor_id=person_id(room, "이서연"))
    assert refused.value.code == "not_author"
    with room.db.session() as session:  # sent to the desk (the checks are not the point here)
        article = session.get(Article, article_id)
        assert article is not None
        article.status = "submitted"
    with pytest.raises(PermissionDeniedError) as refused:
        service.apply(photo.id, edit, actor_id=person_id(room, "김민수"))
    assert refused.value.code == "status"
    assert photo_edit(_row(room, photo.id)) == PhotoEdit()
    assert list(room.photos.media_root.rglob(f"{photo.sha256}-*-*.jpg")) == []

    service.apply(photo.id, edit, actor_id=person_id(room, "오세훈"))  # the desk may
    assert photo_edit(_row(room, photo.id)) == edit


def test_tiny_boxes_and_missing_originals_are_refused_with_the_row_unchanged(
    room: Newsroom, tmp_path: Path
) -> None:
    _article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    service = PhotoEditService(room)
    with pytest.raises(ValidationError, match="crop_body"):
        service.apply(photo.id, PhotoEdit(body=CropBox(0.5, 0.5, 0.01, 0.01)))
    original = room.photos.find_original(photo.sha256)
    assert original is not None
    original.unlink()
    with pytest.raises(NotFoundError, match=r"a\.jpg"):
        service.apply(photo.id, PhotoEdit(rotation=90))
    with pytest.raises(NotFoundError):
        service.apply("no-such-photo", PhotoEdit())
    assert photo_edit(_row(room, photo.id)) == PhotoEdit()


def test_a_damaged_stored_crop_shows_the_photo_as_imported(room: Newsroom, tmp_path: Path) -> None:
    article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    with room.db.session() as session:
        row = session.scalars(select(Photo).where(Photo.id == photo.id)).one()
        row.crop_body = [0.5, 0.5, 0.9, 0.9]  # reaches outside the photo
    assert _view_photo(room, article_id).web_file == room.photos.derivative_name(
        photo.sha256, "web"
    )


def test_the_server_payload_sends_the_cropped_file(room: Newsroom, tmp_path: Path) -> None:
    article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    edit = PhotoEdit(rotation=270, body=CropBox(0.0, 0.5, 1.0, 0.5))
    PhotoEditService(room).apply(photo.id, edit)
    publish(room, article_id)
    with room.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        payload = build_payload(article_view(article, room.photos), room.photos)

    (media,) = payload.media
    assert media.path == room.photos.derivative_path(photo.sha256, "web", edit)
    assert media.sha256 == hashlib.sha256(media.read()).hexdigest()
    (sent,) = payload.body["photos"]
    assert (sent["sha256"], sent["width"], sent["height"]) == (media.sha256, 800, 600)
    assert payload.body["main_photo"] == media.sha256


def test_a_duplicated_article_keeps_its_photo_crops(room: Newsroom, tmp_path: Path) -> None:
    article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    edit = PhotoEdit(rotation=90, social=largest_box((1200, 630), (800, 1200)))
    PhotoEditService(room).apply(photo.id, edit)

    copy = ArticleService(room).duplicate(article_id)

    assert _view_photo(room, copy.id).web_file == _view_photo(room, article_id).web_file
    assert photo_edit(PhotoService(room).list_for(copy.id)[0]) == edit


@pytest.mark.sqlite_only("a backup is of the data folder's SQLite file")
def test_a_restored_backup_has_the_cropped_files_again(room: Newsroom, tmp_path: Path) -> None:
    _article_id, photo = _article_with_photo(room, "김민수", _marked_jpeg(tmp_path / "a.jpg"))
    edit = PhotoEdit(rotation=90, social=largest_box((1200, 630), (800, 1200)))
    PhotoEditService(room).apply(photo.id, edit)
    made = {kind: room.photos.derivative_path(photo.sha256, kind, edit) for kind in EDIT_KINDS}
    report = create_backup(room.data_dir, tmp_path / "backup.zip")

    restored = restore_backup(report.path, tmp_path / "restored")

    assert restored.problems == ()
    again = PhotoStore(tmp_path / "restored" / "photos")
    for kind, path in made.items():
        copy = again.derivative_path(photo.sha256, kind, edit)
        assert copy.read_bytes() == path.read_bytes(), kind
