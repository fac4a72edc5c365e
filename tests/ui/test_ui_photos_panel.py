"""The photos panel driven offscreen with real files, a real database and the real importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoService
from newsdesk.ui.photos.photos_panel import PhotosPanel


def make_photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    Image.new("RGB", (640, 480), colour).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "camera"
    folder.mkdir()
    bad = folder / "메모.jpg"
    bad.write_text("이건 사진이 아닙니다", encoding="utf-8")
    return [
        make_photo(folder, "바다.jpg", (40, 90, 150)),
        bad,
        make_photo(folder, "시장.jpg", (200, 160, 120)),
    ]


@pytest.fixture
def article_id(newsroom: Newsroom) -> str:
    return ArticleService(newsroom).create(ArticleFields(headline="사진 기사")).id


@pytest.fixture
def panel(qtbot: QtBot, newsroom: Newsroom, article_id: str) -> PhotosPanel:
    widget = PhotosPanel(newsroom)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    widget.set_article(article_id)
    return widget


def import_files(qtbot: QtBot, panel: PhotosPanel, paths: list[Path]) -> tuple[int, int]:
    with qtbot.waitSignal(panel.import_finished, timeout=30000) as blocker:
        panel.add_files(paths)
    qtbot.waitUntil(lambda: not panel.is_importing())
    imported, failed = blocker.args or (0, 0)
    return int(imported), int(failed)


def test_bad_file_is_named_and_the_rest_import(
    qtbot: QtBot, panel: PhotosPanel, files: list[Path], newsroom: Newsroom, article_id: str
) -> None:
    assert import_files(qtbot, panel, files) == (2, 1)
    stored = PhotoService(newsroom).list_for(article_id)
    assert [p.original_name for p in stored] == ["바다.jpg", "시장.jpg"]
    assert panel.list.count() == 2
    lines = [panel.results.item(i).text() for i in range(panel.results.count())]
    errors = [line for line in lines if "메모.jpg" in line]
    assert len(errors) == 1 and "Not imported" in errors[0] and len(errors[0]) > 20
    assert panel.progress.value() == 3


def test_dropping_files_imports_them(
    qtbot: QtBot, panel: PhotosPanel, files: list[Path], newsroom: Newsroom, article_id: str
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in (files[0], files[2])])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.import_finished, timeout=30000):
        panel.list.dropEvent(event)
    qtbot.waitUntil(lambda: not panel.is_importing())
    assert len(PhotoService(newsroom).list_for(article_id)) == 2


def test_edit_reorder_main_remove(
    qtbot: QtBot,
    panel: PhotosPanel,
    files: list[Path],
    newsroom: Newsroom,
    article_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_files(qtbot, panel, [files[0], files[2]])
    service = PhotoService(newsroom)
    first, second = service.list_for(article_id)
    assert first.is_main
    panel.list.setCurrentRow(0)
    assert panel.list.item(0).toolTip().count("Missing") == 1

    form = panel.details
    with qtbot.waitSignal(panel.details_changed):
        form.caption_edit.setText("해 질 녘 오이도 바다")
        form.credit_edit.setText("김민수 기자")
        form.alt_edit.setText("붉게 물든 하늘 아래 바다")
        form.finish_editing()
    stored = service.list_for(article_id)[0]
    assert (stored.caption, stored.credit, stored.alt_text) == (
        "해 질 녘 오이도 바다",
        "김민수 기자",
        "붉게 물든 하늘 아래 바다",
    )
    assert "Missing" not in panel.list.item(0).toolTip()
    assert "Missing" in panel.details.missing_text(service.list_for(article_id)[1])

    panel.list.setCurrentRow(0)
    panel.down_button.click()
    assert [p.id for p in service.list_for(article_id)] == [second.id, first.id]
    assert panel.selected_photo_id() == first.id

    panel.list.move_requested.emit(1, 0)  # what a drag inside the list reports
    assert [p.id for p in service.list_for(article_id)] == [first.id, second.id]

    panel.list.setCurrentRow(1)
    panel.main_button.click()
    assert [p.is_main for p in service.list_for(article_id)] == [False, True]

    with qtbot.waitSignal(panel.insert_reference_requested) as blocker:
        panel.insert_button.click()
    assert blocker.args == [2]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.remove_button.click()
    assert len(service.list_for(article_id)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_button.click()
    remaining = service.list_for(article_id)
    assert [p.id for p in remaining] == [first.id] and remaining[0].is_main
    assert panel.list.count() == 1


def test_photos_for_an_unsaved_article_wait_for_the_save(
    qtbot: QtBot, newsroom: Newsroom, files: list[Path]
) -> None:
    panel = PhotosPanel(newsroom)
    qtbot.addWidget(panel)
    panel.set_article(None)
    with qtbot.waitSignal(panel.save_required):
        panel.add_files([files[0]])
    assert not panel.is_importing()
    new_id = ArticleService(newsroom).create(ArticleFields(headline="새 기사")).id
    with qtbot.waitSignal(panel.import_finished, timeout=30000):
        panel.set_article(new_id)
    qtbot.waitUntil(lambda: not panel.is_importing())
    assert [p.original_name for p in PhotoService(newsroom).list_for(new_id)] == ["바다.jpg"]


def test_file_dialog_and_keyboard(
    qtbot: QtBot,
    panel: PhotosPanel,
    files: list[Path],
    newsroom: Newsroom,
    article_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = ([str(files[0]), str(files[2])], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: chosen)
    with qtbot.waitSignal(panel.import_finished, timeout=30000):
        panel.add_button.click()
    qtbot.waitUntil(lambda: not panel.is_importing())
    service = PhotoService(newsroom)
    first, second = service.list_for(article_id)

    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in service.list_for(article_id)] == [second.id, first.id]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [p.id for p in service.list_for(article_id)] == [second.id]


def test_an_import_that_ends_before_the_panel_listens_still_ends(
    qtbot: QtBot,
    panel: PhotosPanel,
    files: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file refused at once can finish the worker thread within microseconds; the
    panel used to connect its slots only after starting it, lost the results and
    stayed "importing" for ever (no more imports, the window waiting at quit)."""
    start = QThread.start

    def start_and_finish(thread: QThread, *args: object) -> None:
        start(thread, *args)
        thread.wait(10000)  # the worst case: done before start() has returned

    monkeypatch.setattr(QThread, "start", start_and_finish)
    with qtbot.waitSignal(panel.import_finished, timeout=10000) as blocker:
        panel.add_files([files[1]])  # 메모.jpg: text, refused straight away
    assert blocker.args == [0, 1]
    qtbot.waitUntil(lambda: not panel.is_importing(), timeout=10000)
