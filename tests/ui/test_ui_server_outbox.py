"""The outbox in the GUI: queued → sent, offline and back, conflicts, 조회수."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from tests.ui.server_gui_helpers import (  # noqa: F401  (fixtures)
    SHOTS,
    TARGET,
    add_target,
    edit_on_server,
    job_state,
    live_server,
    publish_one,
    publishing,
    wait_state,
)

from newsdesk.publish.api_client import NewsdeskApiClient
from newsdesk.server.testing import RunningServer
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.outbox_jobs import JobState
from newsdesk.ui.articles.article_list_model import COLUMN_VIEWS
from newsdesk.ui.publishing.conflict_dialog import KEEP_LOCAL
from newsdesk.ui.publishing.outbox_panel import COL_NEXT, COL_PROBLEM, COL_STATE
from newsdesk.ui.publishing.server_publishing import ServerPublishing


def _server_has(server: RunningServer, article_id: str) -> dict[str, object] | None:
    with NewsdeskApiClient(server.base_url, server.write_token, timeout=5) as client:
        return client.get_article(article_id)


def _views_on_server(server: RunningServer, article_id: str) -> int:
    stored = _server_has(server, article_id)
    return int(str(stored["view_count"])) if stored else -1


def _cell(shown: ServerPublishing, article_id: str, column: int) -> str:
    shown.refresh()
    for position, row in enumerate(shown.panel.rows):
        if row.article_id == article_id:
            item = shown.panel.table.item(position, column)
            return item.text() if item else ""
    return ""


def test_publish_goes_out_then_waits_offline_then_sends_again(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
) -> None:
    newsroom = publishing.newsroom
    assert publishing.status_label.text() == ""  # no server yet: nothing to claim
    add_target(newsroom, live_server)
    publishing.refresh()
    assert publishing.status_label.text() == "Server: all sent"

    first = publish_one(newsroom)
    publishing.refresh()
    assert job_state(publishing, first) == JobState.QUEUED
    assert _cell(publishing, first, COL_STATE) == "Queued"
    publishing.window.list_panel.refresh()  # what the window does after publishing
    wait_state(qtbot, publishing, first, JobState.SENT)
    assert _cell(publishing, first, COL_STATE) == "Sent"
    assert _server_has(live_server, first) is not None
    assert publishing.status_label.text() == "Server: all sent"

    live_server.stop()
    second = publish_one(newsroom)
    publishing.send_now()
    qtbot.waitUntil(
        lambda: "cannot connect" in _cell(publishing, second, COL_PROBLEM), timeout=20_000
    )
    assert _cell(publishing, second, COL_STATE) == "Queued"
    assert _cell(publishing, second, COL_NEXT) != ""
    assert publishing.status_label.text().startswith("Server: offline — retry ")
    SHOTS.mkdir(parents=True, exist_ok=True)
    publishing.window.resize(1400, 900)
    publishing.panel.grab().save(str(SHOTS / "server-outbox-dock.png"))

    live_server.start()
    publishing.panel.send_now_button.click()
    wait_state(qtbot, publishing, second, JobState.SENT)
    assert _server_has(live_server, second) is not None
    assert publishing.status_label.text() == "Server: all sent"


def _make_conflict(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    server: RunningServer,
    *,
    server_headline: str,
    local_headline: str,
) -> str:
    """Publish an article, change it on the server, correct it here: a 409 conflict."""
    newsroom = publishing.newsroom
    add_target(newsroom, server)
    article_id = publish_one(newsroom)
    publishing.send_now()
    wait_state(qtbot, publishing, article_id, JobState.SENT)
    edit_on_server(server, article_id, server_headline)
    service = ArticleService(newsroom)
    article = service.get(article_id)
    fields = ArticleFields.of(article)
    fields.headline = local_headline
    service.save(article_id, fields, expected_version=article.version)  # a correction
    publishing.send_now()
    wait_state(qtbot, publishing, article_id, JobState.CONFLICT)
    return article_id


def test_conflict_shows_both_versions_and_keep_mine_sends(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
) -> None:
    article_id = _make_conflict(
        qtbot,
        publishing,
        live_server,
        server_headline="서버에서 바꾼 제목",
        local_headline="데스크에서 고친 제목",
    )
    assert publishing.status_label.text() == "Server: 1 in conflict"

    position = next(i for i, r in enumerate(publishing.panel.rows) if r.article_id == article_id)
    publishing.panel.table.selectRow(position)
    assert publishing.panel.resolve_button.isEnabled()
    dialog = publishing.open_conflict(publishing.panel.rows[position].id, modal=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.headline_fields() == ("데스크에서 고친 제목", "서버에서 바꾼 제목")
    dialog.grab().save(str(SHOTS / "server-conflict-dialog.png"))

    dialog.keep_local_button.click()
    assert dialog.choice == KEEP_LOCAL
    wait_state(qtbot, publishing, article_id, JobState.SENT)
    stored = _server_has(live_server, article_id)
    assert stored is not None and stored["headline"] == "데스크에서 고친 제목"


def test_view_counts_reach_the_article_list(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
) -> None:
    newsroom = publishing.newsroom
    add_target(newsroom, live_server)
    article_id = publish_one(newsroom)
    publishing.send_now()
    wait_state(qtbot, publishing, article_id, JobState.SENT)
    stored = _server_has(live_server, article_id)
    assert stored is not None
    for _ in range(3):
        assert httpx.get(str(stored["url"]), timeout=5).status_code == 200

    # The server counts a view after answering; wait until it says 3.
    qtbot.waitUntil(lambda: _views_on_server(live_server, article_id) == 3, timeout=10_000)

    model = publishing.window.list_panel.model
    publishing.sync_views_action.trigger()

    def shown() -> str:
        row = model.row_of(article_id)
        return "" if row is None else str(model.index(row, COLUMN_VIEWS).data())

    try:
        qtbot.waitUntil(lambda: shown() == "3", timeout=20_000)
    except TimeoutError as error:  # say why: the sync's problems are in the tooltip
        raise AssertionError(
            f"shown {shown()!r}; server says {_views_on_server(live_server, article_id)}; "
            f"problems: {publishing.status_label.toolTip()!r}"
        ) from error
    header = model.headerData(COLUMN_VIEWS, Qt.Orientation.Horizontal)
    assert header == "Views"


def test_closing_the_window_stops_the_worker_thread(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
) -> None:
    runner = publishing.runner
    assert runner._thread.isRunning()
    titles = [a.text() for a in publishing.window.menuBar().actions()]
    assert "&Server publishing" in titles
    publishing.window.autosave.discard_changes()
    publishing.window.close()
    assert not runner._thread.isRunning()
    runner.request_run()  # ignored once closed
    assert not runner.running


def test_conflict_take_servers_version_updates_the_local_article(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
) -> None:
    article_id = _make_conflict(
        qtbot, publishing, live_server, server_headline="서버 제목", local_headline="내 제목"
    )
    service = ArticleService(publishing.newsroom)

    job_id = next(r.id for r in publishing.panel.rows if r.article_id == article_id)
    dialog = publishing.open_conflict(job_id, modal=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.keep_server_button.click()
    assert job_state(publishing, article_id) == JobState.RESOLVED
    assert service.get(article_id).headline == "서버 제목"
    assert publishing.status_label.text() == "Server: all sent"
