"""The main window's layout and last article, kept in QSettings between sessions.

The settings object is always passed in: the app uses the user's settings,
tests and the screenshot command use a file of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
LAST_ARTICLE_KEY = "window/last_article"
DEFAULT_SIZE = (1440, 880)


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> bool:
    """Restore geometry, toolbars and splitter; False if the splitter had no saved sizes."""
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = settings.value(SPLITTER_KEY)
    return isinstance(sizes, QByteArray) and splitter.restoreState(sizes)


def last_article(settings: QSettings) -> str | None:
    value = settings.value(LAST_ARTICLE_KEY)
    return value if isinstance(value, str) and value else None


def save_layout(
    window: QMainWindow, splitter: QSplitter, settings: QSettings, article_id: str | None
) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
    settings.setValue(LAST_ARTICLE_KEY, article_id or "")
    settings.sync()
