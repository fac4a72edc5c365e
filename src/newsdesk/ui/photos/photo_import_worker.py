"""Importing photo files off the UI thread.

Decoding and resizing a 24 MP photo takes a few hundred milliseconds, so a
drop of ten photos would freeze the window for seconds. The worker runs the
same :meth:`PhotoService.add_files` generator the CLI uses, in its own
``QThread``, and only emits signals; the panel (UI thread) updates widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.ui.app.permission_texts import permission_message


class PhotoImportWorker(QObject):
    """Imports ``paths`` into one article; lives in a worker thread."""

    #: Per file, good or bad: (done, total, file path, photo id or "", error or "").
    #: Plain values, so nothing Python-owned is shared across the threads.
    progress = Signal(int, int, str, str, str)
    #: (imported, failed) once every file has been tried.
    done = Signal(int, int)
    #: An unexpected problem stopped the import (message for the user).
    failed = Signal(str)

    def __init__(
        self,
        newsroom: Newsroom,
        article_id: str,
        paths: list[Path],
        *,
        actor_id: int | None = None,
    ) -> None:
        super().__init__()
        self._home = QThread.currentThread()
        self._newsroom = newsroom
        self._article_id = article_id
        self._paths = list(paths)
        self._actor_id = actor_id  # the service refuses a person who may not add photos

    @property
    def article_id(self) -> str:
        return self._article_id

    @Slot()
    def run(self) -> None:
        imported = failed = 0
        try:
            service = PhotoService(self._newsroom)
            for item in service.add_files(self._article_id, self._paths, actor_id=self._actor_id):
                if item.error:
                    failed += 1
                else:
                    imported += 1
                self.progress.emit(
                    item.done, item.total, str(item.path), item.photo_id or "", item.error or ""
                )
        except PermissionDeniedError as exc:  # in the user's language, not the CLI's
            self.moveToThread(self._home)
            self.failed.emit(permission_message(exc))
            return
        except Exception as exc:  # the thread must report, never die silently
            self.moveToThread(self._home)  # see start_photo_import
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.moveToThread(self._home)
        self.done.emit(imported, failed)


def start_photo_import(
    newsroom: Newsroom,
    article_id: str,
    paths: list[Path],
    parent: QObject,
    *,
    actor_id: int | None = None,
    connect: Callable[[QThread, PhotoImportWorker], None] | None = None,
) -> tuple[QThread, PhotoImportWorker]:
    """Start a worker in a new thread; the caller keeps both until ``thread.finished``.

    ``connect(thread, worker)`` runs before the thread starts: a file refused at
    once ends the thread within microseconds, and signals emitted before the
    caller connected to them are lost (the caller would wait for ever).

    Ownership, chosen to avoid double deletes between Qt and Python: the thread
    belongs to ``parent`` (no deleteLater), the worker to the Python reference the
    caller holds; the worker moves itself back to the UI thread when it ends, so
    dropping that reference deletes it in its own thread.
    """
    thread = QThread(parent)
    worker = PhotoImportWorker(newsroom, article_id, paths, actor_id=actor_id)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe, and a queued call would wait for the UI thread's
    # event loop, which is blocked while a closing window waits for the thread.
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    if connect is not None:
        connect(thread, worker)
    thread.start()
    return thread, worker
