"""Full-screen writing: only the article form and body, on the whole screen.

F11 (View ▸ Full-screen writing) hides the article list, the preview and
photo tabs, the window's toolbars and docks, and fills the screen; F11 again
or Esc comes back to exactly the layout that was there before — splitter
sizes, docks, toolbars, window size and maximised state. Closing the window
while writing full-screen first restores that layout, so the next start never
opens with the list hidden.

On a wide monitor the form and body keep a readable width (:data:`COLUMN_WIDTH`)
in the middle of the screen: lines of 150 Hangul syllables are hard to follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

#: Widest the editor's column gets in full-screen writing, in pixels.
COLUMN_WIDTH = 960


class FullScreenWriting(QObject):
    """Enters and leaves full-screen writing for one main window."""

    def __init__(self, window: MainWindow, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._action = action
        self.active = False
        self._window_state = QByteArray()
        self._splitter_state = QByteArray()
        self._geometry = QRect()
        self._was_maximized = False
        self._margins = QMargins()
        action.setCheckable(True)
        action.toggled.connect(self._on_toggled)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self._on_escape)
        window.installEventFilter(self)

    def _on_toggled(self, checked: bool) -> None:
        if checked and not self.active:
            self.enter()
        elif not checked and self.active:
            self.leave()

    def enter(self) -> None:
        """Hide everything but the editor and fill the screen, remembering the layout."""
        window = self._window
        self._window_state = window.saveState()
        self._splitter_state = window.splitter.saveState()
        self._geometry = window.geometry()
        self._was_maximized = window.isMaximized()
        self.active = True
        for widget in (window.list_panel, window.side_tabs):
            widget.hide()
        for toolbar in window.findChildren(QToolBar):
            if window.toolBarArea(toolbar) != Qt.ToolBarArea.NoToolBarArea:
                toolbar.hide()
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        self._escape.setEnabled(True)
        self._action.setChecked(True)
        layout = window.editor.layout()
        if layout is not None:
            self._margins = layout.contentsMargins()
        window.showFullScreen()
        self._center_column()
        window.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        """Back to the layout from before :meth:`enter`."""
        if not self.active:
            return
        window = self._window
        self.active = False
        self._escape.setEnabled(False)
        self._action.setChecked(False)
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
            # setGeometry, not restoreGeometry: the latter clamps to the screen the
            # full-screen window was on, and may shrink the window it restores.
            window.setGeometry(self._geometry)
        for widget in (window.list_panel, window.side_tabs):
            widget.show()
        layout = window.editor.layout()
        if layout is not None:
            layout.setContentsMargins(self._margins)
        window.restoreState(self._window_state)
        window.splitter.restoreState(self._splitter_state)
        # Again once the window manager has resized the window back: the splitter
        # spreads a size change over its panes, which would undo the sizes above.
        QTimer.singleShot(0, self, self._restore_splitter)

    def _restore_splitter(self) -> None:
        if not self.active:
            self._window.splitter.restoreState(self._splitter_state)

    def _on_escape(self) -> None:
        find_bar = self._window.editor.find_bar
        focus = QApplication.focusWidget()
        if find_bar.isVisible() and focus is not None and find_bar.isAncestorOf(focus):
            find_bar.close_bar()  # Esc in the find bar closes the bar, as it always does
            return
        self.leave()

    def _center_column(self) -> None:
        """Side margins that keep the editor's column :data:`COLUMN_WIDTH` wide, centred."""
        layout = self._window.editor.layout()
        if layout is None:
            return
        spare = max(self._window.width() - COLUMN_WIDTH, 0)  # the editor fills the window
        side = max(spare // 2, self._margins.left())
        layout.setContentsMargins(side, self._margins.top(), side, self._margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and self.active:
            if event.type() == QEvent.Type.Close:
                self.leave()  # before the window saves its layout for the next start
            elif event.type() == QEvent.Type.Resize:
                self._center_column()
        return super().eventFilter(watched, event)
