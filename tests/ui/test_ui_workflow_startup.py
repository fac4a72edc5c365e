"""Start-up: who is working (identity), and scheduled articles that came due."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.models import Article
from newsdesk.store.types import utc_now
from newsdesk.ui.app.identity import PERSON_KEY, IdentityDialog, stored_person

from .conftest import PersonWindowFactory, WindowFactory, person_id

BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def test_scheduled_article_past_due_is_published_at_start_and_user_told(
    qtbot: QtBot, demo_newsroom: Newsroom, make_window: WindowFactory, tmp_path: Path
) -> None:
    room = demo_newsroom
    update_profile(room, {"export_dir": str(tmp_path / "site")})
    reporter, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    fields = ArticleFields(headline="예약해 둔 배곧 산책로 기사", body=BODY, section_id=1)
    article_id = ArticleService(room).create(fields, actor_id=reporter).id
    workflow = WorkflowService(room)
    workflow.submit(article_id, reporter, confirm_warnings=True)
    workflow.transition(article_id, editor, "approve")
    workflow.schedule(article_id, editor, utc_now() + timedelta(hours=2), confirm_warnings=True)
    with room.db.session() as session:  # the app was closed while the time passed
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(scheduled_at=utc_now() - timedelta(hours=1))
        )

    window = make_window(room)
    qtbot.waitUntil(lambda: window.workflow.last_notice is not None, timeout=20_000)
    notice = window.workflow.last_notice
    assert notice is not None
    assert "예약해 둔 배곧 산책로 기사" in notice.text()
    assert "Published because" in notice.text()
    assert ArticleService(room).get(article_id).status == "published"
    assert list((tmp_path / "site" / "articles").glob("*.html"))
    notice.close()


def test_identity_dialog_adds_and_chooses_a_person(
    qtbot: QtBot, newsroom: Newsroom, ui_settings: QSettings
) -> None:
    assert stored_person(newsroom, ui_settings) is None
    dialog = IdentityDialog(newsroom)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    dialog.name_edit.setText("오세훈")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("editor"))
    dialog.add_button.click()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "오세훈 · Editor"
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.name == "오세훈"
    ui_settings.setValue(PERSON_KEY, dialog.chosen.id)
    found = stored_person(newsroom, ui_settings)
    assert found is not None and found.role == "editor"
    ui_settings.setValue(PERSON_KEY, 999)  # removed person: ask again
    assert stored_person(newsroom, ui_settings) is None


def test_switch_user_through_the_file_menu(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    window = person_window(demo_newsroom, "김민수")
    flow = window.workflow
    assert not flow.actions.review_queue.isVisible()  # the queue is the editors'

    def choose_editor() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IdentityDialog)
        dialog.select_person(person_id(demo_newsroom, "오세훈"))
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, choose_editor)
    flow.actions.switch_user.trigger()
    assert window.current_person is not None and window.current_person.name == "오세훈"
    assert flow.identity_label.text() == "오세훈 · Editor"
    assert flow.actions.review_queue.isVisible()
    assert window.settings.value(PERSON_KEY) in (
        window.current_person.id,
        str(window.current_person.id),
    )
    assert isinstance(flow.last_message, str) and "오세훈" in flow.last_message


def test_schedule_and_cancel_from_the_article_menu(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    from datetime import datetime

    from newsdesk.ui.workflow.workflow_dialogs import SEOUL, ScheduleDialog

    room = demo_newsroom
    reporter, editor = person_id(room, "김민수"), person_id(room, "오세훈")
    fields = ArticleFields(headline="예약 출고 시험", body=BODY, section_id=1)
    article_id = ArticleService(room).create(fields, actor_id=reporter).id
    WorkflowService(room).submit(article_id, reporter, confirm_warnings=True)
    WorkflowService(room).transition(article_id, editor, "approve")
    window = person_window(room, "오세훈")
    window.open_article(article_id)
    flow = window.workflow
    assert flow.actions.schedule.isEnabled() and not flow.actions.unschedule.isEnabled()

    dialog = ScheduleDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.when() > datetime.now(SEOUL)  # proposes the next full hour
    when = datetime.now(SEOUL) + timedelta(days=1)
    flow.schedule(when, confirm_warnings_=True)
    qtbot.waitUntil(
        lambda: ArticleService(room).get(article_id).status == "scheduled", timeout=20_000
    )
    qtbot.waitUntil(lambda: flow.actions.unschedule.isEnabled(), timeout=20_000)
    assert "Scheduled for" in flow.last_message
    flow.actions.unschedule.trigger()
    assert ArticleService(room).get(article_id).status == "approved"


def test_cli_opens_the_gui_with_a_handoff_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newsdesk import cli

    seen: list[object] = []
    monkeypatch.setattr(cli, "_run_gui", lambda args, files=None: seen.append(files) or 0)
    handoff = tmp_path / "기사.newsdesk"
    handoff.write_bytes(b"PK")
    assert cli.main([str(handoff)]) == 0
    assert seen == [[handoff]]
    seen.clear()
    assert cli.main(["--data", str(tmp_path)]) == 0
    assert seen == [None]
