"""Helper process for the kill test: open the editor, type, wait for autosave, die hard.

Run as ``python typing_then_killed.py DATA_DIR SETTINGS_FILE``. After the
autosave reaches the database the process sends itself SIGKILL, which is what
a crash or ``kill -9`` looks like: no close handlers, no clean shutdown.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

HEADLINE = "강제 종료 직전 기사"
BODY = "이 문장은 저장 버튼을 누르기 전에 입력되었다."


def commit_text(widget: QWidget, text: str) -> None:
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(widget, event)


def main() -> None:
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.app.main_window import MainWindow
    from newsdesk.ui.app.startup import make_application

    data_dir, settings_file = Path(sys.argv[1]), sys.argv[2]
    app = make_application([])
    newsroom = Newsroom.open(data_dir)
    window = MainWindow(newsroom, settings=QSettings(settings_file, QSettings.Format.IniFormat))
    window.show()
    commit_text(window.editor.headline, HEADLINE)
    commit_text(window.editor.body, BODY)
    window.autosave.autosaved.connect(lambda: os.kill(os.getpid(), signal.SIGKILL))
    QTimer.singleShot(20000, lambda: sys.exit(3))  # autosave never came: fail loudly
    app.exec()


if __name__ == "__main__":
    main()
