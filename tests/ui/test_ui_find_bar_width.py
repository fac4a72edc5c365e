"""Opening find/replace never takes width from the article list (it used to squeeze it to "오…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from newsdesk.ui.app.main_window import MainWindow


def _settle(qtbot: QtBot) -> None:
    QCoreApplication.processEvents()
    qtbot.wait(50)


def test_find_bar_keeps_the_splitter_sizes(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.resize(1280, 800)
    _settle(qtbot)
    demo_window.splitter.setSizes([540, 370, 370])
    _settle(qtbot)
    before = demo_window.splitter.sizes()
    demo_window.actions_.replace.trigger()  # Ctrl+H: the bar with the replace field
    _settle(qtbot)
    bar = demo_window.editor.find_bar
    assert bar.isVisible() and bar.replace_field.isVisible()
    assert demo_window.splitter.sizes() == before
    # Every control of the bar is inside the editor's column and fully shown.
    column = demo_window.editor.width()
    for widget in (bar.find_field, bar.replace_all_button, bar.match_case, bar.replace_field):
        assert widget.isVisible()
        right = widget.mapTo(demo_window.editor, widget.rect().topRight()).x()
        assert right <= column, widget
        assert widget.width() >= widget.minimumSizeHint().width()
    assert bar.y() > demo_window.editor.body.y()  # below the body, in its column


def test_a_narrow_editor_column_wraps_the_bar(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.resize(1100, 800)
    _settle(qtbot)
    demo_window.splitter.setSizes([600, 250, 250])
    _settle(qtbot)
    before = demo_window.splitter.sizes()
    demo_window.actions_.replace.trigger()
    _settle(qtbot)
    bar = demo_window.editor.find_bar
    assert demo_window.splitter.sizes() == before
    assert bar.replace_all_button.y() > bar.find_field.y()  # on a later row
    assert demo_window.list_panel.width() == before[0]
