"""The window notices changes made elsewhere: the command line, another window,
another PC on the same database.

A light timer asks :class:`ChangeWatch` about once a second (SQLite's data
version: microseconds, no lock). When something changed, the article list
reloads keeping its selection and scroll position, the workflow actions and
banners follow the article's new state, and the open article's form is
reloaded only if it holds no unsaved typing (see
:func:`reload_if_changed_elsewhere`).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from newsdesk.store.change_watch import ChangeWatch
from newsdesk.ui.editor.external_changes import reload_if_changed_elsewhere

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

#: How often the data version is asked.
POLL_MS = 1000
#: A server database has no data version: the fingerprint is asked every this many polls.
SERVER_EVERY = 5


class ChangeRefresher(QObject):
    """Polls the database while the window is shown; emits :attr:`changed`."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watch = ChangeWatch(window.newsroom.db.engine)
        self.refreshes = 0  # how many times changes made elsewhere were shown (tests)
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        watch = self.watch  # a plain object: still reachable once Qt deleted the children
        window.destroyed.connect(lambda: watch.close())
        window.installEventFilter(self)
        self.changed.connect(self.show_changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self.timer.start()
            elif event.type() == QEvent.Type.Hide and not self.window.isVisible():
                self.timer.stop()
        return False

    def poll(self) -> None:
        """One look at the database (the timer calls this)."""
        self._ticks += 1
        if not self.watch.is_sqlite and self._ticks % SERVER_EVERY:
            return
        try:
            changed = self.watch.changed()
        except (sqlite3.Error, SQLAlchemyError):
            return  # busy or briefly unreachable: the next poll asks again
        if changed:
            self.changed.emit()

    def show_changes(self) -> None:
        """Bring list, form, actions and the schedule timer up to date."""
        window = self.window
        self.refreshes += 1
        panel = window.list_panel
        with panel.keeping_view():  # a reloaded form refreshes the list too
            if not reload_if_changed_elsewhere(window):
                panel.model.reload(at_least=panel.model.rowCount())
        window.workflow.refresh()
        window.workflow.scheduler.arm()

    def shutdown(self) -> None:
        self.timer.stop()
        self.watch.close()


def install_change_refresher(window: MainWindow) -> ChangeRefresher:
    """Watch ``window``'s newsroom for changes made elsewhere."""
    return ChangeRefresher(window)
