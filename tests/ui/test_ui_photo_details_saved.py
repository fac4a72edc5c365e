"""Photo caption / credit / alt text typed and not yet left are saved by every door.

The fields used to store only on focus loss, so Ctrl+S (or closing, or the
autosave) while the cursor was still in a field left the typing out of the
database. Each door here is taken with the cursor still in the field; the
photo row is then read back through a separate connection.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.importing import section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.store.models import Photo
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.photos import photo_details_form

TypeText = Callable[[QWidget, str], None]
WindowFactory = Callable[[Newsroom], MainWindow]


@dataclass(frozen=True)
class Room:
    newsroom: Newsroom
    article_id: str
    other_id: str
    photo_id: str


@pytest.fixture
def room(newsroom: Newsroom, tmp_path: Path) -> Room:
    """Two saved articles; the first has one photo with no details yet."""
    articles = ArticleService(newsroom)
    article_id = articles.create(ArticleFields(headline="사진 기사", body="본문")).id
    other_id = articles.create(ArticleFields(headline="다른 기사", body="다른 본문")).id
    picture = tmp_path / "바다.jpg"
    Image.new("RGB", (640, 480), (40, 90, 150)).save(picture, "JPEG", quality=85)
    (progress,) = list(PhotoService(newsroom).add_files(article_id, [picture]))
    assert progress.photo_id is not None
    return Room(newsroom, article_id, other_id, progress.photo_id)


def stored_details(data_dir: Path, photo_id: str) -> tuple[str, str, str]:
    """The photo row as another process would see it (its own engine and session)."""
    other = Newsroom.open(data_dir)
    try:
        with other.db.session() as session:
            photo = session.get(Photo, photo_id)
            assert photo is not None
            return photo.caption, photo.credit, photo.alt_text
    finally:
        other.close()


def focus(qtbot: QtBot, window: MainWindow, field: QLineEdit) -> None:
    window.side_tabs.setCurrentWidget(window.photos_panel)
    window.activateWindow()
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(field.hasFocus)


def open_photo_article(qtbot: QtBot, make_window: WindowFactory, room: Room) -> MainWindow:
    window = make_window(room.newsroom)
    window.open_article(room.article_id)
    assert window.photos_panel.selected_photo_id() == room.photo_id
    return window


def test_credit_typed_then_ctrl_s_is_in_the_database(
    qtbot: QtBot, make_window: WindowFactory, room: Room, type_text: TypeText
) -> None:
    window = open_photo_article(qtbot, make_window, room)
    credit = window.photos_panel.details.credit_edit
    focus(qtbot, window, credit)
    type_text(credit, "김민수 기자")
    qtbot.keyClick(credit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.save_state_label.text() == "Saved"
    assert credit.hasFocus()  # the door was taken without leaving the field
    assert stored_details(room.newsroom.data_dir, room.photo_id)[1] == "김민수 기자"


Door = Callable[[QtBot, MainWindow, Room], None]


def ctrl_s(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def switch_article(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    row = window.list_panel.model.row_of(room.other_id)
    assert row is not None
    window.list_panel.table.selectRow(row)  # a selection change without a focus change
    assert window.current_article_id == room.other_id


def new_article(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article_id is None


def close_window(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    assert window.close()


def autosave(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    """Nothing but waiting: the details write through once typing pauses."""
    data_dir = room.newsroom.data_dir
    qtbot.waitUntil(lambda: stored_details(data_dir, room.photo_id)[2] != "", timeout=3000)


DOORS: dict[str, Door] = {
    "ctrl_s": ctrl_s,
    "switch_article": switch_article,
    "new_article": new_article,
    "close_window": close_window,
    "autosave": autosave,
}


@pytest.mark.parametrize("door", list(DOORS))
def test_every_door_keeps_the_typed_details(
    qtbot: QtBot, make_window: WindowFactory, room: Room, type_text: TypeText, door: str
) -> None:
    window = open_photo_article(qtbot, make_window, room)
    form = window.photos_panel.details
    focus(qtbot, window, form.caption_edit)
    type_text(form.caption_edit, "해 질 녘 오이도 바다")
    form.credit_edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(form.credit_edit, "김민수 기자")
    form.alt_edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(form.alt_edit, "붉게 물든 하늘 아래 바다")
    assert form.alt_edit.hasFocus()
    DOORS[door](qtbot, window, room)
    assert stored_details(room.newsroom.data_dir, room.photo_id) == (
        "해 질 녘 오이도 바다",
        "김민수 기자",
        "붉게 물든 하늘 아래 바다",
    )


def test_typing_that_never_pauses_is_stored_within_the_maximum_wait(
    qtbot: QtBot, make_window: WindowFactory, room: Room, type_text: TypeText
) -> None:
    window = open_photo_article(qtbot, make_window, room)
    caption = window.photos_panel.details.caption_edit
    focus(qtbot, window, caption)
    data_dir = room.newsroom.data_dir
    for syllable in "시흥시 배곧 해안 산책로 개통식 현장 모습":
        type_text(caption, syllable)
        qtbot.wait(150)  # faster than the pause debounce: only the maximum wait fires
        if stored_details(data_dir, room.photo_id)[0]:
            break
    else:
        pytest.fail("a caption typed without pausing was never stored")
    assert caption.hasFocus()
    assert caption.text().startswith(stored_details(data_dir, room.photo_id)[0])


class FakeInputMethod:
    """Stands in for the platform's Hangul input method (offscreen has none):
    holds a pre-edit syllable and delivers it on commit, as a real one does."""

    def __init__(self) -> None:
        self.widget: QWidget | None = None
        self.preedit = ""

    def compose(self, widget: QWidget, syllable: str) -> None:
        self.widget, self.preedit = widget, syllable
        QApplication.sendEvent(widget, QInputMethodEvent(syllable, []))

    def commit(self) -> None:
        if self.widget is not None and self.preedit:
            event = QInputMethodEvent()
            event.setCommitString(self.preedit)
            QApplication.sendEvent(self.widget, event)
        self.widget, self.preedit = None, ""


@pytest.fixture
def input_method(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeInputMethod]:
    fake = FakeInputMethod()
    monkeypatch.setattr(photo_details_form, "commit_input_method", fake.commit)
    yield fake


def test_unfinished_syllable_is_committed_before_the_save(
    qtbot: QtBot,
    make_window: WindowFactory,
    room: Room,
    type_text: TypeText,
    input_method: FakeInputMethod,
) -> None:
    window = open_photo_article(qtbot, make_window, room)
    credit = window.photos_panel.details.credit_edit
    focus(qtbot, window, credit)
    type_text(credit, "사진=김민")
    input_method.compose(credit, "수")
    assert credit.text() == "사진=김민"  # the pre-edit is not in the text yet
    qtbot.keyClick(credit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored_details(room.newsroom.data_dir, room.photo_id)[1] == "사진=김민수"


def test_submitting_keeps_the_details_and_then_they_are_read_only(
    qtbot: QtBot, room: Room, ui_settings: QSettings, type_text: TypeText
) -> None:
    reporter = PeopleService(room.newsroom).add("김민수", "reporter")
    articles = ArticleService(room.newsroom)
    article = articles.get(room.article_id)
    with room.newsroom.db.session() as session:
        section_id = section_named(session, "사회").id
    # Ready for 송고 (which runs the checks) but for the photo credit typed below:
    # submitting only passes if the typing reached the database before the checks.
    mine = dataclasses.replace(
        ArticleFields.of(article),
        author_id=reporter.id,
        byline="김민수 기자",
        section_id=section_id,
        body="\n\n".join(["바닷가 산책로를 새로 정비해 주민들이 즐겨 찾는다."] * 20),
    )
    articles.save(room.article_id, mine, expected_version=article.version)
    PhotoService(room.newsroom).update_details(
        room.photo_id, PhotoDetails(caption="배곧 바다", alt_text="바다 사진")
    )
    window = MainWindow(room.newsroom, settings=ui_settings, person_id=reporter.id)
    qtbot.addWidget(window, before_close_func=lambda w: w.autosave.discard_changes())
    window.show()
    qtbot.waitExposed(window)
    window.open_article(room.article_id)
    form = window.photos_panel.details
    assert not form.credit_edit.isReadOnly()
    focus(qtbot, window, form.credit_edit)
    type_text(form.credit_edit, "김민수 기자")

    window.workflow.actions.by_service_action()["submit"].trigger()
    assert articles.get(room.article_id).status == "submitted"
    assert stored_details(room.newsroom.data_dir, room.photo_id)[1] == "김민수 기자"

    # A reporter may not edit a submitted article: nor may they change its photos' details.
    assert form.credit_edit.isReadOnly() and form.caption_edit.isReadOnly()
    focus(qtbot, window, form.caption_edit)
    qtbot.keyClicks(form.caption_edit, "edited after submitting")
    assert form.caption_edit.text() == "배곧 바다"
    # ...and no input method delivers Hangul to a read-only field.
    assert not form.caption_edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    window.photos_panel.flush()
    qtbot.wait(1800)  # past the pause debounce and the maximum wait
    assert stored_details(room.newsroom.data_dir, room.photo_id)[0] == "배곧 바다"
