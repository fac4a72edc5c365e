"""The window keeps up while it runs: scheduled articles go out on time, changes
made elsewhere (the command line) reach the list and the form, the checks dock
follows the article and the typing, and the status bar and a publish without a
site folder say what really happened."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.cli import main
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.types import utc_now
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.article_list_model import COLUMN_STATUS
from newsdesk.ui.publishing import site_folder_prompt
from newsdesk.ui.workflow.article_banners import SCHEDULED_KEY, korean_moment

from .conftest import ModalAnswerer, PersonWindowFactory, TypeText, person_id

SHOTS = Path("/tmp/ui-shots")
BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def _status(room: Newsroom, article_id: str) -> str:
    return ArticleService(room).get(article_id).status


def _approved(room: Newsroom, headline: str) -> str:
    kim, desk = person_id(room, "김민수"), person_id(room, "오세훈")
    fields = ArticleFields(headline=headline, body=BODY, section_id=1)
    article_id = ArticleService(room).create(fields, actor_id=kim).id
    WorkflowService(room).submit(article_id, kim)
    WorkflowService(room).transition(article_id, desk, "approve")
    return article_id


def _row_status(window: MainWindow, article_id: str) -> str:
    model = window.list_panel.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, COLUMN_STATUS).data())


def test_scheduled_article_goes_out_on_time_while_the_window_is_open(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    room = demo_newsroom
    article_id = _approved(room, "예약 출고 배곧 산책로")
    when = utc_now() + timedelta(seconds=3)
    WorkflowService(room).schedule(article_id, person_id(room, "오세훈"), when)
    window = person_window(room, "오세훈")
    window.open_article(article_id)

    # The time is shown: in the list's status column and above the form.
    assert _row_status(window, article_id).startswith("Scheduled ")
    banner = window.editor.banner
    assert banner.shown_key == SCHEDULED_KEY
    assert banner.text() == f"Scheduled to publish: {korean_moment(when)}"
    window.grab().save(str(SHOTS / "scheduled-banner-en.png"))

    # Its time comes while the app runs: published without a restart.
    qtbot.waitUntil(lambda: _status(room, article_id) == "published", timeout=15_000)
    flow = window.workflow
    qtbot.waitUntil(lambda: "Published at the scheduled time" in flow.last_message, timeout=10_000)
    assert "예약 출고 배곧 산책로" in flow.last_message
    assert _row_status(window, article_id) == "Published"
    assert not banner.isVisible()
    assert window.editor.headline.text() == "예약 출고 배곧 산책로"


def test_a_scheduled_article_failing_its_checks_is_reported_once(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory
) -> None:
    room = demo_newsroom
    desk = person_id(room, "오세훈")
    article_id = _approved(room, "점검에 걸릴 예약 기사")
    WorkflowService(room).schedule(article_id, desk, utc_now() + timedelta(seconds=2))
    articles = ArticleService(room)
    stored = articles.get(article_id)
    broken = ArticleFields.of(stored)
    broken.body += "\n\n“닫히지 않은 따옴표"
    articles.save(article_id, broken, expected_version=stored.version, actor_id=desk)
    window = person_window(room, "오세훈")
    scheduler = window.workflow.scheduler
    qtbot.waitUntil(lambda: article_id in scheduler.told_failed, timeout=15_000)
    notice = window.workflow.last_notice
    assert notice is not None and "Not published" in notice.text()
    notice.close()
    window.workflow.last_notice = None
    scheduler.check()
    qtbot.wait(300)
    assert window.workflow.last_notice is None  # not told again while nothing changed
    assert not scheduler.running and scheduler.timer.isActive()
    assert _status(room, article_id) == "scheduled"


def test_the_list_and_form_follow_changes_made_on_the_command_line(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    type_text: TypeText,
    capsys: pytest.CaptureFixture[str],
) -> None:
    room = demo_newsroom
    kim = person_id(room, "김민수")
    articles = ArticleService(room)
    mine = articles.create(ArticleFields(headline="내 기사", body=BODY, section_id=1), actor_id=kim)
    WorkflowService(room).submit(mine.id, kim)
    window = person_window(room, "오세훈")
    window.open_article(mine.id)
    panel = window.list_panel
    oldest = panel.model.article_id(panel.model.rowCount() - 1)
    assert oldest is not None
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the bottom, away from the open article
    scrolled = bar.value()
    assert scrolled > 0
    refreshes = window.change_refresher.refreshes
    data = str(room.data_dir)

    # The desk's colleague returns it from the command line: list and form follow.
    code = main(["--data", data, "--as", "오세훈", "return", mine.id[:8], "--note", "다시 보세요"])
    assert code == 0, capsys.readouterr().err
    qtbot.waitUntil(lambda: _row_status(window, mine.id) == "Returned", timeout=5_000)
    assert window.change_refresher.refreshes > refreshes
    assert panel.selected_article_ids() == [mine.id]  # the selection stays
    assert bar.value() == min(scrolled, bar.maximum()) > 0  # and so does the scroll
    assert window.workflow.actions.approve.isEnabled() is False  # actions follow the state

    # Typing in the form is never replaced by a change made elsewhere.
    window.editor.body.setFocus()
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    type_text(window.editor.body, " 고침.")
    assert window.autosave.dirty
    code = main(["--data", data, "--as", "김민수", "comment", mine.id[:8], "확인했습니다"])
    assert code == 0
    qtbot.waitUntil(lambda: window.workflow.comment_badge.text() == "1", timeout=5_000)
    assert window.editor.body.toPlainText().endswith(" 고침.")
    window.actions_.save.trigger()

    # A clean form shows the newer text (another editor's save).
    other = articles.get(oldest)
    window.open_article(oldest)
    changed = ArticleFields.of(other)
    changed.headline = other.headline + " (수정)"
    desk = person_id(room, "오세훈")  # another editor, at another PC
    articles.save(oldest, changed, expected_version=other.version, actor_id=desk)
    qtbot.waitUntil(lambda: window.editor.headline.text().endswith(" (수정)"), timeout=5_000)
    assert not window.autosave.dirty
    assert window.autosave.version == articles.get(oldest).version


def test_checks_dock_follows_the_article_and_the_typing(
    qtbot: QtBot, demo_newsroom: Newsroom, person_window: PersonWindowFactory, type_text: TypeText
) -> None:
    room = demo_newsroom
    kim = person_id(room, "김민수")
    articles = ArticleService(room)
    quoted = BODY + "\n\n관계자는 “내년 3월에 문을 연다고 말했다."
    broken = articles.create(
        ArticleFields(headline="따옴표 기사", body=quoted, section_id=1), actor_id=kim
    )
    clean = articles.create(
        ArticleFields(headline="깨끗한 기사", body=BODY, section_id=1), actor_id=kim
    )
    window = person_window(room, "김민수")
    flow = window.workflow
    window.open_article(broken.id)
    flow.actions.check.trigger()
    panel = flow.checks
    assert any(f.field == "body" for f in panel.findings)

    window.open_article(clean.id)  # the previous article's findings go at once
    assert panel.findings == []
    assert "깨끗한 기사" in panel.summary.text()

    # Typing a defect shows it after a pause; fixing it clears it again.
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, " 그는 “좋다고 했다.")
    qtbot.waitUntil(lambda: any(f.field == "body" for f in panel.findings), timeout=5_000)
    window.grab().save(str(SHOTS / "checks-follow-en.png"))
    type_text(body, "”")
    qtbot.waitUntil(lambda: panel.findings == [], timeout=5_000)

    # Hidden, it is not re-run; shown again, it is fresh.
    panel.hide()
    runs = flow.checks_follower.runs
    type_text(body, " “")
    qtbot.wait(800)
    assert flow.checks_follower.runs == runs
    flow.actions.check.trigger()
    assert any(f.field == "body" for f in panel.findings)


def test_status_bar_is_silent_without_a_server_and_publish_without_a_site_folder_asks(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    room = demo_newsroom
    article_id = _approved(room, "사이트 폴더 없이 출고")
    window = person_window(room, "오세훈")
    label = window.server_publishing.status_label
    assert label.text() == "" and not label.isVisible()  # no server: nothing claimed

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(site_folder_prompt, "choose_folder", lambda _controller: str(site))
    seen: list[str] = []

    def choose(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox) or widget.windowTitle() != "No site folder":
            return False
        seen.append(widget.text() + "\n" + widget.informativeText())
        widget.grab().save(str(SHOTS / "no-site-folder-en.png"))
        for button in widget.findChildren(QPushButton):
            if "Choose site folder" in button.text().replace("&", ""):
                button.click()
                return True
        return False

    modals.on(choose)
    window.open_article(article_id)
    window.workflow.actions.publish.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "사이트 폴더 없이 출고" in seen[0] and "Site settings" in seen[0]
    qtbot.waitUntil(lambda: list((site / "articles").glob("*.html")) != [], timeout=20_000)
    qtbot.waitUntil(lambda: "written" in window.workflow.last_message, timeout=20_000)
    assert _status(room, article_id) == "published"
