"""Exporting the static site off the UI thread, with cancel.

The worker drives :meth:`SiteExportService.export` (a generator that yields
progress and knows nothing of Qt) and only emits signals. ``cancel()`` is
called from the UI thread; the export checks it between files and stops
with a manifest that matches what is on disk.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from newsdesk.publish.static_site import ExportError, ExportReport
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.site.errors import IncompleteFooterError

FOOTER = "footer"
EXPORT = "export"
OTHER = "other"


class ExportWorker(QObject):
    # Signals carry plain values, not Python objects: queued across threads they
    # are copied as Qt types, so nothing is shared with the worker thread.

    #: (done, total, site path) per file.
    progress = Signal(int, int, str)
    #: (written, unchanged, removed, copied, cancelled, out_dir) when the export ends.
    done = Signal(int, int, int, int, bool, str)
    #: (kind, message): kind is FOOTER (message = missing labels, ", "-joined),
    #: EXPORT (an ExportError naming the file) or OTHER.
    failed = Signal(str, str)

    def __init__(self, newsroom: Newsroom, out_dir: Path) -> None:
        super().__init__()
        self._home = QThread.currentThread()
        self._newsroom = newsroom
        self._out_dir = out_dir
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop after the current file (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        report: ExportReport | None = None
        problem: tuple[str, str] | None = None
        try:
            service = SiteExportService(self._newsroom)
            for item in service.export(self._out_dir, cancel=self._cancel.is_set):
                report = item.report or report
                self.progress.emit(item.done, item.total, item.path)
        except IncompleteFooterError as exc:
            problem = (FOOTER, ", ".join(exc.missing))
        except ExportError as exc:
            problem = (EXPORT, str(exc))
        except Exception as exc:  # reported to the dialog, which shows the cause
            problem = (OTHER, f"{type(exc).__name__}: {exc}")
        self.moveToThread(self._home)  # see start_export
        if problem is not None:
            self.failed.emit(*problem)
            return
        if report is None:  # the generator ended early without a summary
            report = ExportReport(cancelled=True, out_dir=self._out_dir)
        self.done.emit(
            report.written,
            report.unchanged,
            report.removed,
            report.copied,
            report.cancelled,
            str(report.out_dir),
        )


def start_export(
    newsroom: Newsroom, out_dir: Path, parent: QObject
) -> tuple[QThread, ExportWorker]:
    """Start an export thread; keep both objects until ``thread.finished``.

    Ownership as in :func:`newsdesk.ui.photos.photo_import_worker.start_photo_import`.
    """
    thread = QThread(parent)
    worker = ExportWorker(newsroom, out_dir)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe, and a queued call would wait for the UI thread's
    # event loop, which is blocked while a closing window waits for the thread.
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread, worker
