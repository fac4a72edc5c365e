"""Fixtures for the GUI tests: private settings and a real main window.

Settings go to an INI file in the test's temp folder, never to the user's
real QSettings; the newsroom is the shared fixtures' fresh database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.main_window import MainWindow


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """A throwaway settings file for one test."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _open_window(qtbot: QtBot, room: Newsroom, settings: QSettings) -> MainWindow:
    window = MainWindow(room, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: QtBot, newsroom: Newsroom, ui_settings: QSettings) -> Iterator[MainWindow]:
    """The main window on an empty newsroom; unsaved typing is dropped at the end."""
    window = _open_window(qtbot, newsroom, ui_settings)
    yield window
    window.autosave.discard_changes()


@pytest.fixture
def demo_window(
    qtbot: QtBot, demo_newsroom: Newsroom, ui_settings: QSettings
) -> Iterator[MainWindow]:
    """The main window on the 30-article demo newsroom."""
    window = _open_window(qtbot, demo_newsroom, ui_settings)
    yield window
    window.autosave.discard_changes()
