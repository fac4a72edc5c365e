"""The checks dock follows the open article and the typing, so it never shows
the previous article's findings or errors already fixed.

The checks run on what the form holds (not the last save), a short pause
after the typing stops, and at once when another article is opened, photos
change or the dock is shown. While the dock is hidden nothing runs; showing
it checks again. The checker is Qt-free and takes a few milliseconds for a
long article, so it runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.prepublish import check_draft, submission_findings
from newsdesk.services.roles import is_editor
from newsdesk.text.checks import Finding

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow
    from newsdesk.ui.workflow.checks_panel import ChecksPanel

#: Quiet time after the last keystroke before the checks run again.
RECHECK_MS = 500


class ChecksFollower(QObject):
    """Keeps one window's checks dock in step with its form."""

    def __init__(
        self, window: MainWindow, panel: ChecksPanel, actor_id: Callable[[], int | None]
    ) -> None:
        super().__init__(panel)
        self.window = window
        self.panel = panel
        self._actor_id = actor_id
        self.runs = 0  # how many times the checks ran (tests look)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.recheck)
        window.editor.changed.connect(self.soon)
        window.photos_panel.photos_changed.connect(self.soon)
        window.photos_panel.details_changed.connect(self.soon)
        panel.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.soon()

    def soon(self) -> None:
        """Check again once the typing pauses (only while the dock is on screen)."""
        if self.panel.isVisible():
            self.timer.start()

    def article_changed(self) -> None:
        """Another article is open: the old findings go at once, the new ones follow."""
        self.timer.stop()
        if self.panel.isVisible():
            self.recheck()
        else:
            self.panel.show_findings([], "")
            self.panel.summary.setText(self.tr("Run the checks with F7."))

    def recheck(self) -> list[Finding]:
        """Run the checks on the form now and show them (returns the findings)."""
        self.timer.stop()
        try:
            findings = check_draft(
                self.window.newsroom,
                self.window.current_article_id,
                self.window.editor.fields(),
                actor_id=self._actor_id(),
            )
        except NewsdeskError as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return []
        person = self.window.current_person
        if person is not None and not is_editor(person):
            findings = submission_findings(findings)  # the site footer is the desk's
        self.runs += 1
        self.panel.show_findings(findings, self.window.editor.headline.text())
        return findings
