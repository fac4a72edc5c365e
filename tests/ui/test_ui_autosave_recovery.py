"""Never lose typing: autosave for never-saved articles, Ctrl+S, and recovery at start-up."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.autosave import AutosaveService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.recovery_dialog import RecoveryDialog

TypeText = Callable[[QWidget, str], None]
WindowFactory = Callable[[Newsroom], MainWindow]


def test_autosave_of_a_never_saved_article_then_ctrl_s(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    autosaves = AutosaveService(main_window.newsroom)
    type_text(main_window.editor.headline, "정전 사고")
    type_text(main_window.editor.body, "오늘 오후 시흥시 일대에 정전이 발생했다.")
    assert main_window.current_article_id is None
    qtbot.waitUntil(lambda: len(autosaves.pending()) == 1, timeout=2500)
    draft = autosaves.pending()[0]
    assert draft.article_id is None
    assert draft.fields.body == "오늘 오후 시흥시 일대에 정전이 발생했다."
    assert ArticleService(main_window.newsroom).count() == 0  # autosave is not a save

    qtbot.keyClick(main_window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert autosaves.pending() == []
    assert ArticleService(main_window.newsroom).count() == 1


def test_autosave_waits_for_typing_to_pause(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    autosaves = AutosaveService(main_window.newsroom)
    for word in ("시흥", " 소식", " 속보"):
        type_text(main_window.editor.body, word)
        qtbot.wait(300)
        assert autosaves.pending() == []  # still typing
    qtbot.waitUntil(lambda: autosaves.pending() != [], timeout=2500)
    assert autosaves.pending()[0].fields.body == "시흥 소식 속보"


def test_recovery_dialog_restores_into_the_editor(
    newsroom: Newsroom, make_window: WindowFactory, type_text: TypeText
) -> None:
    first = make_window(newsroom)
    type_text(first.editor.headline, "복구될 기사")
    type_text(first.editor.body, "저장하지 않은 문장")
    first.autosave.store_now()  # what the timer does; then the app "crashes"
    first.autosave.note_change = lambda: None  # type: ignore[method-assign]
    first.autosave._set_dirty(False)

    second = make_window(newsroom)
    dialog = second.offer_recovery()
    assert isinstance(dialog, RecoveryDialog)
    assert dialog.list.count() == 1
    assert "복구될 기사" in dialog.list.item(0).text()
    assert "저장하지 않은 문장" in dialog.snippet.toPlainText()
    dialog.restore_selected()
    assert second.editor.headline.text() == "복구될 기사"
    assert second.editor.body.toPlainText() == "저장하지 않은 문장"
    assert second.autosave.dirty
    assert second.save_article()
    assert AutosaveService(newsroom).pending() == []


def test_recovery_dialog_discard(qtbot: QtBot, newsroom: Newsroom) -> None:
    from newsdesk.services.articles import ArticleFields

    service = AutosaveService(newsroom)
    service.store("editor-x", ArticleFields(body="버릴 글"), article_id=None, base_version=None)
    dialog = RecoveryDialog(service, service.pending())
    qtbot.addWidget(dialog)
    dialog.discard_selected(confirm=False)
    assert service.pending() == []
    assert dialog.chosen is None


def test_typing_that_never_pauses_is_still_autosaved(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    """A key every 100 ms never lets the pause timer fire: the maximum wait must."""
    autosaves = AutosaveService(main_window.newsroom)
    stored: list[str] = []
    main_window.autosave.autosaved.connect(
        lambda: stored.append(autosaves.pending()[0].fields.body)
    )
    typed = ""
    for syllable in "시흥시 배곧 해안 산책로가 다음 달 개통한다 야간 조명과 쉼터 열두 곳":
        type_text(main_window.editor.body, syllable)
        typed += syllable
        qtbot.wait(100)  # far shorter than the pause the debounce waits for
    assert len(stored) >= 2, "steady typing was never autosaved"
    assert all(typed.startswith(body) for body in stored)
    assert all(len(a) < len(b) for a, b in itertools.pairwise(stored))
    assert main_window.editor.body.toPlainText() == typed
