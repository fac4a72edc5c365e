"""The reporter–desk loop in the window: a returned article is visible as such
(list, filter, banner, comment badge), 송고 runs the checks and can be taken
back, and 출고 취소 asks first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.comments import CommentService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.workflow import WorkflowService
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.article_list_model import COLUMN_STATUS
from newsdesk.ui.workflow.article_banners import RETURNED_KEY, korean_moment

from .conftest import ModalAnswerer, PersonWindowFactory, TypeText, person_id

SHOTS = Path("/tmp/ui-shots")
DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)
NOTE = "둘째 문단의 인용 출처를 밝혀 주세요."


def _status(room: Newsroom, article_id: str) -> str:
    return ArticleService(room).get(article_id).status


def _returned_article(room: Newsroom, headline: str = "배곧 해안 산책로 새로 연다") -> str:
    """김민수's article, submitted and returned by 오세훈 with :data:`NOTE`."""
    kim, desk = person_id(room, "김민수"), person_id(room, "오세훈")
    fields = ArticleFields(headline=headline, body=BODY, section_id=1)
    article_id = ArticleService(room).create(fields, actor_id=kim).id
    workflow = WorkflowService(room)
    workflow.submit(article_id, kim)
    workflow.transition(article_id, desk, "start_review")
    workflow.transition(article_id, desk, "return", note=NOTE)
    return article_id


def _answer(
    modals: ModalAnswerer, button_text: str, seen: list[str] | None = None
) -> Callable[[QWidget], bool]:
    """Press the message box button whose text holds ``button_text``; note the box's text."""

    def handler(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        if seen is not None:
            seen.append(f"{widget.windowTitle()}\n{widget.text()}\n{widget.informativeText()}")
        for button in widget.findChildren(QPushButton):
            if button_text in button.text().replace("&", ""):
                button.click()
                return True
        return False

    modals.on(handler)
    return handler


def _row_status(window: MainWindow, article_id: str) -> str:
    model = window.list_panel.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, COLUMN_STATUS).data())


def test_returned_article_has_its_state_banner_and_comment_badge(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, type_text: TypeText
) -> None:
    room = demo_newsroom
    article_id = _returned_article(room)
    desk = person_id(room, "오세훈")
    comments = CommentService(room)
    comments.add(article_id, desk, "사진 설명도 보강해 주세요.")
    done = comments.add(article_id, desk, "제목은 좋습니다.")
    comments.set_resolved(done, True)
    window = person_window(room, "김민수")

    # In the list: its own status and its own filter entry, not "Draft".
    assert _row_status(window, article_id) == "Returned"
    panel = window.list_panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("returned"))
    model = panel.model
    assert [model.article_id(r) for r in range(model.rowCount())] == [article_id]
    panel.status_filter.setCurrentIndex(0)

    window.open_article(article_id)
    banner = window.editor.banner
    assert banner.isVisible()
    assert banner.shown_key == RETURNED_KEY
    at = WorkflowService(room).history(article_id)[-1].at
    assert banner.text() == f"Returned by the desk: {NOTE} — 오세훈, {korean_moment(at)}"
    badge = window.workflow.comment_badge
    assert badge.isVisible() and badge.text() == "1"  # one open, one resolved

    # Edited and saved, it stays returned (the note still shown) until it is submitted.
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    type_text(window.editor.body, " 시 관계자가 밝혔다.")
    window.actions_.save.trigger()
    assert _status(room, article_id) == "returned"
    assert banner.isVisible()
    window.workflow.actions.submit.trigger()
    assert _status(room, article_id) == "submitted"
    assert banner.message(RETURNED_KEY) == ""  # the note is done with; now it is the desk's:
    assert banner.text() == "Submitted — the desk is reviewing it"
    assert _row_status(window, article_id) == "Submitted"

    # A new article shows no banner and no badge.
    window.actions_.new_article.trigger()
    assert not banner.isVisible() and not badge.isVisible()


def test_returned_article_screenshot_in_korean(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    korean: None,
) -> None:
    room = demo_newsroom
    article_id = _returned_article(room)
    CommentService(room).add(article_id, person_id(room, "오세훈"), "사진 설명도 보강해 주세요.")
    window = person_window(room, "김민수")
    window.open_article(article_id)
    window.side_tabs.setCurrentWidget(window.workflow.comments)
    banner = window.editor.banner
    assert banner.text().startswith(f"데스크 반려: {NOTE} — 오세훈, ")
    assert _row_status(window, article_id) == "반려"
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
    shot = window.grab()
    shot.save(str(SHOTS / "returned-article-ko.png"))
    shot.save(str(DOCS_SHOTS / "returned-article.png"))


