"""The article's photos: thumbnails, import, caption / credit / alt text, order.

Every change goes through :class:`PhotoService`; the panel reloads from the
database afterwards, so what it shows is what was stored. Imports run in a
worker thread (see :mod:`newsdesk.ui.photos.photo_import_worker`). Typed details
write through as the user types (see :mod:`newsdesk.ui.photos.photo_details_form`);
:meth:`PhotosPanel.flush` stores what is left before a save or a switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import NewsdeskError, NotFoundError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import photo_edit
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.store.models import Photo
from newsdesk.ui.photos.import_batch import ImportBatch, ImportDone
from newsdesk.ui.photos.import_messages import import_error_text
from newsdesk.ui.photos.import_results import ImportResultsList
from newsdesk.ui.photos.photo_crop import PhotoCrop
from newsdesk.ui.photos.photo_details_form import PhotoDetailsForm
from newsdesk.ui.photos.photo_import_worker import PhotoImportWorker, start_photo_import
from newsdesk.ui.photos.photo_list import (
    PHOTO_ID_ROLE,
    PhotoListWidget,
    local_files,
    photo_icon,
    photo_label,
)
from newsdesk.ui.photos.photo_permissions import PhotoPermissions


class PhotosPanel(QWidget):
    """Photos of the open article; see the module docstring."""

    photos_changed = Signal()
    #: A caption / credit / alt text was stored: this fires while the user types,
    #: and the article list shows none of it (only the preview does).
    details_changed = Signal()
    #: 1-based position of the photo to reference in the body.
    insert_reference_requested = Signal(int)
    #: Photos were added to an article that does not exist yet: save it, then set_article.
    save_required = Signal()
    #: (imported, failed) after an import run finished.
    import_finished = Signal(int, int)
    #: Typed details could not be stored (the exception; a full disk): retried soon.
    store_failed = Signal(object)

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._service = PhotoService(newsroom)
        self._article_id: str | None = None
        self._photos: list[Photo] = []
        self._pending: list[ImportBatch] = []  # waiting for a new article's first save
        self._queue: list[ImportBatch] = []
        self._batch: ImportBatch | None = None  # the one importing now
        self._thread: QThread | None = None
        self._worker: PhotoImportWorker | None = None
        self._build()
        self.permissions = PhotoPermissions(self)
        self.setAcceptDrops(True)
        app = QCoreApplication.instance()
        if app is not None:  # quitting must not destroy a running import thread
            app.aboutToQuit.connect(self.wait_for_import)
        self._update_enabled()

    # -- layout ------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.add_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("Add photos…")
        )
        self.add_button.setToolTip(self.tr("Add photo files (you can also drop files here)"))
        self.add_button.clicked.connect(self.choose_files)
        self.up_button = self._tool(
            QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move earlier (Ctrl+Up)")
        )
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = self._tool(
            QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move later (Ctrl+Down)")
        )
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.main_button = QPushButton("★ " + self.tr("Main photo"))
        self.main_button.setToolTip(self.tr("Use the selected photo as the article's main photo"))
        self.main_button.clicked.connect(self.make_selected_main)
        self.insert_button = QPushButton(self.tr("Insert into body"))
        self.insert_button.setToolTip(self.tr("Insert a reference to this photo into the body"))
        self.insert_button.clicked.connect(self._request_insert)
        self.crop = PhotoCrop(self, self._newsroom)  # 자르기·회전 and its dialog
        self.remove_button = self._tool(
            QStyle.StandardPixmap.SP_TrashIcon, self.tr("Remove photo (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        for widget in (self.add_button, self.up_button, self.down_button, self.main_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.crop.button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.list = PhotoListWidget(self)
        self.list.setToolTip(self.tr("Drop photo files here; drag a photo to change the order"))
        self.list.files_dropped.connect(self.add_files)
        self.list.move_requested.connect(self.move_photo)
        self.list.currentRowChanged.connect(self._on_current_changed)
        for key, slot, name in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected, "photo_remove"),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1), "photo_reorder"),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1), "photo_reorder"),
        ):
            action = QAction(self.list)
            action.setProperty("photo_action", name)  # enabled by PhotoPermissions
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)

        self.hint = QLabel(self.tr("Drop photos here or click “Add photos…”."))
        self.hint.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.results = ImportResultsList()
        self.results.setVisible(False)
        self.results.setToolTip(self.tr("Result of the last import, one line per file"))

        self.details = PhotoDetailsForm(self)
        self.details.edited.connect(self.save_details)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.results)
        layout.addWidget(self.details)

    def _tool(self, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # -- public API ----------------------------------------------------------------

    @property
    def article_id(self) -> str | None:
        return self._article_id

    @property
    def photos(self) -> list[Photo]:
        return list(self._photos)

    def is_importing(self) -> bool:
        return self._thread is not None

    def set_article(self, article_id: str | None) -> None:
        self.details.flush(commit_syllable=False)  # typing for the article being left
        self._article_id = article_id
        self.reload()
        if article_id is not None and self._pending:
            pending, self._pending = self._pending, []
            for batch in pending:
                self.add_files(batch.paths, batch.then)

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the photos from the database, keeping (or moving to) a selection."""
        self.details.flush(commit_syllable=False)
        keep = select_id or self.selected_photo_id()
        self._photos = self._service.list_for(self._article_id) if self._article_id else []
        self.list.blockSignals(True)
        self.list.clear()
        for photo in self._photos:
            item = QListWidgetItem()
            item.setData(PHOTO_ID_ROLE, photo.id)
            self._decorate(item, photo)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [i for i, photo in enumerate(self._photos) if photo.id == keep]
        row = rows[0] if rows else (0 if self._photos else -1)
        self.list.setCurrentRow(row)
        self._on_current_changed(row)
        self.hint.setVisible(not self._photos)

    def flush(self) -> None:
        """Store the details typed so far (an unfinished syllable included) now:
        the window calls this before saving and before leaving the article."""
        self.details.flush()

    def selected_photo_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(PHOTO_ID_ROLE)) if item is not None else None

    def choose_files(self) -> None:
        if not self.permissions.may("photo_add"):
            return
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.heic);;All files (*)"),
        )
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path], then: ImportDone | None = None) -> None:
        """Import files into the current article (after it is saved, if it is new);
        ``then`` is told the photos they became (a drop on the body inserts them)."""
        if not paths or not self.permissions.may("photo_add"):
            return
        if self._article_id is None:
            self._pending.append(ImportBatch("", list(paths), then))
            self.save_required.emit()
            return
        self._queue.append(ImportBatch(self._article_id, list(paths), then))
        if self._thread is None:
            self._start_next()

    # -- import --------------------------------------------------------------------

    def _start_next(self) -> None:
        self._batch = batch = self._queue.pop(0)
        article_id, paths = batch.article_id, batch.paths
        self.results.clear()
        self.results.setVisible(True)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Importing %v of %m…"))
        self.progress.setVisible(True)
        self._thread, self._worker = start_photo_import(
            self._newsroom,
            article_id,
            paths,
            self,
            actor_id=self.permissions.actor_id,
            connect=self._listen,  # before it starts: a refused file ends it at once
        )
        self._update_enabled()

    def _listen(self, thread: QThread, worker: PhotoImportWorker) -> None:
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        thread.finished.connect(self._on_thread_finished)

    def _on_progress(self, done: int, total: int, path: str, photo_id: str, error: str) -> None:
        self.progress.setValue(done)
        name = Path(path).name
        if error:
            reason = import_error_text(name, error)
            self.results.add_result(self.tr("Not imported: %1").replace("%1", reason), failed=True)
        else:
            self.results.add_result(self.tr("Imported: %1").replace("%1", name), failed=False)
            if self._batch is not None:
                self._batch.photo_ids.append(photo_id)
        if photo_id and self._worker and self._worker.article_id == self._article_id:
            self.reload(select_id=photo_id)

    def _on_done(self, imported: int, failed: int) -> None:
        summary = self.tr("%1 imported, %2 failed")
        self.progress.setFormat(summary.replace("%1", str(imported)).replace("%2", str(failed)))
        if imported:
            self.photos_changed.emit()
        self.import_finished.emit(imported, failed)

    def _on_failed(self, message: str) -> None:
        self.results.add_result(self.tr("Import stopped: %1").replace("%1", message), failed=True)
        self.reload()
        self.photos_changed.emit()
        self.import_finished.emit(0, -1)

    def _on_thread_finished(self) -> None:
        batch, self._thread, self._worker, self._batch = self._batch, None, None, None
        if batch is not None:
            batch.finish()  # after done/failed: the photos are in the list by now
        if self._queue:
            self._start_next()
        self._update_enabled()

    def wait_for_import(self, msecs: int = 30000) -> None:
        """Block until a running import thread ends (closing the app, tests)."""
        if self._thread is not None:
            self._thread.wait(msecs)

    # -- editing -------------------------------------------------------------------

    def _current_photo(self) -> Photo | None:
        row = self.list.currentRow()
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def _on_current_changed(self, row: int) -> None:
        self.details.show_photo(self._photos[row] if 0 <= row < len(self._photos) else None)
        self._update_enabled()

    def save_details(self, photo_id: str, details: PhotoDetails) -> None:
        """Store the caption / credit / alt text the form reports as edited.

        This runs while the user types, so only the list's labels and icons are
        refreshed: the selection and the fields being typed in stay as they are.
        """
        if not self.permissions.may("photo_details"):
            return
        try:
            self._service.update_details(photo_id, details, actor_id=self.permissions.actor_id)
        except NotFoundError:  # removed meanwhile (here or by a colleague): nothing to keep
            return
        except PermissionDeniedError as error:  # not this person's to change: never retried
            self.permissions.refused(error)
            return
        except NewsdeskError as error:  # a full disk: keep the typing, say so, try again
            self.details.store_later()
            self.store_failed.emit(error)
            return
        self._photos = self._service.list_for(self._article_id) if self._article_id else []
        for row, photo in enumerate(self._photos):
            item = self.list.item(row)
            if item is not None and item.data(PHOTO_ID_ROLE) == photo.id:
                self._decorate(item, photo)
            if photo.id == photo_id:
                self.details.photo_stored(photo)
        self.details_changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.move_photo(row, row + step)

    def move_photo(self, source: int, target: int) -> None:
        if not self.permissions.may("photo_reorder"):
            return
        if self._article_id is None or not 0 <= source < len(self._photos):
            return
        target = max(0, min(target, len(self._photos) - 1))
        if source == target:
            return
        ids = [photo.id for photo in self._photos]
        moved = ids.pop(source)
        ids.insert(target, moved)
        with self.permissions.refusals():
            self._service.reorder(self._article_id, ids, actor_id=self.permissions.actor_id)
            self.reload(select_id=moved)
            self.photos_changed.emit()

    def make_selected_main(self) -> None:
        photo = self._current_photo()
        if photo is None or self._article_id is None or photo.is_main:
            return
        if not self.permissions.may("photo_set_main"):
            return
        with self.permissions.refusals():
            self._service.set_main(self._article_id, photo.id, actor_id=self.permissions.actor_id)
            self.reload(select_id=photo.id)
            self.photos_changed.emit()

    def remove_selected(self) -> None:
        photo = self._current_photo()
        if photo is None or not self.permissions.may("photo_remove"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove “%1” from this article?").replace("%1", photo.original_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.permissions.refusals():
            self._service.remove(photo.id, actor_id=self.permissions.actor_id)
            self.reload()
            self.photos_changed.emit()

    def _request_insert(self) -> None:
        row = self.list.currentRow()
        if row >= 0 and self.permissions.may("insert_photo"):
            self.insert_reference_requested.emit(row + 1)

    def _update_enabled(self) -> None:
        photo = self._current_photo()
        row = self.list.currentRow()
        has = photo is not None
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._photos) - 1)
        self.main_button.setEnabled(has and photo is not None and not photo.is_main)
        self.insert_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.permissions.restrict()
        self.crop.update_enabled(has)

    def refresh_enabled(self) -> None:
        """Re-enable the buttons (the person's allowed actions changed)."""
        self._update_enabled()

    # -- presentation --------------------------------------------------------------

    def _decorate(self, item: QListWidgetItem, photo: Photo) -> None:
        item.setIcon(
            photo_icon(
                self._newsroom.photos,
                photo.sha256,
                is_main=photo.is_main,
                incomplete=bool(self.details.missing(photo)),
                edit=photo_edit(photo),  # the thumbnail as cropped
            )
        )
        item.setText(photo_label(photo))
        item.setToolTip(self._tooltip(photo))

    def _tooltip(self, photo: Photo) -> str:
        lines = [photo.original_name]
        if photo.is_main:
            lines.append(self.tr("Main photo (대표 사진)"))
        if self.details.missing(photo):
            lines.append(self.details.missing_text(photo))
        return "\n".join(lines)

    # -- drops on the panel outside the list ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.permissions.may("photo_add"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        paths = local_files([Path(url.toLocalFile()) for url in urls if url.isLocalFile()])
        if paths and self.permissions.may("photo_add"):
            event.acceptProposedAction()
            self.add_files(paths)
