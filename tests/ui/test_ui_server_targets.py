"""The publish-targets dialog: the token goes to the keyring and nowhere else."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.server_gui_helpers import (  # noqa: F401  (fixtures)
    SHOTS,
    TARGET,
    MemoryKeyring,
    live_server,
    publishing,
)

from newsdesk.server.testing import RunningServer
from newsdesk.services.publish_targets import KEYRING_SERVICE, TargetService, TokenState
from newsdesk.services.target_tokens import legacy_user
from newsdesk.ui.app.i18n import install_translators
from newsdesk.ui.publishing.server_publishing import ServerPublishing
from newsdesk.ui.publishing.targets_dialog import TargetsDialog


def _run_test(qtbot: QtBot, dialog: TargetsDialog) -> str:
    with qtbot.waitSignal(dialog.test_finished, timeout=20_000) as blocker:
        dialog.test_button.click()
    return str(blocker.args[0])


def _files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_add_target_stores_token_only_in_keyring_and_tests_connection(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    window = publishing.window
    dialog = publishing.show_targets(modal=False)
    qtbot.addWidget(dialog)
    dialog.show()
    token = live_server.write_token
    dialog.name_edit.setText(TARGET)
    dialog.url_edit.setText(live_server.base_url)
    dialog.token_edit.setText(token)
    dialog.add_button.click()

    user = TargetService(window.newsroom).tokens.user(TARGET)
    stored = json.loads(memory_keyring.passwords[(KEYRING_SERVICE, user)])
    assert stored == {"url": live_server.base_url.rstrip("/"), "token": token}
    assert dialog.token_edit.text() == ""
    info = TargetService(window.newsroom).get(TARGET)
    assert info.url == live_server.base_url.rstrip("/") and info.has_token

    text = _run_test(qtbot, dialog)
    assert text.startswith("Connection OK"), text
    assert dialog.result_label.text() == text
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "server-targets-dialog.png"))

    # The token is in no label, no settings file and no database file.
    window.save_settings()
    window.settings.sync()
    labels = [w.text() for w in dialog.findChildren(type(dialog.result_label))]
    assert not any(token in label for label in labels)
    secret = token.encode()
    for path in _files_under(tmp_path):
        if "srv" in path.parts:  # the server's own data (it stores a hash, not the token)
            continue
        assert secret not in path.read_bytes(), path


def test_bad_token_shows_the_auth_message(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
) -> None:
    dialog = TargetsDialog(publishing.newsroom, publishing.window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(TARGET)
    dialog.url_edit.setText(live_server.base_url)
    dialog.token_edit.setText("not-the-right-token")
    dialog.add_button.click()
    text = _run_test(qtbot, dialog)
    assert text.startswith("Connection failed")
    assert f"the token for target {TARGET} was refused (HTTP 401" in text
    assert "not-the-right-token" not in text

    # The token can be replaced for the selected target, then the test passes.
    dialog.token_edit.setText(live_server.write_token)
    dialog.set_token_button.click()
    assert _run_test(qtbot, dialog).startswith("Connection OK")


def test_invalid_url_and_removal(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = TargetsDialog(publishing.newsroom, publishing.window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(TARGET)
    dialog.url_edit.setText("ftp://example.kr")
    dialog.add_button.click()
    assert "is not an http:// or https:// address" in dialog.result_label.text()
    assert TargetService(publishing.newsroom).list() == []

    dialog.url_edit.setText("https://news.example.kr/")
    dialog.token_edit.setText("abc123")
    dialog.add_button.click()
    assert [t.name for t in TargetService(publishing.newsroom).list()] == [TARGET]
    dialog.enable_button.click()
    assert not TargetService(publishing.newsroom).get(TARGET).enabled
    dialog.remove_selected(confirm=False)
    assert TargetService(publishing.newsroom).list() == []
    assert memory_keyring.passwords == {}


def test_earlier_versions_token_is_used_only_when_adopted_and_address_change_asks_again(
    qtbot: QtBot,
    publishing: ServerPublishing,  # noqa: F811
    live_server: RunningServer,  # noqa: F811
    memory_keyring: MemoryKeyring,
) -> None:
    earlier = (KEYRING_SERVICE, legacy_user(TARGET))
    memory_keyring.passwords[earlier] = live_server.write_token
    targets = TargetService(publishing.newsroom)
    targets.add(TARGET, live_server.base_url)
    dialog = TargetsDialog(publishing.newsroom, publishing.window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "Earlier version's: enter or use"
    assert dialog.adopt_button.isEnabled()
    text = _run_test(qtbot, dialog)
    assert text.startswith("Connection failed") and "--adopt-earlier" in text

    dialog.adopt_earlier_token_of_selected(confirm=False)
    assert earlier not in memory_keyring.passwords
    assert dialog.table.item(0, 3).text() == "Stored in keyring"
    assert not dialog.adopt_button.isEnabled()
    assert _run_test(qtbot, dialog).startswith("Connection OK")

    targets.set_url(TARGET, "https://moved.example.kr")
    dialog.reload()
    assert targets.get(TARGET).token_state is TokenState.ADDRESS_CHANGED
    assert dialog.table.item(0, 3).text() == "Address changed: enter again"
    text = _run_test(qtbot, dialog)
    assert "is not sent to another address" in text
    assert live_server.write_token not in text


def test_korean_labels_of_server_publishing(qapp: QApplication) -> None:
    translators = install_translators(qapp, "ko")
    try:
        assert QApplication.translate("OutboxPanel", "Queued") == "대기 중"
        assert QApplication.translate("OutboxPanel", "Failed: %1") == "실패: %1"
        assert QApplication.translate("ServerPublishing", "Server: all sent") == "서버: 모두 전송됨"
        assert QApplication.translate("ArticleListModel", "Views") == "조회수"
        assert QApplication.translate("TargetsDialog", "Use earlier token…") == "이전 토큰 사용…"
        changed = QApplication.translate("TargetsDialog", "Address changed: enter again")
        assert changed == "주소 바뀜: 다시 입력"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
