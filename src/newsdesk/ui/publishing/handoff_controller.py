"""Hand-off files in the main window: export the selected articles, import a
``.newsdesk`` file by menu, drag-and-drop or from the command line.

Before importing, the user sees what is inside (from the manifest) and
confirms; afterwards, what was added, updated, unchanged, which articles
both sides had changed (both versions are kept as revisions), which wait
for the desk (a live article is never changed by a file directly) and which
arrived short of what the file claimed (a file never makes anything live: no
status past submitted, no number or times from the file). Reading and
writing run in a background job: a file with many photos takes a while.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.handoff import (
    HandoffExportReport,
    export_handoff,
    import_handoff,
)
from newsdesk.services.handoff_format import HANDOFF_SUFFIX, HandoffError, read_manifest
from newsdesk.services.handoff_merge import HandoffImportReport, HeldBack
from newsdesk.site.dates import stamp
from newsdesk.ui.app.thread_worker import BackgroundJobs
from newsdesk.ui.editor.storage_warning import describe_error
from newsdesk.ui.workflow.history_dialog import status_text

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

MAX_LISTED = 12


def handoff_files(event: QDropEvent) -> list[Path]:
    """The dragged local files that are hand-off files."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == HANDOFF_SUFFIX]


def _fill(template: str, *values: str) -> str:
    """``%1``, ``%2``… replaced in one pass, so a headline holding "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def _bullets(lines: list[str]) -> str:
    shown = "".join(f"<li>{escape(line)}</li>" for line in lines[:MAX_LISTED])
    more = f"<li>… (+{len(lines) - MAX_LISTED})</li>" if len(lines) > MAX_LISTED else ""
    return f"<ul>{shown}{more}</ul>"


class HandoffController(QObject):
    """Owns the hand-off actions of one window and the jobs they start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = BackgroundJobs(self)
        self.last_report: HandoffImportReport | None = None
        self.last_export: HandoffExportReport | None = None
        self.last_error = ""
        self.last_notice: QMessageBox | None = None
        actions = window.workflow.actions
        actions.export_handoff.triggered.connect(lambda: self.export_selected())
        actions.import_handoff.triggered.connect(lambda: self.choose_and_import())
        window.setAcceptDrops(True)
        # Widgets that take drops themselves (the text fields, the photo list) would
        # paste the file's path or refuse it: a hand-off file goes to the importer.
        self._drop_targets: list[QWidget] = [window]
        self._drop_targets += [w for w in window.findChildren(QWidget) if w.acceptDrops()]
        for target in self._drop_targets:
            target.installEventFilter(self)

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    # -- export -----------------------------------------------------------------

    def export_selected(self, out_file: Path | None = None) -> None:
        ids = self.window.list_panel.selected_article_ids()
        if not ids and self.window.current_article_id is not None:
            ids = [self.window.current_article_id]
        if not ids or not self.window.leave_current():
            self._tell(self.tr("Choose articles in the list first."))
            return
        if out_file is None:
            name, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export hand-off file"),
                str(Path.home() / f"handoff{HANDOFF_SUFFIX}"),
                self.tr("Newsdesk hand-off files (*%1)").replace("%1", HANDOFF_SUFFIX),
            )
            if not name:
                return
            out_file = Path(name)
        newsroom = self.window.newsroom
        target = out_file
        actor = self.window.workflow.actor_id()  # a reporter hands off only what they wrote
        self.window.statusBar().showMessage(self.tr("Writing the hand-off file…"))
        self.jobs.start(
            lambda: export_handoff(newsroom, ids, target, actor_id=actor),
            self._exported,
            self._failed,
        )

    def _exported(self, report: HandoffExportReport) -> None:
        self.last_export = report
        self.window.statusBar().showMessage(
            self.tr("Exported %1 article(s) and %2 photo(s) to %3")
            .replace("%1", str(report.articles))
            .replace("%2", str(report.photos))
            .replace("%3", str(report.path)),
            15_000,
        )

    # -- import ---------------------------------------------------------------------

    def choose_and_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import hand-off file"),
            str(Path.home()),
            self.tr("Newsdesk hand-off files (*%1)").replace("%1", HANDOFF_SUFFIX),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, in_file: Path, *, confirm: bool = True) -> bool:
        """Show what is inside, ask, then import in the background. False if not started."""
        if not self.window.leave_current():
            return False
        try:
            manifest = read_manifest(in_file)
        except NewsdeskError as error:
            self._failed(error)
            return False
        headlines = [str(entry.get("headline", "")) for entry in manifest.get("articles", [])]
        if confirm:
            text = (
                self.tr("“%1” holds %2 article(s):")
                .replace("%1", in_file.name)
                .replace("%2", str(len(headlines)))
                + _bullets(headlines)
                + self.tr("Import them into this newsroom?")
            )
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Import hand-off file"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self.window,
            )
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Import"))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        newsroom = self.window.newsroom
        actor = self.window.workflow.actor_id()
        self.window.statusBar().showMessage(self.tr("Importing %1…").replace("%1", in_file.name))
        self.jobs.start(
            lambda: import_handoff(newsroom, in_file, actor_id=actor),
            self._imported,
            self._failed,
        )
        return True

    def _imported(self, report: HandoffImportReport) -> None:
        self.last_report = report
        self.window.list_panel.refresh()
        self.window.reload_article()
        parts = [
            self.tr("Added: %1").replace("%1", str(len(report.added))),
            self.tr("Updated: %1").replace("%1", str(len(report.updated))),
            self.tr("Unchanged: %1").replace("%1", str(len(report.skipped))),
            self.tr("Changed on both sides: %1").replace("%1", str(len(report.conflicts))),
            self.tr("Waiting for the desk: %1").replace("%1", str(len(report.waiting))),
        ]
        if report.held_back:
            parts.append(
                self.tr("Not put on the site: %1").replace("%1", str(len(report.held_back)))
            )
        html = "<br/>".join(escape(part) for part in parts)
        if report.waiting:
            html += "<p>" + escape(
                self.tr(
                    "A hand-off file does not change these articles directly; their new "
                    "version waits in the article's history (hand-off update) until an "
                    "editor applies it:"
                )
            )
            html += _bullets([f"{w.headline} — {w.message}" for w in report.waiting]) + "</p>"
        if report.conflicts:
            html += "<p>" + escape(
                self.tr(
                    "Both versions of these articles are kept as revisions; compare them "
                    "in Article ▸ History:"
                )
            )
            html += _bullets([f"{c.headline} — {c.message}" for c in report.conflicts]) + "</p>"
        if report.held_back:
            html += "<p>" + escape(
                self.tr(
                    "A hand-off file never puts an article on the site: these arrived "
                    "without the file's status, number and times. Publish them here "
                    "through the workflow (the checks run and the number is given here):"
                )
            )
            html += _bullets([self._held_line(held) for held in report.held_back]) + "</p>"
        self.window.statusBar().showMessage(" · ".join(parts), 15_000)
        self._notice(QMessageBox.Icon.Information, self.tr("Hand-off file imported"), html)

    def _held_line(self, held: HeldBack) -> str:
        """One article's line, from the report's facts (its message is English)."""
        claimed = status_text(held.claimed_status)
        if held.claimed_number is not None:
            claimed = _fill(self.tr("%1 as no. %2"), claimed, str(held.claimed_number))
        times = [
            _fill(template, stamp(moment))
            for template, moment in (
                (self.tr("published %1"), held.claimed_published_at),
                (self.tr("revised %1"), held.claimed_revised_at),
                (self.tr("scheduled for %1"), held.claimed_scheduled_at),
            )
            if moment is not None
        ]
        if times:
            claimed = _fill(self.tr("%1 (%2)"), claimed, ", ".join(times))
        return _fill(
            self.tr("%1 — arrived as %2; the file said %3"),
            held.headline,
            status_text(held.status),
            claimed,
        )

    def _failed(self, error: Exception) -> None:
        self.last_error = describe_error(error)  # a role refusal in the UI's language
        self.window.statusBar().clearMessage()
        if isinstance(error, HandoffError | NewsdeskError):
            title = self.tr("Cannot use the hand-off file")
        else:
            title = self.tr("Hand-off failed")
        self._notice(QMessageBox.Icon.Warning, title, escape(self.last_error))

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def _notice(self, icon: QMessageBox.Icon, title: str, html: str) -> None:
        """Non-blocking, so a drop or a start-up import never stalls the window."""
        box = QMessageBox(icon, title, html, parent=self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_notice = box

    # -- drag and drop ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not any(watched is target for target in self._drop_targets):
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if handoff_files(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = handoff_files(event)
            if files:
                event.acceptProposedAction()
                self.import_file(files[0])
                return True
        return False

    def open_files(self, paths: list[Any]) -> None:
        """Files given on the command line: import each hand-off file after start."""
        for path in paths:
            if Path(path).suffix.lower() == HANDOFF_SUFFIX:
                self.import_file(Path(path))

    def shutdown(self) -> None:
        self.jobs.wait_all()
