"""Pasting formatted text into the body, through the window's clipboard.

Before: Word and 한글 pastes lost bold, headings and lists, and a table became
tab-separated text. Now the clipboard's HTML becomes Markdown (see
tests/text/test_text_html_to_markdown.py for the converter's rules), and a
copy from the body pastes back as the same Markdown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.text.test_text_html_to_markdown import HWP_MARKDOWN, WORD_MARKDOWN

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.body_mime import hand_copy_to_qt
from newsdesk.ui.editor.markdown_editor import MarkdownEditor

CLIPBOARD = Path(__file__).parents[1] / "text" / "clipboard"


def office_mime(name: str, plain: str) -> QMimeData:
    """What Word or 한글 offers: HTML beside a plain-text version (tabs for table cells)."""
    mime = QMimeData()
    mime.setHtml((CLIPBOARD / name).read_text(encoding="utf-8"))
    mime.setText(plain)
    return mime


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards() -> Iterator[None]:
    """Python-made clipboard data left at exit crashes Qt's offscreen clipboard."""
    yield
    QApplication.clipboard().clear()


def paste(body: MarkdownEditor, mime: QMimeData) -> None:
    QApplication.clipboard().setMimeData(mime)
    body.setFocus()
    body.paste()


def put_cursor(body: MarkdownEditor, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)


def test_a_word_paste_keeps_headings_bold_lists_quotes_and_the_table(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    body = main_window.editor.body
    paste(body, office_mime("word_press_release.html", "구분\t일시\t장소\n개막식\t5월 3일"))
    assert body.toPlainText() == WORD_MARKDOWN + "\n\n"
    assert "\t" not in body.toPlainText()
    qtbot.waitUntil(lambda: "<table>" in main_window.preview.last_html, timeout=20000)
    assert "<th>구분</th>" in main_window.preview.last_html


def test_an_hwp_paste_in_the_middle_of_a_paragraph_goes_in_as_blocks(
    main_window: MainWindow,
) -> None:
    body = main_window.editor.body
    body.setPlainText("앞 문장. 뒤 문장.")
    put_cursor(body, len("앞 문장. "))
    paste(body, office_mime("hwp_press_release.html", "시흥시, 5월 청소년 문화축제 연다"))
    assert body.toPlainText() == f"앞 문장.\n\n{HWP_MARKDOWN}\n\n뒤 문장."
    body.undo()
    assert body.toPlainText() == "앞 문장. 뒤 문장."  # one paste, one undo


def test_one_formatted_sentence_goes_into_the_line(main_window: MainWindow) -> None:
    body = main_window.editor.body
    body.setPlainText("시청은 발표했다.")
    put_cursor(body, len("시청은 "))
    mime = QMimeData()
    mime.setHtml('<meta charset="utf-8"><span style="font-weight:700">오늘</span> ')
    mime.setText("오늘 ")
    paste(body, mime)
    assert body.toPlainText() == "시청은 **오늘**발표했다."


def test_a_paste_replaces_the_selection(main_window: MainWindow) -> None:
    body = main_window.editor.body
    body.setPlainText("첫 문단.\n\n지울 문단.\n\n끝 문단.")
    cursor = body.textCursor()
    start = body.toPlainText().index("지울")
    cursor.setPosition(start)
    cursor.setPosition(start + len("지울 문단."), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    mime = QMimeData()
    mime.setHtml("<ul><li>하나</li><li>둘</li></ul>")
    paste(body, mime)
    assert body.toPlainText() == "첫 문단.\n\n- 하나\n- 둘\n\n끝 문단."


def test_copying_from_the_body_pastes_back_the_same_markdown(main_window: MainWindow) -> None:
    body = main_window.editor.body
    source = "## 소제목\n\n**굵게** 1. 그리고 *기울임*\n\n| 가 | 나 |\n| --- | --- |\n| 1 | 2 |"
    body.setPlainText(source)
    body.selectAll()
    body.copy()
    copied = QApplication.clipboard().mimeData()
    assert copied.text() == source
    assert not copied.hasHtml()  # else the paste below would convert (and escape) it
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertPlainText("\n\n")
    body.paste()
    assert body.toPlainText() == f"{source}\n\n{source}"
    hand_copy_to_qt()  # what quitting does: the copy stays for other programs
    assert QApplication.clipboard().text() == source


def test_a_person_who_may_not_edit_pastes_nothing(main_window: MainWindow) -> None:
    service = ArticleService(main_window.newsroom)
    article = service.create(ArticleFields(headline="기사", body="본문"))
    main_window.open_article(article.id)
    body = main_window.editor.body
    body.setReadOnly(True)  # what the role rule sets for someone else's article
    paste(body, office_mime("word_press_release.html", "구분"))
    assert body.toPlainText() == "본문"
