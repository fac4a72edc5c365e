"""자르기·회전 driven in the real window: the dialog's presets, boxes and turns, what is
stored, the preview that follows, and the refusal for someone who may not edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.media.photo_edit import CropBox, PhotoEdit, largest_box
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import EDIT_ACTION, PhotoEditService, photo_edit
from newsdesk.services.photos import PhotoService
from newsdesk.store.models import Photo
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.photos.crop_dialog import CropDialog

from .conftest import ModalAnswerer, PersonWindowFactory, person_id

SHOTS = Path("/tmp/ui-shots")
SIZE = (2400, 1600)


def _photo_file(folder: Path) -> Path:
    """Sky over a harbour, a red buoy on the left: lopsided, so every turn shows."""
    folder.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", SIZE, (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1000, 2399, 1599), fill=(30, 70, 110))
    draw.ellipse((300, 800, 700, 1200), fill=(220, 40, 30))
    path = folder / "항구.jpg"
    image.save(path, "JPEG", quality=88)
    return path


def _draft_with_photo(room: Newsroom, author: str, folder: Path) -> tuple[str, str]:
    actor = person_id(room, author)
    fields = ArticleFields(headline="배곧 항구에 새 부표", body="![부표](photo:1)\n\n본문.")
    article = ArticleService(room).create(fields, actor_id=actor)
    for progress in PhotoService(room).add_files(article.id, [_photo_file(folder)], actor_id=actor):
        assert progress.error is None, progress.error
    return article.id, PhotoService(room).list_for(article.id)[0].id


def _row(room: Newsroom, photo_id: str) -> Photo:
    with room.db.session() as session:
        photo = session.get(Photo, photo_id)
        assert photo is not None
        return photo


def _open(
    person_window: PersonWindowFactory, room: Newsroom, name: str, article_id: str
) -> MainWindow:
    window = person_window(room, name)
    window.open_article(article_id)
    window.side_tabs.setCurrentWidget(window.photos_panel)
    window.photos_panel.list.setCurrentRow(0)
    return window


def _drive(modals: ModalAnswerer, act: object) -> None:
    """Run ``act(dialog)`` on the crop dialog once it is shown (it blocks in exec())."""

    def handler(widget: QWidget) -> bool:
        if not isinstance(widget, CropDialog):
            return False
        act(widget)  # type: ignore[operator]
        return True

    modals.on(handler)


def test_social_crop_from_the_dialog_is_stored_and_the_preview_follows(
    qtbot: QtBot,
    korean: None,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    room = demo_newsroom
    article_id, photo_id = _draft_with_photo(room, "김민수", tmp_path / "camera")
    window = _open(person_window, room, "김민수", article_id)
    panel = window.photos_panel
    button = panel.crop.button
    assert button.text() == "자르기·회전…" and button.isEnabled()
    shot: list[Path] = []

    def choose_social_and_drag(dialog: CropDialog) -> None:
        assert dialog.windowTitle() == "사진 자르기·회전"
        assert [b.text() for b in dialog.preset_buttons.values()] == [
            "본문", "목록 썸네일", "소셜 1200×630",
        ]  # fmt: skip
        qtbot.mouseClick(dialog.preset_buttons["social"], Qt.MouseButton.LeftButton)
        assert dialog.preset == "social" and dialog.separate.isChecked()
        start = dialog.canvas.box()
        assert start == largest_box((1200, 630), SIZE)
        # Drag the box up by 40 screen pixels: a social box of a 3:2 photo can only move up/down.
        centre = dialog.canvas.box_rect().center().toPoint()
        canvas = dialog.canvas
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseMove(canvas, centre - QPoint(0, 20))
        qtbot.mouseMove(canvas, centre - QPoint(0, 40))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre - QPoint(0, 40))
        moved = dialog.canvas.box()
        assert moved.top < start.top and (moved.width, moved.height) == (start.width, start.height)
        assert "1200 × 630" in dialog.result_label.text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        target = SHOTS / "crop-dialog.png"
        assert dialog.grab().save(str(target))
        shot.append(target)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    _drive(modals, choose_social_and_drag)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.crop.busy and panel.crop.dialog is None, timeout=20000)

    assert modals.seen == ["CropDialog"] and shot
    edit = photo_edit(_row(room, photo_id))
    assert edit.social is not None and edit.body is None and edit.rotation == 0
    assert edit.social.top < largest_box((1200, 630), SIZE).top
    social = room.photos.derivative_path(_row(room, photo_id).sha256, "social", edit)
    with Image.open(social) as image:
        assert image.size == (1200, 630)
    qtbot.waitUntil(lambda: social.name in window.preview.last_html, timeout=10000)
    assert 'property="og:image:width" content="1200"' in window.preview.last_html


def test_turning_keeping_the_ratio_and_reset_in_the_dialog(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPixmap

    pixmap = QPixmap(600, 400)
    pixmap.fill(QColor("steelblue"))
    start = PhotoEdit(body=CropBox(0.0, 0.0, 0.5, 0.5))
    dialog = CropDialog(pixmap, SIZE, start)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.canvas.box() == start.body and not dialog.changed()

    qtbot.mouseClick(dialog.rotate_right, Qt.MouseButton.LeftButton)
    assert dialog.edit().rotation == 90
    assert dialog.edit().body == CropBox(0.5, 0.0, 0.5, 0.5)  # the top-left quarter, turned
    assert dialog.canvas._pixmap.width() == 400
    qtbot.mouseClick(dialog.rotate_left, Qt.MouseButton.LeftButton)
    assert dialog.edit() == start and not dialog.changed()

    dialog.keep_ratio.setChecked(True)  # 원본 비율: the box takes the photo's 3:2
    box = dialog.edit().body
    assert box is not None
    left, top, right, bottom = box.pixels(SIZE)
    assert abs((right - left) / (bottom - top) - 1.5) < 0.01

    qtbot.mouseClick(dialog.preset_buttons["thumb"], Qt.MouseButton.LeftButton)
    assert dialog.edit().thumb == largest_box((4, 3), SIZE)
    dialog.separate.setChecked(False)  # 따로 자르지 않음: the thumbnail follows the page photo
    assert dialog.edit().thumb is None and not dialog.canvas.isEnabled()

    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.edit() == PhotoEdit() and dialog.preset == "body"


def test_who_may_not_edit_cannot_crop_and_a_stale_window_is_refused(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    room = demo_newsroom
    article_id, photo_id = _draft_with_photo(room, "김민수", tmp_path / "camera")
    window = _open(person_window, room, "이서연", article_id)  # a colleague's draft
    panel = window.photos_panel
    assert not panel.crop.button.isEnabled()
    opened: list[object] = []
    monkeypatch.setattr(CropDialog, "exec", lambda self: opened.append(self) or 0)
    panel.crop.open_dialog()
    assert opened == []  # not even shown

    # A window that still thinks it may (the article moved on elsewhere): the service says no.
    panel.permissions.set_allowed(
        panel.permissions.allowed | {EDIT_ACTION}, panel.permissions.actor_id
    )
    assert panel.crop.button.isEnabled()
    warnings: list[str] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            warnings.append(widget.text())
            widget.close()
            return True
        return False

    modals.on(answer)
    panel.crop.apply(photo_id, PhotoEdit(rotation=90))
    qtbot.waitUntil(lambda: not panel.crop.busy and bool(warnings), timeout=20000)
    assert photo_edit(_row(room, photo_id)) == PhotoEdit()
    QApplication.processEvents()

    # The author may, and the same call goes through.
    PhotoEditService(room).apply(
        photo_id, PhotoEdit(rotation=90), actor_id=person_id(room, "김민수")
    )
    assert photo_edit(_row(room, photo_id)).rotation == 90