def test_submit_runs_the_checks_and_can_be_withdrawn(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    type_text: TypeText,
    modals: ModalAnswerer,
) -> None:
    room = demo_newsroom
    window = person_window(room, "김민수")
    flow = window.workflow
    window.actions_.new_article.trigger()
    type_text(window.editor.headline, "새 학교 문 연다")
    window.editor.section.setCurrentIndex(1)
    window.editor.body.setPlainText(BODY + "\n\n관계자는 “내년 3월에 문을 연다고 말했다.")
    window.actions_.save.trigger()
    article_id = window.current_article_id
    assert article_id is not None

    # An error blocks 송고: said in a dialog, listed in the checks dock.
    seen: list[str] = []
    _answer(modals, "OK", seen)
    assert flow.actions.submit.isEnabled()
    flow.actions.submit.trigger()
    assert _status(room, article_id) == "draft"
    assert seen and seen[0].startswith("Not submitted")
    assert "“" in seen[0]
    assert flow.checks.isVisible()
    assert any(f.field == "body" and f.severity == "error" for f in flow.checks.findings)
    window.grab().save(str(SHOTS / "submit-blocked-en.png"))

    # Warnings only (a short body): asked, Cancel keeps it here, "Submit anyway" sends it.
    window.editor.body.setPlainText("짧은 본문이다.")
    window.actions_.save.trigger()
    seen.clear()
    _answer(modals, "Cancel", seen)
    flow.actions.submit.trigger()
    assert seen and seen[0].startswith("Submit with warnings?")
    assert "본문이 너무 짧습니다" in seen[0]
    assert _status(room, article_id) == "draft"
    _answer(modals, "Submit anyway")
    flow.actions.submit.trigger()
    assert _status(room, article_id) == "submitted"
    assert window.editor.body.isReadOnly()

    # Taken back before the desk starts: a draft again, editable.
    assert flow.actions.withdraw.isEnabled()
    flow.actions.withdraw.trigger()
    assert _status(room, article_id) == "draft"
    assert not window.editor.body.isReadOnly()
    assert not flow.actions.withdraw.isEnabled()
    _answer(modals, "Submit anyway")
    flow.actions.submit.trigger()
    WorkflowService(room).transition(article_id, person_id(room, "오세훈"), "start_review")
    flow.refresh()
    assert not flow.actions.withdraw.isEnabled()  # the desk has started: ask them instead


def test_submit_shortcut_is_ctrl_enter_and_the_comment_box_keeps_it(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    type_text: TypeText,
) -> None:
    room = demo_newsroom
    kim = person_id(room, "김민수")
    fields = ArticleFields(headline="배곧 산책로", body=BODY, section_id=1)
    article_id = ArticleService(room).create(fields, actor_id=kim).id
    window = person_window(room, "김민수")
    window.open_article(article_id)
    submit = window.workflow.actions.submit
    assert submit.shortcut() == QKeySequence("Ctrl+Return")
    assert QKeySequence("Ctrl+Enter") in submit.shortcuts()
    assert "Ctrl+Return" in submit.toolTip()
    taken = [
        a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+S")
    ]
    assert taken == []  # "Save as" elsewhere: not a workflow step here

    # Ctrl+Enter in the comment box adds the comment; it does not submit the article.
    comments = window.workflow.comments
    window.side_tabs.setCurrentWidget(comments)
    window.activateWindow()
    comments.input.setFocus()
    qtbot.waitUntil(comments.input.hasFocus)
    type_text(comments.input, "사진을 바꿉니다.")
    qtbot.keyClick(comments.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [c.body for c in CommentService(room).for_article(article_id)] == ["사진을 바꿉니다."]
    assert _status(room, article_id) == "draft"
    assert window.workflow.comment_badge.text() == "1"

    # In the body, Ctrl+Enter is 송고.
    window.editor.body.setFocus()
    qtbot.waitUntil(window.editor.body.hasFocus)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(room, article_id) == "submitted"


def test_unpublish_asks_naming_the_article(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, modals: ModalAnswerer
) -> None:
    room = demo_newsroom
    window = person_window(room, "오세훈")
    published = next(row for row in ArticleService(room).rows() if row.status == "published")
    window.open_article(published.id)
    flow = window.workflow
    assert flow.actions.unpublish.isEnabled()

    seen: list[str] = []
    _answer(modals, "Cancel", seen)
    flow.actions.unpublish.trigger()
    assert seen, "no question was asked"
    assert published.headline in seen[0] and f"no. {published.number}" in seen[0]
    assert "public page goes away" in seen[0]
    assert _status(room, published.id) == "published"

    _answer(modals, "Unpublish")
    flow.actions.unpublish.trigger()
    qtbot.waitUntil(lambda: _status(room, published.id) == "unpublished", timeout=20_000)
    qtbot.waitUntil(lambda: not flow.jobs.busy, timeout=20_000)
