"""Fixtures for the GUI tests: private settings and a real main window.

Settings go to an INI file in the test's temp folder, never to the user's
real QSettings; the newsroom is the shared fixtures' fresh database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """A throwaway settings file for one test."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _open_window(qtbot: QtBot, room: Newsroom, settings: QSettings) -> MainWindow:
    window = MainWindow(room, settings=settings)
    # pytest-qt closes registered widgets before fixtures tear down: drop unsaved
    # typing first so closing never stops at the "Save changes?" question.
    qtbot.addWidget(window, before_close_func=lambda w: w.autosave.discard_changes())
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    """Drop unsaved typing, close, and delete the window while Qt WebEngine still runs.

    A web page that outlives the application's web profile crashes at exit.
    """
    if not shiboken6.isValid(window):
        return
    window.autosave.discard_changes()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


WindowFactory = Callable[[Newsroom], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, ui_settings: QSettings) -> Iterator[WindowFactory]:
    """Build extra main windows (e.g. "the next start"); all are deleted afterwards."""
    made: list[MainWindow] = []

    def make(room: Newsroom) -> MainWindow:
        window = _open_window(qtbot, room, ui_settings)
        made.append(window)
        return window

    yield make
    for window in made:
        close_window(window)


@pytest.fixture
def main_window(qtbot: QtBot, newsroom: Newsroom, ui_settings: QSettings) -> Iterator[MainWindow]:
    """The main window on an empty newsroom; unsaved typing is dropped at the end."""
    window = _open_window(qtbot, newsroom, ui_settings)
    yield window
    close_window(window)


@pytest.fixture
def demo_window(
    qtbot: QtBot, demo_newsroom: Newsroom, ui_settings: QSettings
) -> Iterator[MainWindow]:
    """The main window on the 30-article demo newsroom."""
    window = _open_window(qtbot, demo_newsroom, ui_settings)
    yield window
    close_window(window)


TypeText = Callable[[QWidget, str], None]


def commit_text(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Korean input method delivers it: one committed syllable at a time.

    ``QTest.keyClicks`` only knows ASCII keys (it aborts on Hangul), and real
    Korean typing arrives as input-method commit events anyway.
    """
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text(qtbot: QtBot) -> TypeText:
    """Type Korean (or any) text into a widget through input-method events."""
    return commit_text


# -- the editorial workflow: people, modal dialogs -----------------------------------


def person_id(room: Newsroom, name: str) -> int:
    """The id of the demo newsroom's person called ``name``."""
    from newsdesk.services.people import PeopleService

    for person in PeopleService(room).list():
        if person.name == name:
            return person.id
    raise AssertionError(f"no person {name}")


PersonWindowFactory = Callable[[Newsroom, str], MainWindow]


@pytest.fixture
def person_window(qtbot: QtBot, ui_settings: QSettings) -> Iterator[PersonWindowFactory]:
    """Main windows working as a named person (no identity dialog)."""
    made: list[MainWindow] = []

    def make(room: Newsroom, name: str) -> MainWindow:
        window = MainWindow(room, settings=ui_settings, person_id=person_id(room, name))
        qtbot.addWidget(window, before_close_func=lambda w: w.autosave.discard_changes())
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        close_window(window)


ModalHandler = Callable[[QWidget], bool]


class ModalAnswerer:
    """Answers modal dialogs as they appear (they block inside exec()).

    Each handler gets the active modal widget and returns True when it dealt
    with it; handled dialogs are recorded in ``seen``.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.handlers: list[ModalHandler] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def on(self, handler: ModalHandler) -> None:
        self.handlers.append(handler)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        for handler in list(self.handlers):
            if handler(widget):
                self.seen.append(type(widget).__name__)
                self.handlers.remove(handler)
                return

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def modals() -> Iterator[ModalAnswerer]:
    answerer = ModalAnswerer()
    yield answerer
    answerer.stop()


@pytest.fixture
def korean() -> Iterator[None]:
    """The Korean UI for one test: install before building windows (labels are taken then)."""
    from newsdesk.ui.app.i18n import install_translators

    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "ko")
    assert translators, "newsdesk_ko.qm must load"
    yield
    for translator in translators:
        app.removeTranslator(translator)
