"""Typing an article in the real main window: save, list, preview, counters, shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.article_list_model import ARTICLE_ID_ROLE, COLUMN_HEADLINE

TypeText = Callable[[QWidget, str], None]

HEADLINE = "시흥시 교육청, 새 학기 준비"
BODY = "시흥시 교육청은 오늘 새 학기 계획을 발표했다."


def _page_text(qtbot: QtBot, window: MainWindow) -> str:
    found: list[str] = []
    window.preview.page.toPlainText(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def _type_article(window: MainWindow, type_text: TypeText) -> None:
    type_text(window.editor.headline, HEADLINE)
    type_text(window.editor.body, BODY)


def test_type_korean_save_and_see_it_in_the_list(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    _type_article(main_window, type_text)
    assert main_window.autosave.dirty
    qtbot.keyClick(main_window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.autosave.dirty, timeout=3000)

    article_id = main_window.current_article_id
    assert article_id is not None
    saved = ArticleService(main_window.newsroom).get(article_id)
    assert (saved.headline, saved.body) == (HEADLINE, BODY)
    model = main_window.list_panel.model
    assert model.rowCount() == 1
    assert model.index(0, COLUMN_HEADLINE).data() == HEADLINE
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == article_id


def test_preview_shows_the_typed_korean_text(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    _type_article(main_window, type_text)
    with qtbot.waitSignal(main_window.preview.rendered, timeout=10000):
        pass
    qtbot.waitUntil(lambda: HEADLINE in _page_text(qtbot, main_window), timeout=10000)
    text = _page_text(qtbot, main_window)
    assert BODY in text
    assert "static/" in main_window.preview.urls.static_prefix
    assert main_window.preview.urls.static_prefix.startswith("file://")
    # Same page as the export; only the static/media prefixes are file:// URLs.
    assert main_window.preview.urls.static_prefix + "site.css" in main_window.preview.last_html


def test_preview_javascript_is_off(main_window: MainWindow) -> None:
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = main_window.preview.page.settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)


def test_counters_follow_the_body(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    type_text(main_window.editor.body, "가나 다라")
    counters = main_window.counters
    qtbot.waitUntil(lambda: counters.counts.chars == 5, timeout=2000)
    assert counters.counts.chars_no_spaces == 4
    assert counters.counts.manuscript_pages == 1
    assert "5" in counters.chars_label.text()


def test_ctrl_b_and_ctrl_i_wrap_the_selection(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    body = main_window.editor.body
    type_text(body, "시흥 교육")
    cursor = body.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "시흥 **교육**"
    assert body.textCursor().selectedText() == "교육"
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "시흥 교육"  # pressed again: unwrapped
    assert body.textCursor().selectedText() == "교육"
    body.undo()
    assert body.toPlainText() == "시흥 **교육**"
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(2, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "*시흥* **교육**"


def test_link_and_photo_reference(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    body = main_window.editor.body
    type_text(body, "시청")
    body.selectAll()
    body.insert_link("https://www.siheung.go.kr/")
    assert body.toPlainText() == "[시청](https://www.siheung.go.kr/)"
    body.insert_photo_reference(2, "행사 사진")
    assert body.toPlainText().endswith(")\n\n![행사 사진](photo:2)\n\n")  # a block of its own


def test_find_and_replace_bar(qtbot: QtBot, main_window: MainWindow, type_text: TypeText) -> None:
    body = main_window.editor.body
    body.setPlainText("교육 예산과 교육 정책")
    qtbot.keyClick(body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = main_window.editor.find_bar
    assert bar.isVisible() and bar.replace_field.isVisible()
    bar.find_field.setText("교육")
    bar.replace_field.setText("학교")
    assert bar.find_next()
    assert body.textCursor().selectedText() == "교육"
    assert bar.replace_all() == 2
    assert body.toPlainText() == "학교 예산과 학교 정책"
    body.undo()
    assert body.toPlainText() == "교육 예산과 교육 정책"


def test_new_duplicate_delete(qtbot: QtBot, main_window: MainWindow, type_text: TypeText) -> None:
    _type_article(main_window, type_text)
    assert main_window.save_article()
    original = main_window.current_article_id
    main_window.duplicate_article()
    copy = main_window.current_article_id
    assert copy not in (None, original)
    assert main_window.editor.headline.text() == f"{HEADLINE} (사본)"
    main_window.delete_article(confirm=False)
    assert main_window.current_article_id is None
    service = ArticleService(main_window.newsroom)
    assert service.get(copy or "").deleted_at is not None
    assert main_window.list_panel.model.rowCount() == 1
    main_window.new_article()
    assert main_window.editor.headline.text() == ""


def test_publishing_needs_an_identity(main_window: MainWindow, type_text: TypeText) -> None:
    """Roles decide the workflow, so a window with nobody chosen cannot publish."""
    _type_article(main_window, type_text)
    assert main_window.save_article()
    main_window.publish_article()
    article_id = main_window.current_article_id or ""
    article = ArticleService(main_window.newsroom).get(article_id)
    assert (article.status, article.number) == ("draft", None)
    assert "Switch user" in main_window.statusBar().currentMessage()
    type_text(main_window.editor.body, " 추가")
    assert main_window.save_article()


def test_every_action_has_a_tooltip_and_menu_text(main_window: MainWindow) -> None:
    from dataclasses import fields

    for field in fields(main_window.actions_):
        action = getattr(main_window.actions_, field.name)
        assert action.toolTip(), field.name
        assert "&" in action.text(), field.name


def test_typing_does_not_drain_trues_reference_count(
    main_window: MainWindow, type_text: TypeText
) -> None:
    """PySide6 6.12.0's emit() drops a reference to True, so thousands of keystrokes
    abort the app; pyproject.toml excludes that release and this guards against it."""
    import sys

    type_text(main_window.editor.body, "준비")
    before = sys.getrefcount(True)
    type_text(main_window.editor.body, "가나다라마바사아자차" * 30)
    type_text(main_window.editor.headline, "제목" * 20)
    assert sys.getrefcount(True) >= before - 5
