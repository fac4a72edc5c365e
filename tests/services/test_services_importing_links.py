"""Photos reached through symbolic links keep the name the reporter wrote.

Reporters link photos into an article folder instead of copying them; the
front matter names the link, so messages and the photo row must too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from newsdesk.services.importing import ImportFileError, MarkdownImporter
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Photo


def _link(link: Path, target: Path) -> Path:
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        link.symlink_to(target)
    except OSError as exc:  # Windows without the symlink privilege
        pytest.skip(f"cannot create symbolic links here: {exc}")
    return link


def _article(folder: Path, photo: str) -> Path:
    path = folder / "기사.md"
    path.write_text(f"---\ntitle: 링크 사진\nphotos:\n  - file: {photo}\n---\n본문\n", "utf-8")
    return path


def test_linked_photo_is_recorded_under_the_name_written(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    camera = tmp_path / "camera" / "IMG_4471.JPG"
    camera.parent.mkdir()
    Image.new("RGB", (320, 200), (10, 120, 200)).save(camera, "JPEG")
    _link(tmp_path / "article" / "img" / "school.jpg", camera)

    MarkdownImporter(newsroom).import_file(_article(tmp_path / "article", "img/school.jpg"))

    with newsroom.db.session() as session:
        assert session.scalars(select(Photo.original_name)).all() == ["school.jpg"]


def test_error_for_a_linked_photo_names_the_link(newsroom: Newsroom, tmp_path: Path) -> None:
    notes = tmp_path / "desk" / "memo-2026-11-29.txt"
    notes.parent.mkdir()
    notes.write_text("사진은 내일 보냄\n", "utf-8")
    _link(tmp_path / "article" / "hall.jpg", notes)
    path = _article(tmp_path / "article", "hall.jpg")

    with pytest.raises(ImportFileError) as caught:
        MarkdownImporter(newsroom).import_file(path)

    message = str(caught.value)
    assert "hall.jpg" in message and "text file" in message
    assert "memo-2026-11-29" not in message


def test_error_for_a_dangling_link_names_the_link(newsroom: Newsroom, tmp_path: Path) -> None:
    _link(tmp_path / "article" / "gone.jpg", tmp_path / "usb" / "DSC_0001.JPG")
    path = _article(tmp_path / "article", "gone.jpg")

    with pytest.raises(ImportFileError) as caught:
        MarkdownImporter(newsroom).import_file(path)

    message = str(caught.value)
    assert "photo gone.jpg: the file is a link to " in message
    assert message.endswith(
        "DSC_0001.JPG, which does not exist (was it moved, or is its drive not connected?)"
    )
