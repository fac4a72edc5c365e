"""Ctrl+S after someone else saved the same article: merge, or choose, never lose the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.autosave import AutosaveService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.save_conflicts import REASON_MINE_AT_CONFLICT
from newsdesk.store.models import Revision
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.save_conflict_dialog import SaveConflictDialog

from .conftest import ModalAnswerer, TypeText

SHOTS = Path("/tmp/ui-shots")
MY_SENTENCE = " 시의회는 내일 본회의를 연다."


def _open_first(window: MainWindow) -> str:
    article = ArticleService(window.newsroom).rows()[0]
    window.open_article(article.id)
    assert window.current_article_id == article.id
    return article.id


def _type_at_end(window: MainWindow, type_text: TypeText, text: str) -> None:
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, text)


def _saved_elsewhere(room: Newsroom, article_id: str, **changes: str) -> None:
    """Another desk (another window, the CLI) saves the article meanwhile."""
    service = ArticleService(room)
    article = service.get(article_id)
    fields = ArticleFields.of(article)
    for name, value in changes.items():
        setattr(fields, name, value)
    service.save(article_id, fields, expected_version=article.version)


def _ctrl_s(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_changes_to_different_fields_merge_by_themselves(
    qtbot: QtBot, demo_window: MainWindow, type_text: TypeText
) -> None:
    room = demo_window.newsroom
    article_id = _open_first(demo_window)
    before = ArticleService(room).get(article_id)
    _type_at_end(demo_window, type_text, MY_SENTENCE)
    _saved_elsewhere(room, article_id, headline="다른 데스크가 고친 제목")

    _ctrl_s(qtbot, demo_window)

    stored = ArticleService(room).get(article_id)
    assert stored.headline == "다른 데스크가 고친 제목"
    assert stored.body == before.body + MY_SENTENCE
    assert stored.version == before.version + 2
    assert demo_window.editor.headline.text() == "다른 데스크가 고친 제목"
    assert "Headline" in demo_window.save_state_label.text()  # it says what it merged
    assert not demo_window.autosave.dirty
    assert AutosaveService(room).pending() == []


def _conflicting_window(
    demo_window: MainWindow, type_text: TypeText
) -> tuple[Newsroom, str, str, str]:
    room = demo_window.newsroom
    article_id = _open_first(demo_window)
    original = ArticleService(room).get(article_id).body
    _type_at_end(demo_window, type_text, MY_SENTENCE)
    their_body = original + " 데스크가 덧붙인 문장."
    _saved_elsewhere(room, article_id, body=their_body)
    return room, article_id, original + MY_SENTENCE, their_body


def _answer(choice: str, *, edit_body: str | None = None, seen: list[SaveConflictDialog]) -> object:
    def handler(widget: QWidget) -> bool:
        if not isinstance(widget, SaveConflictDialog):
            return False
        seen.append(widget)
        if edit_body is not None:
            widget.findChild(QPlainTextEdit, "mine-body").setPlainText(edit_body)
        {"mine": widget.keep_button, "theirs": widget.take_button, "back": widget.back_button}[
            choice
        ].click()
        return True

    return handler


def test_both_changed_the_body_take_theirs_keeps_mine_as_a_revision(
    qtbot: QtBot, demo_window: MainWindow, type_text: TypeText, modals: ModalAnswerer
) -> None:
    room, article_id, my_body, their_body = _conflicting_window(demo_window, type_text)
    seen: list[SaveConflictDialog] = []
    modals.on(_answer("theirs", seen=seen))

    _ctrl_s(qtbot, demo_window)

    dialog = seen[0]
    assert dialog.findChild(QPlainTextEdit, "mine-body").toPlainText() == my_body
    assert dialog.findChild(QPlainTextEdit, "theirs-body").toPlainText() == their_body
    assert dialog.findChild(QLineEdit, "mine-headline") is None  # only what both changed
    assert ArticleService(room).get(article_id).body == their_body
    assert demo_window.editor.body.toPlainText() == their_body
    assert not demo_window.autosave.dirty
    assert AutosaveService(room).pending() == []
    with room.db.session() as session:
        kept = session.scalars(
            select(Revision).where(
                Revision.article_id == article_id, Revision.reason == REASON_MINE_AT_CONFLICT
            )
        ).all()
        assert [r.snapshot["body"] for r in kept] == [my_body]


def test_both_changed_the_body_keep_mine_edited_by_hand(
    qtbot: QtBot, demo_window: MainWindow, type_text: TypeText, modals: ModalAnswerer
) -> None:
    room, article_id, _my_body, their_body = _conflicting_window(demo_window, type_text)
    combined = their_body + MY_SENTENCE  # copied their sentence into mine
    seen: list[SaveConflictDialog] = []
    modals.on(_answer("mine", edit_body=combined, seen=seen))
    their_version = ArticleService(room).get(article_id).version

    _ctrl_s(qtbot, demo_window)

    stored = ArticleService(room).get(article_id)
    assert stored.body == combined
    assert stored.version == their_version + 1
    assert demo_window.editor.body.toPlainText() == combined
    assert not demo_window.autosave.dirty


def test_back_to_editing_keeps_the_typing_and_the_window_is_not_stuck(
    qtbot: QtBot,
    demo_window: MainWindow,
    type_text: TypeText,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    room, article_id, my_body, their_body = _conflicting_window(demo_window, type_text)
    seen: list[SaveConflictDialog] = []
    modals.on(_answer("back", seen=seen))

    _ctrl_s(qtbot, demo_window)

    assert len(seen) == 1
    assert ArticleService(room).get(article_id).body == their_body  # nothing overwritten
    assert demo_window.editor.body.toPlainText() == my_body  # nothing dropped
    assert demo_window.autosave.dirty
    assert [d.fields.body for d in AutosaveService(room).pending()] == [my_body]
    demo_window.grab().save(str(tmp_path / "after-back.png"))

    # Opening another article asks again; taking theirs lets the window move on.
    modals.on(_answer("theirs", seen=seen))
    other = ArticleService(room).rows()[1].id
    demo_window.open_article(other)
    assert len(seen) == 2
    assert demo_window.current_article_id == other


def test_conflict_dialog_in_korean(
    qtbot: QtBot, korean: None, demo_window: MainWindow, type_text: TypeText
) -> None:
    """The dialog speaks Korean and shows both bodies; saved for the README."""
    room, article_id, _my_body, _their_body = _conflicting_window(demo_window, type_text)
    _saved_elsewhere(room, article_id, headline="데스크가 바꾼 제목")  # merges by itself
    from newsdesk.services.save_conflicts import SaveConflictService, merge_fields

    stored = SaveConflictService(room).stored_version(article_id)
    merge = merge_fields(
        demo_window.autosave.base_fields, demo_window.editor.fields(), stored.fields
    )
    dialog = SaveConflictDialog(stored, merge, {}, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.keep_button.text() == "내 버전 저장(&S)"
    assert "제목" in dialog.findChild(QLabel, "merged-note").text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "save-conflict.png"))
