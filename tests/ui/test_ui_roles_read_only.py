"""Roles in the window: a reporter cannot change what is not theirs to change, sees why,
and is never stuck with changes nobody may save (issue 9, "Roles and read-only state")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.services.workflow import WorkflowService
from newsdesk.ui.app.main_window import MainWindow

from .conftest import ModalAnswerer, PersonWindowFactory, person_id
from .roles_helpers import EDITOR, article_in_state, drag_accepted, file_mime, jpeg

SHOTS = Path("/tmp/ui-shots")


def photo_state(room: Newsroom, article_id: str) -> list[tuple[str, int, bool, str]]:
    return [
        (p.id, p.position, p.is_main, p.caption) for p in PhotoService(room).list_for(article_id)
    ]


def open_as(
    person_window: PersonWindowFactory, room: Newsroom, name: str, article_id: str
) -> MainWindow:
    window = person_window(room, name)
    window.open_article(article_id)
    assert window.current_article_id == article_id
    return window


def test_photos_panel_is_read_only_on_a_colleagues_published_article(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, tmp_path: Path
) -> None:
    room = demo_newsroom
    theirs = article_in_state(room, "이서연", "published", tmp_path / "in")
    window = open_as(person_window, room, "김민수", theirs)
    panel = window.photos_panel
    window.side_tabs.setCurrentWidget(panel)
    panel.list.setCurrentRow(1)
    before = photo_state(room, theirs)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    window.grab().save(str(SHOTS / "roles-photos-read-only.png"))

    for button in (panel.add_button, panel.insert_button, panel.remove_button, panel.main_button):
        assert not button.isEnabled(), button.text()
    assert not panel.up_button.isEnabled()
    assert not window.actions_.insert_photo.isEnabled()
    window_grey = panel.palette().color(QPalette.ColorRole.Window)
    for edit in (panel.details.caption_edit, panel.details.credit_edit, panel.details.alt_edit):
        assert edit.isReadOnly()
        assert edit.palette().color(QPalette.ColorRole.Base) == window_grey
    picture = jpeg(tmp_path / "new", "항구.jpg", (10, 120, 60))
    assert not drag_accepted(panel.list.viewport(), file_mime(picture))
    assert not drag_accepted(panel, file_mime(picture))
    for shortcut in panel.list.actions():  # Delete, Ctrl+Up, Ctrl+Down
        assert not shortcut.isEnabled()
        shortcut.trigger()
    panel.add_files([picture])
    panel.move_photo(1, 0)
    panel.make_selected_main()
    panel.save_details(before[0][0], PhotoDetails("바꾼 설명", "", ""))
    assert photo_state(room, theirs) == before

    # The service refuses the same person whatever calls it.
    kim = person_id(room, "김민수")
    photos = PhotoService(room)
    first, second = before[0][0], before[1][0]
    refusals = [
        lambda: list(photos.add_files(theirs, [picture], actor_id=kim)),
        lambda: photos.remove(first, actor_id=kim),
        lambda: photos.reorder(theirs, [second, first], actor_id=kim),
        lambda: photos.set_main(theirs, second, actor_id=kim),
        lambda: photos.update_details(first, PhotoDetails("x", "y", "z"), actor_id=kim),
    ]
    for refused in refusals:
        with pytest.raises(PermissionDeniedError) as caught:
            refused()
        assert caught.value.code == "not_author"
    assert photo_state(room, theirs) == before


def test_a_reporter_cannot_trash_a_colleagues_article(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, tmp_path: Path
) -> None:
    room = demo_newsroom
    theirs = article_in_state(room, "이서연", "published", tmp_path)
    window = open_as(person_window, room, "김민수", theirs)
    assert not window.actions_.delete.isEnabled()
    window.actions_.delete.trigger()
    window.delete_article(confirm=False)  # even called directly
    assert ArticleService(room).get(theirs).deleted_at is None
    with pytest.raises(PermissionDeniedError):
        ArticleService(room).trash(theirs, actor_id=person_id(room, "김민수"))
    assert ArticleService(room).get(theirs).deleted_at is None

    mine = article_in_state(room, "김민수", "draft", tmp_path)
    window.open_article(mine)
    assert window.actions_.delete.isEnabled()
    window.delete_article(confirm=False)
    assert ArticleService(room).get(mine).deleted_at is not None


def test_insert_into_a_read_only_body_changes_nothing_and_the_next_article_opens(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    room = demo_newsroom
    theirs = article_in_state(room, "이서연", "published", tmp_path)
    other = article_in_state(room, "박준호", "draft", tmp_path)
    window = open_as(person_window, room, "김민수", theirs)
    body = window.editor.body.toPlainText()
    window.photos_panel.list.setCurrentRow(0)
    window.photos_panel.insert_button.click()
    window.actions_.insert_photo.trigger()
    window.insert_photo_reference(1)
    window.editor.body.insert_photo_reference(1, "설명")
    window.editor.body.toggle_bold()
    window.editor.find_bar.find_field.setText("문단")
    window.editor.find_bar.replace_field.setText("X")
    assert window.editor.find_bar.replace_all() == 0
    assert window.editor.body.toPlainText() == body
    assert not window.autosave.dirty

    seen: list[str] = []

    def record(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.reject()
            return True
        return False

    modals.on(record)
    window.open_article(other)
    assert window.current_article_id == other
    assert seen == []

    # Changes this person can never save (typed before the article moved on) are
    # not a trap: leaving asks to discard them instead of a save refused each time.
    window.open_article(theirs)
    window.autosave.note_change()

    def discard(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.button(QMessageBox.StandardButton.Discard).click()
            return True
        return False

    modals.handlers.clear()
    modals.on(discard)
    window.open_article(other)
    assert window.current_article_id == other
    assert seen and "permission denied" not in seen[0]


def test_a_reporters_new_draft_is_theirs_from_the_start(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    room = demo_newsroom
    window = person_window(room, "김민수")
    window.actions_.new_article.trigger()
    editor = window.editor
    kim = person_id(room, "김민수")
    assert editor.author.currentData() == kim
    assert editor.byline.text() == "김민수 기자"
    assert not editor.author.isEnabled()  # a reporter cannot hand the draft away
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "roles-new-draft.png"))
    editor.headline.setText("배곧 해안 산책로")
    window.save_article()
    saved = ArticleService(room).get(window.current_article_id or "")
    assert (saved.author_id, saved.byline) == (kim, "김민수 기자")

    with pytest.raises(PermissionDeniedError) as caught:
        ArticleService(room).create(
            ArticleFields(headline="남의 이름으로", author_id=person_id(room, "이서연")),
            actor_id=kim,
        )
    assert caught.value.code == "keeps_authorship"

    desk = person_window(room, EDITOR)
    desk.actions_.new_article.trigger()
    assert desk.editor.author.isEnabled()  # the desk chooses whom it writes for
    assert desk.editor.author.currentData() is None


def test_read_only_is_explained_in_korean_and_looks_read_only(
    qtbot: QtBot,
    korean: None,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    tmp_path: Path,
) -> None:
    room = demo_newsroom
    cases = {
        "published": ("김민수", "출고된 기사입니다 — 수정하려면 데스크에 반려를 요청하세요"),
        "submitted": ("김민수", "송고한 기사입니다 — 데스크가 검토 중입니다"),
        "draft": ("이서연", "다른 기자의 기사입니다 — 읽기만 할 수 있습니다"),
    }
    window = person_window(room, "김민수")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for state, (author, banner) in cases.items():
        article_id = article_in_state(room, author, state, tmp_path)
        window.open_article(article_id)
        editor = window.editor
        assert editor.banner.isVisible() and editor.banner.text() == banner
        assert editor.headline.isReadOnly() and editor.body.isReadOnly()
        base = editor.headline.palette().color(QPalette.ColorRole.Base)
        assert base == editor.palette().color(QPalette.ColorRole.Window)  # greyed, not white
        assert base != QApplication.palette().color(QPalette.ColorRole.Base)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"roles-read-only-{state}-ko.png"))

    mine = article_in_state(room, "김민수", "draft", tmp_path)
    window.open_article(mine)
    assert not window.editor.banner.isVisible()
    assert not window.editor.headline.isReadOnly()
    assert window.editor.headline.palette().color(QPalette.ColorRole.Base) == (
        QApplication.palette().color(QPalette.ColorRole.Base)
    )


def test_a_service_refusal_reads_korean(
    qtbot: QtBot,
    korean: None,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    """The window allowed it when the article was opened; the desk submitted it in
    another window meanwhile, so the service refuses — and the refusal is Korean."""
    room = demo_newsroom
    mine = article_in_state(room, "김민수", "draft", tmp_path)
    window = open_as(person_window, room, "김민수", mine)
    WorkflowService(room).submit(mine, person_id(room, EDITOR), confirm_warnings=True)
    before = photo_state(room, mine)
    seen: list[str] = []

    def read(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()
            return True
        return False

    modals.on(read)
    window.photos_panel.list.setCurrentRow(1)
    window.photos_panel.make_selected_main()
    qtbot.waitUntil(lambda: bool(seen))
    assert photo_state(room, mine) == before
    refusal = "대표 사진 고르기: 권한이 없습니다 — 송고한 기사입니다 — 데스크가 검토 중입니다"
    assert seen[0] == refusal
    assert "permission denied" not in seen[0]
