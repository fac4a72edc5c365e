"""The revision compare view: words instead of raw values, photos with thumbnails,
bodies that scroll together, F7 from change to change, a layout that gives the
bodies the room, and a remembered size. Plus the Korean screenshot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleQuery, ArticleService
from newsdesk.services.demo import draw_scene
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publishing import publish
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.workflow.body_compare import BodyComparePanes
from newsdesk.ui.workflow.history_dialog import GEOMETRY_KEY, HistoryDialog

from .conftest import PersonWindowFactory, person_id

SHOTS = Path("/tmp/ui-shots")
PARAGRAPHS = [
    "시흥시 교육청은 배곧동에 새 초등학교를 연다고 29일 밝혔다.",
    "교육청 관계자는 “내년 3월 개교에 맞춰 통학로와 돌봄교실을 먼저 갖추겠다”고 말했다.",
    *[
        f"{n}번째 문단: 학교는 지하 1층, 지상 4층 규모로 지어지며 "
        "학급 수는 36개, 학생 수용 인원은 약 900명이다."
        for n in range(3, 40)
    ],
    "학교는 오는 89일 착공해 2027년 2월 준공할 예정이다.",
]
OLD_BODY = "\n\n".join(PARAGRAPHS) + "\n"
NEW_BODY = OLD_BODY.replace("교육청은", "교육청이").replace("오는 89일", "오는 9일")


def _revised_article(room: Newsroom, tmp_path: Path) -> str:
    """A published demo article with a photo, saved twice by the desk:
    body (two far-apart changes), headline, photo caption / alt text, a new main photo."""
    editor = person_id(room, "오세훈")
    articles, photos = ArticleService(room), PhotoService(room)
    rows = articles.rows(ArticleQuery(statuses=("published",)), limit=200)
    article_id = next(row.id for row in rows if row.has_photo)
    current = articles.get(article_id)
    fields = ArticleFields.of(current)
    fields.headline, fields.body = "배곧동 새 초등학교 내년 3월 문 연다", OLD_BODY
    current = articles.save(article_id, fields, expected_version=current.version, actor_id=editor)

    (first,) = photos.list_for(article_id)
    photos.update_details(
        first.id,
        PhotoDetails(
            caption="공사가 한창인 배곧동 초등학교 부지", credit=first.credit, alt_text="공사 현장"
        ),
    )
    picture = draw_scene("park", tmp_path / "통학로.jpg", seed=5, size=(1200, 800))
    details = [PhotoDetails(caption="새로 닦은 통학로", credit="사진=오세훈", alt_text="통학로")]
    (progress,) = list(photos.add_files(article_id, [picture], details))
    assert progress.photo_id is not None
    photos.set_main(article_id, progress.photo_id)
    fields.headline, fields.body = "배곧동 새 초등학교 내년 3월 개교", NEW_BODY
    articles.save(article_id, fields, expected_version=current.version, actor_id=editor)
    return article_id


def _open_compare(qtbot: QtBot, window: MainWindow, article_id: str) -> HistoryDialog:
    window.open_article(article_id)
    dialog = window.workflow.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.select_revisions(0, 1)
    qtbot.wait(50)
    return dialog


def _top_line(view: QTextEdit) -> str:
    """The text of the line at the top of the pane."""
    cursor = view.cursorForPosition(view.viewport().rect().topLeft())
    return cursor.block().text()


def test_compare_speaks_in_words_and_walks_the_body(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    tmp_path: Path,
) -> None:
    article_id = _revised_article(demo_newsroom, tmp_path)
    window = person_window(demo_newsroom, "오세훈")
    dialog = _open_compare(qtbot, window, article_id)
    view = dialog.compare_view

    # Fields by their form names, in words (no field names, no raw values).
    assert [field for field, _old, _new in view.field_rows] == ["headline"]
    field_texts = {row[1].text() + row[2].text() for row in view.field_rows}
    assert not any("headline" in text for text in field_texts)

    # Photos: a thumbnail from the photo store and what happened, old → new.
    changes = [(change.change, change.caption) for change, _thumb, _text in view.photo_rows]
    assert changes == [
        ("changed", "공사가 한창인 배곧동 초등학교 부지"),
        ("added", "새로 닦은 통학로"),
    ]
    for _change, thumbnail, _text in view.photo_rows:
        image = thumbnail.pixmap().toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 10  # a picture, not the grey tile
    changed_text = view.photo_rows[0][2].text()
    assert "Caption changed" in changed_text and "Alt text changed" in changed_text
    assert "No longer the main photo" in changed_text
    assert "공사가 한창인" in changed_text and "→" in changed_text
    assert "sha" not in changed_text and "alt_text" not in changed_text
    added_text = view.photo_rows[1][2].text()
    assert "Photo added" in added_text and "Main photo" in added_text

    # The body: two changes, the first shown and marked in both panes.
    body: BodyComparePanes = view.body
    assert len(body.changes) == 2 and body.current == 0
    assert body.current_texts() == ("은", "이")
    assert view.change_counter.text() == "Change 1 of 2"
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()

    # F7 jumps to the far change in both panes; Shift+F7 comes back.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.revision_list, Qt.Key.Key_F7)
    assert body.current == 1
    assert body.current_texts() == ("8", "")
    for pane in (body.old_view, body.new_view):
        assert pane.verticalScrollBar().value() > 0
        cursor = pane.cursorForPosition(pane.viewport().rect().center())
        assert cursor.block().blockNumber() > 30  # the change is in view, not the top
    assert view.change_counter.text() == "Change 2 of 2"
    qtbot.keyClick(dialog.revision_list, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert body.current == 0
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert body.current == 1

    # Scrolling one body scrolls the other to the same text.
    middle = body.old_view.verticalScrollBar().maximum() // 2
    body.old_view.verticalScrollBar().setValue(middle)
    assert _top_line(body.new_view) == _top_line(body.old_view)
    body.new_view.verticalScrollBar().setValue(40)
    assert _top_line(body.old_view) == _top_line(body.new_view)


def test_the_bodies_take_the_room_and_the_size_is_remembered(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    ui_settings: QSettings,
    tmp_path: Path,
) -> None:
    article_id = _revised_article(demo_newsroom, tmp_path)
    window = person_window(demo_newsroom, "오세훈")
    dialog = _open_compare(qtbot, window, article_id)
    # The offscreen screen is 800×800: a restored size never outgrows the screen.
    dialog.resize(790, 600)
    qtbot.wait(50)
    body = dialog.compare_view.body
    first = body.height()
    assert first > dialog.compare_view.changes_area.height()  # more room than the field list
    dialog.resize(790, 740)
    qtbot.waitUntil(lambda: body.height() >= first + 120)  # growth goes to the bodies
    dialog.close()
    assert ui_settings.value(GEOMETRY_KEY)

    again = _open_compare(qtbot, window, article_id)
    assert (again.width(), again.height()) == (790, 740)
    again.close()


def test_the_original_and_a_status_change_in_words(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    articles = ArticleService(demo_newsroom)
    kim = person_id(demo_newsroom, "김민수")
    article = articles.create(ArticleFields(headline="새 원고", body="첫 문단.\n"), actor_id=kim)
    published = publish(demo_newsroom, article.id)
    articles.save(article.id, ArticleFields.of(published), expected_version=published.version)
    window = person_window(demo_newsroom, "오세훈")
    dialog = _open_compare(qtbot, window, article.id)
    assert dialog.revision_list.topLevelItemCount() == 2  # the first draft is there to compare
    rows = {field: (old.text(), new.text()) for field, old, new in dialog.compare_view.field_rows}
    old, new = rows["status"]
    assert "Draft" in old and "Published" in new
    assert "draft" not in old and "published" not in new
    assert dialog.compare_view.change_counter.text() == "No changes in the body"
    assert not dialog.compare_view.next_button.isEnabled()
    dialog.close()


def test_revision_compare_screenshot_in_korean(
    qtbot: QtBot,
    korean: None,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    tmp_path: Path,
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    article_id = _revised_article(demo_newsroom, tmp_path)
    window = person_window(demo_newsroom, "오세훈")
    dialog = _open_compare(qtbot, window, article_id)
    view = dialog.compare_view
    labels = [
        label.text()
        for label in view.findChildren(type(view.change_counter))
        if label.text().startswith("<b>")
    ]
    assert "<b>제목</b>" in labels and "<b>사진</b>" in labels and "<b>본문</b>" in labels
    changed, added = (row[2].text() for row in view.photo_rows)
    assert "사진 변경" in changed and "설명 변경" in changed and "대체 텍스트 변경" in changed
    assert "대표 사진 해제" in changed
    assert "사진 추가" in added and "대표 사진" in added
    assert view.change_counter.text() == "변경 1/2"
    assert view.next_button.text().startswith("다음 변경")
    newest = dialog.revision_list.topLevelItem(0)
    assert newest is not None and newest.text(2) == "저장"
    dialog.resize(1180, 820)
    qtbot.wait(200)
    target = SHOTS / "revision-compare.png"
    dialog.grab().save(str(target))
    assert not QImage(str(target)).isNull()
    dialog.close()
