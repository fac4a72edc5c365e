"""Checks dock (jump to the defect), comments, history with revision compare and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.comments import CommentService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.workflow.history_dialog import HistoryDialog

from .conftest import PersonWindowFactory, TypeText, person_id

BODY = "시흥시 교육청은 새 학교를 연다.\n관계자는 “내년 3월에 문을 연다고 말했다.\n"
CLEAN_BODY = (
    "시흥시 교육청은 새 학교를 연다.\n" + "관계자는 “내년 3월에 문을 연다”고 말했다.\n" * 16
)


def _new_article(window: MainWindow, type_text: TypeText, headline: str, body: str) -> str:
    window.actions_.new_article.trigger()
    type_text(window.editor.headline, headline)
    window.editor.section.setCurrentIndex(1)
    window.editor.body.setPlainText(body)
    window.actions_.save.trigger()
    assert window.current_article_id is not None
    return window.current_article_id


def _highlighted(browser: QTextBrowser) -> list[str]:
    """Text runs that carry a background colour (the diff's marks)."""
    runs: list[str] = []
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                runs.append(fragment.text())
            iterator += 1
        block = block.next()
    return runs


def test_checks_panel_lists_defect_and_jumps_to_it(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, type_text: TypeText
) -> None:
    window = person_window(demo_newsroom, "김민수")
    window.activateWindow()
    _new_article(window, type_text, "새 학교 문 연다", BODY)
    flow = window.workflow
    flow.actions.check.trigger()
    panel = flow.checks
    assert panel.isVisible()
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    codes = [f.code for f in panel.findings]
    quote = next(i for i, f in enumerate(panel.findings) if f.field == "body" and f.line == 2)
    assert any("“" in f.message or "따옴표" in f.message for f in panel.findings), codes
    item = rows[quote]
    assert item is not None
    finding = panel.findings[quote]
    window.grab().save("/tmp/ui-shots/workflow-checks-en.png")

    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = window.editor.body.textCursor()
    assert cursor.blockNumber() == finding.line - 1
    assert cursor.selectionStart() - cursor.block().position() == finding.column - 1
    assert cursor.selectedText() == "“"
    qtbot.waitUntil(window.editor.body.hasFocus)

    # A headline finding selects in the headline field (Enter works like double-click).
    window.editor.headline.setText("")
    window.actions_.save.trigger()
    flow.actions.check.trigger()
    row = next(i for i, f in enumerate(panel.findings) if f.field == "headline")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(row))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(window.editor.headline.hasFocus)


def test_comments_add_and_resolve(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, type_text: TypeText
) -> None:
    window = person_window(demo_newsroom, "오세훈")
    article_id = _new_article(window, type_text, "댓글 시험", BODY)
    panel = window.workflow.comments
    window.side_tabs.setCurrentWidget(panel)
    panel.input.setFocus()
    type_text(panel.input, "둘째 문장 따옴표 확인")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.list.count() == 1
    assert "오세훈" in panel.list.item(0).text()
    assert "둘째 문장 따옴표 확인" in panel.list.item(0).text()
    assert panel.input.toPlainText() == ""
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    views = CommentService(demo_newsroom).for_article(article_id)
    assert views[0].resolved_at is not None
    assert "1 comment(s), 0 open" in panel.header.text()
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)  # reopen
    assert CommentService(demo_newsroom).for_article(article_id)[0].resolved_at is None
    window.actions_.new_article.trigger()  # another article: its own (no) comments
    assert panel.list.count() == 0


def test_history_compare_and_restore(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, type_text: TypeText
) -> None:
    window = person_window(demo_newsroom, "김민수")
    article_id = _new_article(window, type_text, "새 학교 문 연다", CLEAN_BODY)
    window.workflow.actions.submit.trigger()  # 송고 runs the checks: this text passes them
    assert ArticleService(demo_newsroom).get(article_id).status == "submitted"
    window.workflow.set_person(PeopleService(demo_newsroom).get(person_id(demo_newsroom, "오세훈")))
    body = window.editor.body
    body.setPlainText(CLEAN_BODY.replace("교육청은", "교육청이"))
    window.actions_.save.trigger()

    dialog = window.workflow.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitExposed(dialog)
    actions = [
        dialog.transitions.topLevelItem(i).text(2)
        for i in range(dialog.transitions.topLevelItemCount())
    ]
    assert "송고" in actions
    assert "김민수" in dialog.transitions.topLevelItem(0).text(1)
    assert dialog.revision_list.topLevelItemCount() == 3  # first save, submitted, editor's save
    dialog.tabs.setCurrentIndex(1)
    dialog.select_revisions(0, 1)
    old, new = dialog.compare_view.body.old_view, dialog.compare_view.body.new_view
    assert "은" in _highlighted(old)
    assert "이" in _highlighted(new)
    dialog.resize(1100, 720)
    qtbot.wait(100)
    dialog.grab().save("/tmp/ui-shots/workflow-compare-en.png")

    dialog.select_revisions(1)
    assert dialog.restore_button.isEnabled()
    dialog.restore_selected(confirm=False)
    assert "교육청은" in body.toPlainText()
    assert "교육청은" in ArticleService(demo_newsroom).get(article_id).body
    dialog.close()
