"""Hand-off files in the GUI: export two articles, import them into a second
data folder's window (added, then unchanged), drag-and-drop, a damaged file, and
what the notice says about articles that arrived short of their file's status."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow

from .conftest import ModalAnswerer, PersonWindowFactory, WindowFactory


@pytest.fixture
def second_room(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "second-pc")
    yield room
    room.close()


def _select_rows(window: MainWindow, rows: list[int]) -> list[str]:
    table = window.list_panel.table
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = window.list_panel.model.index(row, 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    return window.list_panel.selected_article_ids()


def _import_and_wait(qtbot: QtBot, window: MainWindow, path: Path, confirm: bool = False) -> None:
    before = window.handoff.last_report
    assert window.handoff.import_file(path, confirm=confirm)
    qtbot.waitUntil(lambda: window.handoff.last_report is not before, timeout=20_000)
    qtbot.waitUntil(lambda: not window.handoff.busy, timeout=20_000)


def _accept_question(widget: QWidget) -> bool:
    if isinstance(widget, QMessageBox) and widget.icon() == QMessageBox.Icon.Question:
        QUESTIONS.append(widget.text())
        widget.button(QMessageBox.StandardButton.Yes).click()
        return True
    return False


QUESTIONS: list[str] = []


def test_handoff_round_trip_between_two_data_folders(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    second_room: Newsroom,
    person_window: PersonWindowFactory,
    make_window: WindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    desk = person_window(demo_newsroom, "오세훈")
    ids = _select_rows(desk, [0, 1])
    assert len(ids) == 2
    out = tmp_path / "보내기"
    desk.handoff.export_selected(out)
    qtbot.waitUntil(lambda: desk.handoff.last_export is not None, timeout=20_000)
    report = desk.handoff.last_export
    assert report is not None and report.articles == 2
    handoff_file = report.path
    assert handoff_file.name == "보내기.newsdesk" and handoff_file.is_file()

    laptop = make_window(second_room)
    QUESTIONS.clear()
    modals.on(_accept_question)
    _import_and_wait(qtbot, laptop, handoff_file, confirm=True)
    headlines = {ArticleService(demo_newsroom).get(i).headline for i in ids}
    assert QUESTIONS and "2 article(s)" in QUESTIONS[0]
    assert all(headline in QUESTIONS[0] for headline in headlines)
    first = laptop.handoff.last_report
    assert first is not None and sorted(first.added) == sorted(ids)
    assert laptop.handoff.last_notice is not None
    assert "Added: 2" in laptop.handoff.last_notice.text()
    assert ArticleService(second_room).count(ArticleQuery()) == 2
    assert laptop.list_panel.model.rowCount() == 2
    laptop.handoff.last_notice.close()

    _import_and_wait(qtbot, laptop, handoff_file)
    again = laptop.handoff.last_report
    assert again is not None and len(again.skipped) == 2 and not again.added
    assert "Unchanged: 2" in laptop.handoff.last_notice.text()
    assert ArticleService(second_room).count(ArticleQuery()) == 2

    laptop.handoff.last_notice.close()

    # Dropping the file on the window imports it too (after the same question).
    QUESTIONS.clear()
    modals.on(_accept_question)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(handoff_file))])
    before = laptop.handoff.last_report
    over_editor = laptop.editor.body.mapTo(laptop, laptop.editor.body.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(over_editor, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(laptop.windowHandle(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(over_editor), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(laptop.windowHandle(), drop)
    assert QUESTIONS, modals.seen
    qtbot.waitUntil(lambda: laptop.handoff.last_report is not before, timeout=20_000)
    assert drop.isAccepted()
    assert "보내기" not in laptop.editor.body.toPlainText()  # not pasted as a path


def test_damaged_handoff_file_is_refused_with_its_name(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    damaged = tmp_path / "망가진.newsdesk"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    assert not main_window.handoff.import_file(damaged, confirm=False)
    assert "망가진.newsdesk" in main_window.handoff.last_error
    notice = main_window.handoff.last_notice
    assert notice is not None and notice.icon() == QMessageBox.Icon.Warning
    assert "망가진.newsdesk" in notice.text()
    assert ArticleService(main_window.newsroom).count(ArticleQuery()) == 0


def test_both_sides_changed_is_reported_with_the_headline(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    second_room: Newsroom,
    person_window: PersonWindowFactory,
    make_window: WindowFactory,
    tmp_path: Path,
) -> None:
    from newsdesk.services.articles import ArticleFields
    from newsdesk.services.handoff import export_handoff, import_handoff

    article_id = ArticleService(demo_newsroom).rows(ArticleQuery(), limit=1)[0].id
    first = export_handoff(demo_newsroom, [article_id], tmp_path / "out.newsdesk").path
    import_handoff(second_room, first)
    for room, change in ((demo_newsroom, "데스크 수정"), (second_room, "현장 수정")):
        service = ArticleService(room)
        article = service.get(article_id)
        fields = ArticleFields.of(article)
        fields.body += f"\n\n{change}"
        service.save(article_id, fields, expected_version=article.version)
    back = export_handoff(second_room, [article_id], tmp_path / "back.newsdesk").path

    desk = person_window(demo_newsroom, "오세훈")
    _import_and_wait(qtbot, desk, back)
    report = desk.handoff.last_report
    assert report is not None and len(report.conflicts) == 1
    notice = desk.handoff.last_notice
    assert notice is not None
    headline = ArticleService(demo_newsroom).get(article_id).headline
    assert "Changed on both sides: 1" in notice.text()
    assert "kept as revisions" in notice.text()
    assert escape(headline) in notice.text()


def test_a_published_article_changed_elsewhere_waits_for_the_desk(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    second_room: Newsroom,
    person_window: PersonWindowFactory,
    tmp_path: Path,
) -> None:
    from newsdesk.services.articles import ArticleFields
    from newsdesk.services.handoff import export_handoff, import_handoff

    rows = ArticleService(demo_newsroom).rows(ArticleQuery(), limit=50)
    article_id = next(row.id for row in rows if row.status == "published")
    published = ArticleService(demo_newsroom).get(article_id)
    import_handoff(second_room, export_handoff(demo_newsroom, [article_id], tmp_path / "o").path)
    service = ArticleService(second_room)
    fields = ArticleFields.of(service.get(article_id))
    fields.body += "\n\n현장 수정"
    service.save(article_id, fields, expected_version=service.get(article_id).version)
    back = export_handoff(second_room, [article_id], tmp_path / "back.newsdesk").path

    desk = person_window(demo_newsroom, "오세훈")
    _import_and_wait(qtbot, desk, back)
    notice = desk.handoff.last_notice
    assert notice is not None
    assert "Waiting for the desk: 1" in notice.text()
    assert escape(published.headline) in notice.text()
    assert "it is published here" in notice.text()
    assert ArticleService(demo_newsroom).get(article_id).body == published.body


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_published_article_arrives_unpublished_and_the_notice_says_so(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    second_room: Newsroom,
    make_window: WindowFactory,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    language: str,
) -> None:
    """A file never makes anything live: the import notice names each article that
    arrived short of what its file claimed, in the window's language."""
    from newsdesk.services.handoff import export_handoff
    from newsdesk.site.dates import stamp

    if language == "ko":
        request.getfixturevalue("korean")  # before the window is built
    rows = ArticleService(demo_newsroom).rows(ArticleQuery(), limit=50)
    article_id = next(row.id for row in rows if row.status == "published")
    published = ArticleService(demo_newsroom).get(article_id)
    assert published.number is not None and published.published_at is not None
    sent = export_handoff(demo_newsroom, [article_id], tmp_path / "출고본.newsdesk").path

    laptop = make_window(second_room)
    _import_and_wait(qtbot, laptop, sent)
    received = ArticleService(second_room).get(article_id)
    assert (received.status, received.number, received.published_at) == ("submitted", None, None)
    notice = laptop.handoff.last_notice
    assert notice is not None
    when, number = stamp(published.published_at), published.number
    expected = {
        "en": (
            "Not put on the site: 1",
            f"{published.headline} — arrived as Submitted; the file said Published as "
            f"no. {number} (published {when}",
        ),
        "ko": (
            "사이트에 올리지 않음: 1",
            f"{published.headline} — 송고 상태로 들어옴. 파일에 적힌 것: 출고, {number}번 "
            f"(출고 {when}",
        ),
    }[language]
    assert all(escape(text) in notice.text() for text in expected), notice.text()
    assert ("arrived as" in notice.text()) == (language == "en")  # not the English message
