"""The preview at a desktop width (scaled to fit) or at a phone width, remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWebEngineCore import QWebEngineScript
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.preview_width import DESKTOP_WIDTH, PHONE_WIDTH

from .conftest import WindowFactory


def _page_value(qtbot: QtBot, window: MainWindow, script: str) -> Any:
    found: list[Any] = []
    window.preview.page.runJavaScript(
        script, QWebEngineScript.ScriptWorldId.ApplicationWorld, found.append
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def _show_article(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 860)
    window.splitter.setSizes([560, 420, 420])
    with qtbot.waitSignal(window.preview.rendered, timeout=10000):
        window.open_article(ArticleService(window.newsroom).rows()[0].id)


def test_desktop_width_by_default_scaled_to_the_pane(
    qtbot: QtBot, demo_newsroom: Newsroom, make_window: WindowFactory
) -> None:
    window = make_window(demo_newsroom)
    _show_article(qtbot, window)
    tools = window.writing_tools.preview_width
    assert tools.mode == "desktop" and window.actions_.preview_desktop.isChecked()
    width = _page_value(qtbot, window, "window.innerWidth")
    assert abs(width - DESKTOP_WIDTH) <= 24  # the page lays out as on a computer …
    assert not _page_value(qtbot, window, "matchMedia('(max-width: 640px)').matches")
    scale = window.preview.width() / DESKTOP_WIDTH
    assert abs(window.preview.view.zoomFactor() - scale) < 0.01  # … scaled down to fit the pane
    assert scale < 0.6
    assert window.preview.view.width() == window.preview.width()


def test_phone_width_and_the_choice_is_remembered(
    qtbot: QtBot, demo_newsroom: Newsroom, make_window: WindowFactory
) -> None:
    window = make_window(demo_newsroom)
    _show_article(qtbot, window)
    window.actions_.preview_mobile.trigger()
    qtbot.wait(100)
    assert window.preview.view.width() == PHONE_WIDTH
    assert window.preview.view.zoomFactor() == 1.0
    assert abs(_page_value(qtbot, window, "window.innerWidth") - PHONE_WIDTH) <= 2
    assert _page_value(qtbot, window, "matchMedia('(max-width: 640px)').matches")
    window.close()

    again = make_window(demo_newsroom)
    assert again.writing_tools.preview_width.mode == "phone"
    assert again.actions_.preview_mobile.isChecked()
