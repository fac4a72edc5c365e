"""F1 opens the Korean user guide (rendered, searchable); About stays in the Help menu."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from newsdesk.resources import resource_path
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.help_viewer import GUIDE_PARTS, HelpWindow, guide_markdown
from newsdesk.ui.app.main_window import MainWindow

from .conftest import PersonWindowFactory

REPO = Path(__file__).resolve().parents[2]
#: How the guide writes keys Qt names otherwise.
KEY_NAMES = {"Up": "↑", "Down": "↓", "Return": "Enter", "Del": "Delete"}


def _open_guide(qtbot: QtBot, window: MainWindow) -> HelpWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(window.findChild(HelpWindow), HelpWindow))
    guide = window.findChild(HelpWindow)
    assert isinstance(guide, HelpWindow)
    qtbot.waitExposed(guide)
    return guide


def test_f1_opens_the_guide_and_about_stays_in_help(
    qtbot: QtBot, korean: None, main_window: MainWindow
) -> None:
    guide = _open_guide(qtbot, main_window)
    assert guide.isVisible() and not guide.isModal()
    assert QApplication.activeModalWidget() is None  # no About box in the way
    assert guide.windowTitle() == "Newsdesk 사용 설명서"
    help_menu = main_window.menuBar().findChild(QMenu, "help-menu")
    assert isinstance(help_menu, QMenu)
    texts = [action.text() for action in help_menu.actions() if not action.isSeparator()]
    assert texts == ["사용 설명서(&U)", "Newsdesk 정보(&A)"]
    main_window.actions_.user_guide.trigger()  # F1 again: the same window, brought forward
    assert main_window.findChildren(HelpWindow) == [guide]


def test_guide_is_rendered_with_contents(qtbot: QtBot, korean: None) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    titles = [guide.contents.item(i).text().strip() for i in range(guide.contents.count())]
    for wanted in ("처음 시작할 때", "기자: 기사 쓰기", "데스크: 검토와 출고", "백업과 복원"):
        assert wanted in titles
    assert "단축키" in titles and "디스크가 가득 찼을 때" in titles
    page = guide.browser.toHtml()
    assert "<table" in page and "Ctrl+Shift+U" in guide.browser.toPlainText()
    plain = guide.browser.toPlainText()
    assert "자동 저장" in plain and "**자동 저장**" not in plain  # rendered, not shown raw
    item = next(
        guide.contents.item(i) for i in range(guide.contents.count()) if "백업" in titles[i]
    )
    guide.contents.itemClicked.emit(item)
    assert guide.browser.verticalScrollBar().value() > 0  # went to the section


def test_guide_is_searchable(qtbot: QtBot, korean: None) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    guide.find_field.setText("원고지")
    count = len(re.findall("원고지", guide.browser.toPlainText()))
    assert count >= 2
    assert guide.matches_label.text() == f"{count}건"
    assert guide.browser.textCursor().selectedText() == "원고지"
    first = guide.browser.textCursor().position()
    guide.find_next()
    assert guide.browser.textCursor().position() > first
    guide.find_field.setText("없는낱말쀍")
    assert guide.matches_label.text() == "찾지 못함"


def test_guide_ships_as_a_resource_and_matches_docs() -> None:
    shipped = resource_path(*GUIDE_PARTS)
    assert shipped.is_file()
    assert (REPO / "docs" / "guide.md").read_text(encoding="utf-8") == guide_markdown()


def _portable(sequence: QKeySequence) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return "+".join(KEY_NAMES.get(part, part) for part in text.split("+"))


def test_every_shortcut_is_in_the_guide(
    person_window: PersonWindowFactory, demo_newsroom: Newsroom
) -> None:
    window = person_window(demo_newsroom, "오세훈")  # an editor: every command
    table = guide_markdown().split("## 단축키", 1)[1].split("\n## ", 1)[0]
    listed = {
        key.strip()
        for row in table.splitlines()
        if row.startswith("| ") and not row.startswith("| ---")
        for cell in [row.split("|")[1]]
        for key in re.split(r" / ", cell)
    }
    missing = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = _portable(sequence)
            if key and key not in listed:
                missing.add(f"{key} ({action.text() or action.toolTip()})")
    assert not missing, missing
