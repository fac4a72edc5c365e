"""Photos dropped or pasted on the body, through the real window, importer and database.

Before: a dropped JPEG typed its ``file://`` path into the body and a pasted
picture did nothing. Now both become photos of the article (through the
photos panel's threaded import) and their references land where they were
dropped, each a block of its own; other files are named in a message, and a
person who may not change the article is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.ui.conftest import PersonWindowFactory, TypeText

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoService
from newsdesk.store.models import Article, Person
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.markdown_editor import MarkdownEditor

BODY = "첫 문단.\n둘째 줄."


def make_jpeg(folder: Path, name: str, colour: tuple[int, int, int] = (40, 90, 150)) -> Path:
    path = folder / name
    Image.new("RGB", (640, 480), colour).save(path, "JPEG", quality=85)
    return path


def file_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    # File managers put the file:// addresses beside as text: what used to be typed.
    mime.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    return mime


def drop_on_body(body: MarkdownEditor, mime: QMimeData, position: int) -> bool:
    """Drag ``mime`` over the body and drop it at text ``position``; True if the drag was taken."""
    cursor = QTextCursor(body.document())
    cursor.setPosition(position)
    point = QPointF(body.cursorRect(cursor).center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(body.viewport(), enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(body.viewport(), drop)
    return True


def wait_for_import(qtbot: QtBot, window: MainWindow) -> None:
    """The drop or paste started the import at once; wait until its photos are in."""
    panel = window.photos_panel
    assert panel.is_importing()
    qtbot.waitUntil(lambda: not panel.is_importing(), timeout=30000)


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards() -> Iterator[None]:
    """Python-made clipboard data left at exit crashes Qt's offscreen clipboard."""
    yield
    QApplication.clipboard().clear()


def paste(body: MarkdownEditor, mime: QMimeData) -> None:
    QApplication.clipboard().setMimeData(mime)
    body.setFocus()
    body.paste()


@pytest.fixture
def article(main_window: MainWindow) -> str:
    created = ArticleService(main_window.newsroom).create(
        ArticleFields(headline="사진 기사", body=BODY)
    )
    main_window.open_article(created.id)
    return created.id


def stored_names(room: Newsroom, article_id: str) -> list[str]:
    return [photo.original_name for photo in PhotoService(room).list_for(article_id)]


