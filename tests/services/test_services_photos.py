"""PhotoService with real JPEG files made by Pillow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService


def _jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (800, 600)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def article_id(newsroom: Newsroom) -> str:
    return ArticleService(newsroom).create(ArticleFields(headline="사진 기사")).id


@pytest.fixture
def photo_files(tmp_path: Path) -> list[Path]:
    colours = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]
    return [_jpeg(tmp_path / f"p{i}.jpg", c) for i, c in enumerate(colours)]


def _positions(service: PhotoService, article_id: str) -> list[tuple[str, int, bool]]:
    return [(p.original_name, p.position, p.is_main) for p in service.list_for(article_id)]


def test_attach_first_photo_is_main(
    newsroom: Newsroom, article_id: str, photo_files: list[Path]
) -> None:
    service = PhotoService(newsroom)
    imported = service.importer.import_file(photo_files[0])
    photo = service.attach(
        article_id, imported, PhotoDetails(" 캡션 ", "사진=김민수", "빨간 사각형")
    )
    assert photo.is_main and photo.position == 0
    assert (photo.caption, photo.credit, photo.alt_text) == ("캡션", "사진=김민수", "빨간 사각형")
    assert (photo.width, photo.height) == (800, 600)
    assert newsroom.photos.has_original(photo.sha256)
    second = service.attach(article_id, service.importer.import_file(photo_files[1]))
    assert not second.is_main and second.position == 1
    article = ArticleService(newsroom).get(article_id)
    assert article.main_photo is not None and article.main_photo.id == photo.id


def test_add_files_continues_after_a_bad_file(
    newsroom: Newsroom, article_id: str, photo_files: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"this is not a jpeg at all" * 10)
    service = PhotoService(newsroom)
    progress = list(service.add_files(article_id, [photo_files[0], bad, photo_files[1]]))
    assert [p.done for p in progress] == [1, 2, 3]
    assert all(p.total == 3 for p in progress)
    assert progress[0].error is None and progress[2].error is None
    assert progress[1].photo_id is None
    assert progress[1].error is not None and "broken.jpg" in progress[1].error
    assert _positions(service, article_id) == [("p0.jpg", 0, True), ("p1.jpg", 1, False)]


def test_set_main_and_reorder(newsroom: Newsroom, article_id: str, photo_files: list[Path]) -> None:
    service = PhotoService(newsroom)
    ids = [p.photo_id for p in service.add_files(article_id, photo_files)]
    assert all(ids)
    p0, p1, p2 = (str(i) for i in ids)
    service.set_main(article_id, p2)
    assert [p.is_main for p in service.list_for(article_id)] == [False, False, True]
    service.reorder(article_id, [p2, p0, p1])
    assert [p.id for p in service.list_for(article_id)] == [p2, p0, p1]
    with pytest.raises(ValidationError):
        service.reorder(article_id, [p2, p0])
    with pytest.raises(ValidationError):
        service.reorder(article_id, [p2, p0, p0])
    with pytest.raises(ValidationError):
        service.reorder(article_id, [p2, p0, p1, "nope"])
    assert [p.id for p in service.list_for(article_id)] == [p2, p0, p1]
    with pytest.raises(NotFoundError):
        service.set_main(article_id, "not-a-photo")


def test_remove_renumbers_and_reassigns_main(
    newsroom: Newsroom, article_id: str, photo_files: list[Path]
) -> None:
    service = PhotoService(newsroom)
    ids = [str(p.photo_id) for p in service.add_files(article_id, photo_files)]
    service.remove(ids[1])
    assert _positions(service, article_id) == [("p0.jpg", 0, True), ("p2.jpg", 1, False)]
    service.remove(ids[0])  # the main photo
    assert _positions(service, article_id) == [("p2.jpg", 0, True)]
    sha = service.list_for(article_id)[0].sha256
    service.remove(ids[2])
    assert service.list_for(article_id) == []
    assert newsroom.photos.has_original(sha)  # the stored file stays
    with pytest.raises(NotFoundError):
        service.remove(ids[2])


def test_update_details(newsroom: Newsroom, article_id: str, photo_files: list[Path]) -> None:
    service = PhotoService(newsroom)
    (progress,) = list(service.add_files(article_id, photo_files[:1]))
    service.update_details(str(progress.photo_id), PhotoDetails("새 캡션", "제공=시흥시", "대체"))
    (photo,) = service.list_for(article_id)
    assert (photo.caption, photo.credit, photo.alt_text) == ("새 캡션", "제공=시흥시", "대체")
