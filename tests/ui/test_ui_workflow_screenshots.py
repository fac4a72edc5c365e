"""Screenshots of the workflow GUI in Korean (/tmp/ui-shots/workflow-*.png).

The Korean translator is installed before the window is built (widgets take
their labels at construction) and removed afterwards, so the other tests
keep their English labels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.comments import CommentService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.ui.workflow.history_dialog import HistoryDialog

from .conftest import ModalAnswerer, PersonWindowFactory, TypeText, person_id

SHOTS = Path("/tmp/ui-shots")
BODY = (
    "시흥시 교육청은 배곧동에 새 초등학교를 연다고 29일 밝혔다.\n\n"
    "교육청 관계자는 “내년 3월 개교에 맞춰 통학로와 돌봄교실을 먼저 갖추겠다고 말했다.\n\n"
    "학교는 오는 89일 착공해 지하 1층, 지상 4층 규모로 지어진다."
)
CLEAN_BODY = BODY.replace("갖추겠다고", "갖추겠다”고").replace("오는 89일", "오는 9일")


def _submit_anyway(widget: QWidget) -> bool:
    if not isinstance(widget, QMessageBox):
        return False
    for button in widget.buttons():
        if widget.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            button.click()
            return True
    return False


def test_workflow_screenshots_in_korean(
    qtbot: QtBot,
    korean: None,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    type_text: TypeText,
    modals: ModalAnswerer,
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    room = demo_newsroom
    window = person_window(room, "김민수")
    flow = window.workflow
    assert flow.actions.submit.text() == "송고(&S)"
    window.actions_.new_article.trigger()
    type_text(window.editor.headline, "배곧동 새 초등학교 내년 3월 문 연다")
    window.editor.section.setCurrentIndex(4)
    # 송고 runs the checks and errors block it: the reporter sends a clean text, and
    # the problems the checks dock shows below come in while the desk edits it.
    window.editor.body.setPlainText(CLEAN_BODY)
    window.actions_.save.trigger()
    modals.on(_submit_anyway)  # a short body only warns: the reporter sends it anyway
    flow.actions.submit.trigger()
    article_id = window.current_article_id
    assert article_id is not None
    assert ArticleService(room).get(article_id).status == "submitted"
    CommentService(room).add(
        article_id, person_id(room, "김민수"), "개교 날짜는 교육청 보도자료로 확인했습니다."
    )

    flow.set_person(PeopleService(room).get(person_id(room, "오세훈")))
    flow.actions.review_queue.trigger()
    flow.actions.start_review.trigger()
    window.editor.body.setPlainText(BODY)
    window.actions_.save.trigger()
    window.side_tabs.setCurrentWidget(flow.comments)
    flow.comments.input.setPlainText(
        "둘째 문단 인용 부호를 닫아 주세요. 착공일도 다시 확인 바랍니다."
    )
    flow.comments.add_comment()
    flow.actions.check.trigger()
    flow.checks.activate_row(0)
    qtbot.wait(300)
    window.grab().save(str(SHOTS / "workflow-main.png"))
    flow.checks.grab().save(str(SHOTS / "workflow-checks.png"))

    window.editor.body.setPlainText(CLEAN_BODY.replace("교육청은", "교육청이"))
    window.actions_.save.trigger()
    dialog = flow.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.select_revisions(0, 1)
    dialog.resize(1100, 720)
    qtbot.wait(200)
    assert dialog.windowTitle() == "기사 이력"
    dialog.grab().save(str(SHOTS / "workflow-compare.png"))
    dialog.tabs.setCurrentIndex(0)
    dialog.grab().save(str(SHOTS / "workflow-history.png"))
    dialog.close()