def test_a_dropped_jpeg_becomes_a_photo_referenced_where_it_was_dropped(
    qtbot: QtBot, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    body = main_window.editor.body
    photo = make_jpeg(tmp_path, "등대.jpg")
    assert drop_on_body(body, file_mime([photo]), BODY.index("\n"))
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == "첫 문단.\n\n![](photo:1)\n\n둘째 줄."
    assert "file:" not in body.toPlainText()
    assert stored_names(main_window.newsroom, article) == ["등대.jpg"]
    assert main_window.photos_panel.list.count() == 1
    lines = [main_window.photos_panel.results.item(i).text() for i in range(1)]
    assert "Imported: 등대.jpg" in lines[0]  # the panel's own import, its own messages
    assert main_window.autosave.dirty  # an edit like any other: saved with the article


def test_typing_while_the_photos_import_keeps_the_drop_point(
    qtbot: QtBot, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    body = main_window.editor.body
    photos = [make_jpeg(tmp_path, "하나.jpg"), make_jpeg(tmp_path, "둘.jpg", (200, 90, 40))]
    assert drop_on_body(body, file_mime(photos), len(BODY))
    start = QTextCursor(body.document())
    start.insertText("제목 줄\n\n")  # typed before the import finishes
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == f"제목 줄\n\n{BODY}\n\n![](photo:1)\n\n![](photo:2)\n\n"
    assert stored_names(main_window.newsroom, article) == ["하나.jpg", "둘.jpg"]


def test_a_pasted_picture_becomes_a_photo_at_the_cursor(
    qtbot: QtBot, main_window: MainWindow, article: str
) -> None:
    body = main_window.editor.body
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4ed8"))
    mime = QMimeData()
    mime.setImageData(image)
    paste(body, mime)
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == f"![](photo:1)\n\n{BODY}"
    (stored,) = PhotoService(main_window.newsroom).list_for(article)
    assert stored.original_name.startswith("Pasted image") and stored.width == 320
    assert body.textCursor().position() == len("![](photo:1)\n\n")


def test_copied_files_pasted_become_photos_in_order(
    qtbot: QtBot, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    body = main_window.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    paste(body, file_mime([make_jpeg(tmp_path, "가.jpg"), make_jpeg(tmp_path, "나.jpg")]))
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == f"{BODY}\n\n![](photo:1)\n\n![](photo:2)\n\n"


def test_other_files_are_named_in_korean_and_the_photos_still_go_in(
    qtbot: QtBot, korean: None, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    hwp = tmp_path / "보도자료.hwp"
    hwp.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an OLE document (HWP 5)
    note = tmp_path / "메모.txt"
    note.write_text("기자 메모", encoding="utf-8")
    photo = make_jpeg(tmp_path, "시장.jpg")
    body = main_window.editor.body
    assert drop_on_body(body, file_mime([hwp, photo, note]), 0)
    box = main_window.body_photos.last_notice
    assert box is not None and box.isVisible()
    assert "보도자료.hwp" in box.text() and "메모.txt" in box.text()
    assert "사진만" in box.text()  # in Korean
    box.accept()
    wait_for_import(qtbot, main_window)
    assert stored_names(main_window.newsroom, article) == ["시장.jpg"]
    assert body.toPlainText().startswith("![](photo:1)\n\n첫 문단.")


def test_a_broken_photo_gets_the_import_message_and_no_reference(
    qtbot: QtBot, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    fake = tmp_path / "가짜.jpg"
    fake.write_text("<html><body>사진이 아님</body></html>", encoding="utf-8")
    body = main_window.editor.body
    assert drop_on_body(body, file_mime([fake]), 0)
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == BODY
    panel = main_window.photos_panel
    assert main_window.side_tabs.currentWidget() is panel  # where the reason is listed
    lines = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert any(line.startswith("Not imported") and "가짜.jpg" in line for line in lines)
    assert "Photos tab" in main_window.body_photos.last_message


def test_a_drop_on_a_new_article_saves_it_and_references_the_photo(
    qtbot: QtBot, main_window: MainWindow, type_text: TypeText, tmp_path: Path
) -> None:
    type_text(main_window.editor.headline, "새 기사")
    body = main_window.editor.body
    type_text(body, "본문.")
    assert drop_on_body(body, file_mime([make_jpeg(tmp_path, "새.jpg")]), 3)
    wait_for_import(qtbot, main_window)
    article_id = main_window.current_article_id
    assert article_id is not None
    assert stored_names(main_window.newsroom, article_id) == ["새.jpg"]
    assert body.toPlainText() == "본문.\n\n![](photo:1)\n\n"


def test_switching_articles_during_the_import_leaves_the_other_body_alone(
    qtbot: QtBot, main_window: MainWindow, article: str, tmp_path: Path
) -> None:
    other = ArticleService(main_window.newsroom).create(ArticleFields(headline="딴 기사"))
    body = main_window.editor.body
    assert drop_on_body(body, file_mime([make_jpeg(tmp_path, "등대.jpg")]), 0)
    main_window.open_article(other.id)
    wait_for_import(qtbot, main_window)
    assert body.toPlainText() == ""
    assert stored_names(main_window.newsroom, article) == ["등대.jpg"]
    assert "their article" in main_window.body_photos.last_message


def test_plain_text_still_pastes_as_text(main_window: MainWindow, article: str) -> None:
    body = main_window.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setText(" 덧붙임")
    paste(body, mime)
    assert body.toPlainText() == BODY + " 덧붙임"


def test_a_person_who_may_not_edit_cannot_drop_or_paste_photos(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, tmp_path: Path
) -> None:
    with demo_newsroom.db.session() as session:
        reporter = session.scalars(select(Person).where(Person.name == "김민수")).one()
        theirs = session.scalars(
            select(Article).where(Article.author_id != reporter.id, Article.deleted_at.is_(None))
        ).first()
        assert theirs is not None
        article_id, photo_count = theirs.id, len(theirs.photos)
    window = person_window(demo_newsroom, "김민수")
    window.open_article(article_id)
    body = window.editor.body
    assert body.isReadOnly()
    before = body.toPlainText()

    assert not drop_on_body(body, file_mime([make_jpeg(tmp_path, "등대.jpg")]), 0)
    assert "may not change this article" in window.body_photos.last_message

    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    paste(body, mime)
    paste(body, file_mime([make_jpeg(tmp_path, "시장.jpg")]))
    qtbot.wait(200)
    assert not window.photos_panel.is_importing()
    assert body.toPlainText() == before
    assert len(PhotoService(demo_newsroom).list_for(article_id)) == photo_count


def test_the_desk_may_drop_photos_into_a_reporters_article(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, tmp_path: Path
) -> None:
    with demo_newsroom.db.session() as session:
        desk = session.scalars(select(Person).where(Person.name == "오세훈")).one()
        article = session.scalars(
            select(Article).where(Article.author_id != desk.id, Article.deleted_at.is_(None))
        ).first()
        assert article is not None
        article_id, count = article.id, len(article.photos)
    window = person_window(demo_newsroom, "오세훈")
    window.open_article(article_id)
    body = window.editor.body
    assert not body.isReadOnly()
    assert drop_on_body(body, file_mime([make_jpeg(tmp_path, "데스크.jpg")]), 0)
    wait_for_import(qtbot, window)
    assert body.toPlainText().startswith(f"![](photo:{count + 1})\n\n")
    assert len(PhotoService(demo_newsroom).list_for(article_id)) == count + 1
