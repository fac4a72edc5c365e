"""The writing tools in the window: 서식 commands, lists, zoom, full screen, selection counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow

from .conftest import PersonWindowFactory, TypeText, WindowFactory


def _body_text(window: MainWindow) -> str:
    return window.editor.body.toPlainText()


def _start(window: MainWindow, text: str) -> None:
    window.new_article()
    body = window.editor.body
    body.setPlainText(text)
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)


def _select_all(window: MainWindow) -> None:
    window.editor.body.selectAll()


def test_format_menu_and_toolbar_hold_the_block_commands(main_window: MainWindow) -> None:
    a = main_window.actions_
    menu = main_window.menuBar().findChild(QMenu, "format-menu")
    assert isinstance(menu, QMenu)
    for action in (a.heading, a.quote, a.bullets, a.numbers, a.table, a.rule):
        assert action in menu.actions()
    bar = main_window.writing_tools.format_bar
    assert bar.isVisible() and bar.y() < main_window.editor.body.y()  # above the text
    buttons = {button.defaultAction(): button for button in bar.findChildren(QToolButton)}
    for action in (a.bold, a.heading, a.quote, a.bullets, a.numbers, a.table, a.rule):
        button = buttons[action]
        assert button.isVisible()  # all of them, even in a narrow column (no » menu)
        assert button.geometry().right() <= bar.width()


def test_block_commands_toggle_the_lines(main_window: MainWindow) -> None:
    a = main_window.actions_
    _start(main_window, "현장 스케치")
    a.heading.trigger()
    assert _body_text(main_window) == "## 현장 스케치"
    a.heading.trigger()
    assert _body_text(main_window) == "현장 스케치"

    _start(main_window, "배곧 산책로\n야간 조명\n쉼터")
    _select_all(main_window)
    a.bullets.trigger()
    assert _body_text(main_window) == "- 배곧 산책로\n- 야간 조명\n- 쉼터"
    a.numbers.trigger()  # the same lines stay selected
    assert _body_text(main_window) == "1. 배곧 산책로\n2. 야간 조명\n3. 쉼터"
    main_window.editor.body.undo()  # one command, one undo step
    assert _body_text(main_window) == "- 배곧 산책로\n- 야간 조명\n- 쉼터"

    _start(main_window, "“먼저 교육”이라고 말했다.")
    a.quote.trigger()
    assert _body_text(main_window) == "> “먼저 교육”이라고 말했다."


def test_table_and_rule_are_valid_markdown_blocks(main_window: MainWindow) -> None:
    a = main_window.actions_
    _start(main_window, "앞 문단")
    a.table.trigger()
    assert _body_text(main_window) == "앞 문단\n\n| 항목 | 내용 |\n| --- | --- |\n|  |  |\n"
    cursor = main_window.editor.body.textCursor()
    assert cursor.block().text() == "|  |  |"  # ready to fill the first cell
    main_window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    a.rule.trigger()
    assert _body_text(main_window).endswith("|  |  |\n\n---\n")


def test_enter_continues_a_list_and_an_empty_item_ends_it(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText
) -> None:
    body = main_window.editor.body
    _start(main_window, "")
    type_text(body, "- 첫째")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "둘째")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert _body_text(main_window) == "- 첫째\n- 둘째\n- "
    qtbot.keyClick(body, Qt.Key.Key_Return)  # Enter on the empty item: the list ends
    assert _body_text(main_window) == "- 첫째\n- 둘째\n"
    type_text(body, "문단")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert _body_text(main_window) == "- 첫째\n- 둘째\n문단\n"

    body.setPlainText("")  # the same article: nothing saved or reloaded meanwhile
    main_window.actions_.numbers.trigger()
    type_text(body, "하나")
    qtbot.keyClick(body, Qt.Key.Key_Enter)
    assert _body_text(main_window) == "1. 하나\n2. "


def test_list_shortcut_keys_work_in_the_body(qtbot: QtBot, main_window: MainWindow) -> None:
    body = main_window.editor.body
    _start(main_window, "가")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(body, Qt.Key.Key_8, ctrl_shift)
    assert _body_text(main_window) == "- 가"
    qtbot.keyClick(body, Qt.Key.Key_7, ctrl_shift)
    assert _body_text(main_window) == "1. 가"
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(body, Qt.Key.Key_2, ctrl_alt)
    assert _body_text(main_window) == "## 가"


def _active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Window shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.body.setFocus()
    return window


def _wheel(widget: object, up: bool) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    event = QWheelEvent(
        QPointF(10, 10),
        QPointF(widget.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_zoom_keys_and_wheel_are_remembered(
    qtbot: QtBot, newsroom: Newsroom, make_window: WindowFactory, ui_settings: QSettings
) -> None:
    window = _active(qtbot, make_window(newsroom))
    body = window.editor.body
    normal = body.font().pointSizeF()
    qtbot.keyClick(body, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.writing_tools.zoom.percent == 110
    _wheel(body.viewport(), up=True)
    assert window.writing_tools.zoom.percent == 125
    assert body.font().pointSizeF() == normal * 1.25
    qtbot.keyClick(body, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.writing_tools.zoom.percent == 110
    window.close()

    again = _active(qtbot, make_window(newsroom))  # the next start, same settings
    assert again.writing_tools.zoom.percent == 110
    assert again.editor.body.font().pointSizeF() == normal * 1.1
    qtbot.keyClick(again.editor.body, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.editor.body.font().pointSizeF() == normal
    assert int(str(ui_settings.value("editor/zoom_percent"))) == 100


def test_full_screen_writing_hides_list_and_preview_and_restores_the_layout(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(1300, 820)
    qtbot.wait(50)
    window.splitter.setSizes([500, 400, 400])
    qtbot.wait(50)
    before = window.splitter.sizes()
    margins = window.editor.layout().contentsMargins()
    toolbars = [t for t in window.findChildren(QToolBar) if t.isVisible()]
    qtbot.keyClick(window.editor.body, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.list_panel.isVisible() and not window.side_tabs.isVisible()
    assert window.editor.isVisible() and window.editor.body.hasFocus()
    assert window.writing_tools.format_bar.isVisible()
    assert all(not t.isVisible() for t in toolbars)

    qtbot.keyClick(window.editor.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.wait(50)
    assert window.list_panel.isVisible() and window.side_tabs.isVisible()
    assert window.splitter.sizes() == before
    assert window.editor.layout().contentsMargins() == margins  # the centred column undone
    assert all(t.isVisible() for t in toolbars)
    assert not window.actions_.full_screen.isChecked()


def test_closing_in_full_screen_saves_the_normal_layout(
    qtbot: QtBot, newsroom: Newsroom, make_window: WindowFactory
) -> None:
    window = make_window(newsroom)
    window.actions_.full_screen.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    window.close()
    again = make_window(newsroom)
    assert again.list_panel.isVisible() and again.side_tabs.isVisible()
    assert not again.isFullScreen()


def test_selection_is_counted_on_its_own(
    qtbot: QtBot, korean: None, main_window: MainWindow
) -> None:
    counters = main_window.counters
    _start(main_window, "가나다 라마\n바사아자차카타파하" * 3)
    assert not counters.selection_label.isVisible()
    cursor = main_window.editor.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)  # "가나다 라마"
    main_window.editor.body.setTextCursor(cursor)
    assert counters.selection_label.isVisible()
    assert counters.selection_label.text() == "선택: 6자 · 공백 제외 5자 · 원고지 1매"
    cursor.clearSelection()
    main_window.editor.body.setTextCursor(cursor)
    assert not counters.selection_label.isVisible()


DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_full_screen_writing_screenshot_in_korean(
    qtbot: QtBot,
    korean: None,
    person_window: PersonWindowFactory,
    demo_newsroom: Newsroom,
    type_text: TypeText,
) -> None:
    """A reporter writing full-screen in the Korean UI, a paragraph's length counted (for docs)."""
    window = person_window(demo_newsroom, "김민수")
    window.new_article()
    editor = window.editor
    type_text(editor.headline, "배곧 해안 산책로 다음 달 개통")
    type_text(editor.subheadline, "야간 조명·쉼터 12곳… 주민 의견 반영")
    editor.section.setCurrentIndex(1)
    body = editor.body
    body.setFocus()
    paragraphs = (
        "시흥시는 배곧동 해안 산책로 4.2km 구간을 다음 달 1일 개통한다고 밝혔다. 시는 지난해부터 "
        "주민설명회를 세 차례 열어 모은 의견을 설계에 반영했다.",
        "산책로에는 야간 조명과 쉼터 12곳, 자전거 보관대가 들어선다. 시 관계자는 “밤에도 안심하고 "
        "걸을 수 있도록 조명 간격을 좁혔다”고 설명했다.",
    )
    type_text(body, "\n\n".join(paragraphs) + "\n\n")
    window.actions_.heading.trigger()
    type_text(body, "주민들이 바라는 것")
    body.insertPlainText("\n\n")
    window.actions_.bullets.trigger()
    for item in ("쉼터와 그늘막을 더 늘려 달라", "자전거 길과 산책로를 나눠 달라"):
        type_text(body, item)
        qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # the empty item ends the list
    window.actions_.full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen)
    # The offscreen screen is 800 px wide: show the same layout at a monitor's size.
    window.showNormal()
    window.resize(1440, 900)
    qtbot.wait(100)
    cursor = body.textCursor()
    block = body.document().findBlockByNumber(2)  # the second paragraph
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.wait(300)
    assert body.toPlainText().endswith("- 자전거 길과 산책로를 나눠 달라\n")
    assert window.counters.selection_label.text().startswith("선택: ")
    assert not window.list_panel.isVisible() and not window.side_tabs.isVisible()
    DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(DOCS_SHOTS / "full-screen-writing.png"))
    window.actions_.full_screen.trigger()
