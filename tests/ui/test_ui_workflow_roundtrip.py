"""A reporter and an editor take an article from draft to the public site in the GUI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import WorkflowService
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.article_list_model import ARTICLE_ID_ROLE, COLUMN_NUMBER, COLUMN_STATUS
from newsdesk.ui.workflow.workflow_dialogs import ReturnNoteDialog

from .conftest import ModalAnswerer, PersonWindowFactory, TypeText, person_id

PARAGRAPH = (
    "시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
)
MORE = "\n\n".join(f"{n}번째 문단이다. {PARAGRAPH}" for n in range(2, 9))


def _press_button(text: str) -> object:
    def handler(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        for button in widget.findChildren(QPushButton):
            if text in button.text().replace("&", ""):
                button.click()
                return True
        return False

    return handler


def _status(room: Newsroom, article_id: str) -> str:
    return ArticleService(room).get(article_id).status


def _write_article(window: MainWindow, type_text: TypeText) -> str:
    window.actions_.new_article.trigger()
    editor = window.editor
    type_text(editor.headline, "배곧 해안 산책로 새로 연다")
    editor.section.setCurrentIndex(1)
    editor.body.setFocus()
    type_text(editor.body, f"1번째 문단이다. {PARAGRAPH}")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.body.insertPlainText("\n\n" + MORE)
    window.actions_.save.trigger()
    article_id = window.current_article_id
    assert article_id is not None
    return article_id


def test_draft_to_published_through_review(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    type_text: TypeText,
    modals: ModalAnswerer,
    tmp_path: Path,
) -> None:
    room = demo_newsroom
    site = tmp_path / "site"
    update_profile(room, {"export_dir": str(site)})
    window = person_window(room, "김민수")
    flow = window.workflow
    assert flow.identity_label.text() == "김민수 · Reporter"

    article_id = _write_article(window, type_text)
    article = ArticleService(room).get(article_id)
    assert article.author_id == person_id(room, "김민수")
    assert window.editor.byline.text() == "김민수 기자"  # the form shows what the save set
    assert flow.actions.submit.isEnabled()
    assert not flow.actions.approve.isEnabled()
    assert not flow.actions.publish.isEnabled()
    flow.actions.submit.trigger()
    assert _status(room, article_id) == "submitted"
    assert not flow.actions.submit.isEnabled()
    assert window.editor.body.isReadOnly()  # a submitted article is the desk's now
    assert flow.read_only_reason == "Submitted — the desk is reviewing it"  # shown above the form

    # The role rule holds even if the GUI were bypassed: the service refuses, the user is told.
    seen: list[str] = []

    def read_refusal(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()
            return True
        return False

    modals.on(read_refusal)
    assert not flow.run_action("approve")
    assert seen == ["Approve: not allowed — Only the desk (editors and administrators) may do this"]
    assert _status(room, article_id) == "submitted"

    # The editor finds it in the review queue.
    editor = PeopleService(room).get(person_id(room, "오세훈"))
    flow.set_person(editor)
    assert flow.identity_label.text() == "오세훈 · Editor"
    flow.actions.review_queue.trigger()
    assert flow.actions.review_queue.isChecked()
    model = window.list_panel.model
    queued = [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())]
    assert article_id in queued
    assert all(
        model.index(r, COLUMN_STATUS).data() in ("Submitted", "In review")
        for r in range(model.rowCount())
    )
    flow.actions.start_review.trigger()
    assert _status(room, article_id) == "in_review"

    def fill_note(widget: QWidget) -> bool:
        if isinstance(widget, ReturnNoteDialog):
            widget.note.setPlainText("둘째 문단의 출처를 밝혀 주세요.")
            widget.accept()
            return True
        return False

    modals.on(fill_note)
    flow.actions.return_.trigger()
    assert _status(room, article_id) == "returned"
    history = WorkflowService(room).history(article_id)
    assert history[-1].action == "return"
    assert history[-1].note == "둘째 문단의 출처를 밝혀 주세요."

    # The reporter fixes it and sends it again.
    flow.set_person(PeopleService(room).get(person_id(room, "김민수")))
    assert not window.editor.body.isReadOnly()
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    type_text(window.editor.body, " 시 관계자가 밝혔다.")
    window.actions_.save.trigger()
    flow.actions.submit.trigger()
    assert _status(room, article_id) == "submitted"

    flow.set_person(editor)
    flow.actions.approve.trigger()
    assert _status(room, article_id) == "approved"
    assert flow.actions.publish.isEnabled()
    modals.on(_press_button("Publish anyway"))  # in case the checks warn
    flow.actions.publish.trigger()
    qtbot.waitUntil(lambda: _status(room, article_id) == "published", timeout=20_000)
    qtbot.waitUntil(lambda: not flow.jobs.busy, timeout=20_000)
    number = ArticleService(room).get(article_id).number
    assert number is not None
    assert f"Published as no. {number}" in flow.last_message
    assert "written" in flow.last_message
    pages = list((site / "articles").glob(f"{number}-*.html"))
    assert len(pages) == 1
    assert "배곧 해안 산책로" in pages[0].read_text(encoding="utf-8")

    flow.actions.review_queue.trigger()  # back to every article
    row = model.row_of(article_id)
    assert row is not None
    assert model.index(row, COLUMN_STATUS).data() == "Published"
    assert model.index(row, COLUMN_NUMBER).data() == str(number)
    window.side_tabs.setCurrentWidget(flow.comments)
    flow.comments.input.setPlainText("사진 설명을 보강해 주세요.")
    flow.comments.add_comment()
    qtbot.wait(200)
    window.grab().save("/tmp/ui-shots/workflow-main-en.png")
