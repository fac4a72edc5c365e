"""A full data disk while typing: said plainly, never claimed saved, retried when room is back.

The data folder lives on a real 16 MB tmpfs filled by a file (tests/tmpfs.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.tmpfs import fill, free_space, small_tmpfs

from newsdesk.services.articles import ArticleService
from newsdesk.services.autosave import AutosaveService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow

from .conftest import ModalAnswerer, TypeText, close_window


@pytest.fixture
def disk(tmp_path: Path, demo_template: Path) -> Iterator[tuple[Path, Newsroom]]:
    with small_tmpfs(tmp_path / "disk", "16m") as mount_point:
        shutil.copytree(demo_template, mount_point / "data")
        room = Newsroom.open(mount_point / "data")
        try:
            yield mount_point, room
        finally:
            room.close()


@pytest.fixture
def window(qtbot: QtBot, disk: tuple[Path, Newsroom], tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(disk[1], settings=settings)
    qtbot.addWidget(made, before_close_func=lambda w: w.autosave.discard_changes())
    made.show()
    qtbot.waitExposed(made)
    yield made
    close_window(made)


def _reader(warnings: list[str]) -> Callable[[QWidget], bool]:
    """A modal handler that reads a message box's text into ``warnings`` and closes it."""

    def read(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            warnings.append(widget.text())
            widget.accept()
            return True
        return False

    return read


def test_autosave_on_a_full_disk_says_so_and_retries(
    qtbot: QtBot,
    disk: tuple[Path, Newsroom],
    window: MainWindow,
    type_text: TypeText,
    modals: ModalAnswerer,
) -> None:
    mount_point, room = disk
    article_id = ArticleService(room).rows()[0].id
    window.open_article(article_id)
    before = ArticleService(room).get(article_id).body
    warnings: list[str] = []
    read_warning = _reader(warnings)
    fill(mount_point)
    modals.on(read_warning)
    window.editor.body.setFocus()
    type_text(window.editor.body, "가득 찬 디스크에서 쓴 문장")
    typed = window.editor.body.toPlainText()
    window.autosave.store_now()  # what the timer does

    assert window.storage_warning.failing
    assert "full" in window.save_state_label.text()
    assert "Autosaved" not in window.save_state_label.text()
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)
    assert str(mount_point / "data") in warnings[0] and "full" in warnings[0]
    assert "stays in the editor" in warnings[0]

    # Ctrl+S on the full disk: a message naming the disk, nothing claimed, nothing lost.
    modals.on(read_warning)
    window.activateWindow()  # the warning had the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=3000)
    assert "full" in warnings[1]
    assert window.save_state_label.text() != "Saved"
    assert window.editor.body.toPlainText() == typed
    assert ArticleService(room).get(article_id).body == before
    assert window.autosave.dirty

    free_space(mount_point)
    qtbot.waitUntil(lambda: not window.storage_warning.failing, timeout=8000)  # the retry
    assert window.save_state_label.text() == "Autosaved"
    assert [d.fields.body for d in AutosaveService(room).pending()] == [typed]
    assert window.save_article()
    assert ArticleService(room).get(article_id).body == typed


def test_photo_details_on_a_full_disk_are_kept_and_stored_later(
    qtbot: QtBot,
    disk: tuple[Path, Newsroom],
    window: MainWindow,
    type_text: TypeText,
    modals: ModalAnswerer,
) -> None:
    mount_point, room = disk
    with_photo = next(r for r in ArticleService(room).rows() if r.has_photo)
    window.open_article(with_photo.id)
    photo_id = window.photos_panel.selected_photo_id()
    assert photo_id is not None
    caption = window.photos_panel.details.caption_edit
    window.side_tabs.setCurrentWidget(window.photos_panel)
    caption.setFocus()
    warnings: list[str] = []
    modals.on(_reader(warnings))

    fill(mount_point)
    caption.selectAll()
    type_text(caption, "디스크가 찬 뒤 고친 사진 설명")
    window.photos_panel.flush()

    assert window.storage_warning.failing
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)
    assert "full" in warnings[0]
    assert caption.text() == "디스크가 찬 뒤 고친 사진 설명"
    free_space(mount_point)
    qtbot.waitUntil(
        lambda: _caption(room, photo_id) == "디스크가 찬 뒤 고친 사진 설명", timeout=8000
    )


def _caption(room: Newsroom, photo_id: str) -> str:
    from newsdesk.store.models import Photo

    with room.db.session() as session:
        photo = session.get(Photo, photo_id)
        assert photo is not None
        return photo.caption
