"""kill -9 after typing: the next start offers the typed text back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.services.autosave import AutosaveService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.editor.recovery_dialog import RecoveryDialog

WindowFactory = Callable[[Newsroom], MainWindow]
SCRIPT = Path(__file__).with_name("typing_then_killed.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_typing_survives_kill_9(tmp_path: Path, make_window: WindowFactory) -> None:
    data_dir = tmp_path / "killed"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(data_dir), str(tmp_path / "killed.ini")],
        env=env,
        capture_output=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode(errors="replace")[-2000:]

    room = Newsroom.open(data_dir)
    try:
        drafts = AutosaveService(room).pending()
        assert len(drafts) == 1
        assert drafts[0].fields.headline == "강제 종료 직전 기사"
        assert drafts[0].fields.body == "이 문장은 저장 버튼을 누르기 전에 입력되었다."

        window = make_window(room)
        dialog = window.offer_recovery()
        assert isinstance(dialog, RecoveryDialog)
        dialog.restore_selected()
        assert window.editor.headline.text() == "강제 종료 직전 기사"
        assert window.editor.body.toPlainText() == "이 문장은 저장 버튼을 누르기 전에 입력되었다."
        assert window.save_article()
        assert AutosaveService(room).pending() == []
    finally:
        room.close()
