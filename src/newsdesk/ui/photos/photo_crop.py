"""The photos panel's 자르기·회전 button: open the crop dialog, store what it chose.

Only a person who may change the article's photo details gets the button
(the same ``allowed_actions`` answer as the detail fields); the service
refuses everyone else anyway, and that refusal is shown in the user's
language. Making the files decodes the original (a few hundred milliseconds
for 24 MP), so it runs off the UI thread; the panel reloads when it is done,
and ``photos_changed`` brings the preview up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from newsdesk.media.image_checks import PhotoImportError
from newsdesk.media.photo_edit import PhotoEdit
from newsdesk.services.errors import NewsdeskError, NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import EDIT_ACTION, PhotoEditService, photo_edit
from newsdesk.services.roles import PermissionDeniedError
from newsdesk.store.models import Photo
from newsdesk.store.storage_errors import disk_full_cause
from newsdesk.ui.app.thread_worker import BackgroundJobs
from newsdesk.ui.photos.crop_dialog import CropDialog

if TYPE_CHECKING:
    from newsdesk.ui.photos.photos_panel import PhotosPanel


class PhotoCrop(QObject):
    """Owns the button, the dialog and the background job of one photos panel."""

    def __init__(self, panel: PhotosPanel, newsroom: Newsroom) -> None:
        super().__init__(panel)
        self._panel = panel
        self._newsroom = newsroom
        self._jobs = BackgroundJobs(self)
        self._jobs.ended.connect(self._job_ended)
        self.button = QPushButton(self.tr("Crop and rotate…"))
        self.button.setToolTip(
            self.tr("Crop and rotate the selected photo; the original file stays as it is")
        )
        self.button.clicked.connect(self.open_dialog)
        app = QCoreApplication.instance()
        if app is not None:  # quitting must not destroy a running job's thread
            app.aboutToQuit.connect(self.wait)
        #: The dialog while it is open (tests drive it).
        self.dialog: CropDialog | None = None

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def wait(self) -> None:
        self._jobs.wait_all()

    def update_enabled(self, has_photo: bool) -> None:
        allowed = self._panel.permissions.may(EDIT_ACTION)
        self.button.setEnabled(has_photo and allowed and not self.busy)

    def _photo(self) -> Photo | None:
        selected = self._panel.selected_photo_id()
        return next((p for p in self._panel.photos if p.id == selected), None)

    def open_dialog(self) -> None:
        """Show the dialog for the selected photo; store the edit if it was applied."""
        photo = self._photo()
        if photo is None or self.busy or not self._panel.permissions.may(EDIT_ACTION):
            return
        pixmap = self._upright_pixmap(photo)
        if pixmap is None:
            return
        self.dialog = CropDialog(
            pixmap, (photo.width, photo.height), photo_edit(photo), self._panel
        )
        try:
            accepted = self.dialog.exec() == QDialog.DialogCode.Accepted
            edit, changed = self.dialog.edit(), self.dialog.changed()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        if accepted and changed:
            self.apply(photo.id, edit)

    def _upright_pixmap(self, photo: Photo) -> QPixmap | None:
        """The photo as imported (the plain web derivative), made again if it went missing."""
        store = self._newsroom.photos
        try:
            store.ensure_derivatives(photo.sha256)
        except (FileNotFoundError, PhotoImportError, OSError) as error:
            self._failed(error)
            return None
        pixmap = QPixmap(str(store.derivative_path(photo.sha256, "web")))
        return None if pixmap.isNull() else pixmap

    def apply(self, photo_id: str, edit: PhotoEdit) -> None:
        """Store ``edit`` and make its files, off the UI thread."""
        service = PhotoEditService(self._newsroom)
        actor_id = self._panel.permissions.actor_id

        def job() -> str:
            service.apply(photo_id, edit, actor_id=actor_id)
            return photo_id

        self.button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._jobs.start(job, self._done, self._failed)

    def _done(self, photo_id: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self._panel.reload(select_id=photo_id)
        self._panel.photos_changed.emit()

    def _failed(self, error: Exception) -> None:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(error, PermissionDeniedError):
            self._panel.permissions.refused(error)
            return
        if disk_full_cause(error) is not None:
            self._panel.store_failed.emit(error)  # the window says which disk, once
            return
        if not isinstance(error, (NewsdeskError, PhotoImportError, OSError)):
            raise error  # a bug: let the app's handler report it
        QMessageBox.warning(self._panel, self.tr("Cannot crop the photo"), self._reason(error))
        self._panel.reload()

    def _reason(self, error: Exception) -> str:
        """The services' reasons in the user's language (the English text for the rest)."""
        photo = self._photo()
        name = photo.original_name if photo is not None else ""
        if isinstance(error, (NotFoundError, FileNotFoundError)):
            return self.tr(
                "The original of “%1” is no longer in the photo folder; "
                "import the photo again to crop it."
            ).replace("%1", name)
        if isinstance(error, ValidationError) and error.field.startswith("crop_"):
            return self.tr("The crop is too small; choose a larger part of the photo.")
        if isinstance(error, (ValidationError, PhotoImportError)):
            return (
                self.tr("The original of “%1” can no longer be read: %2")
                .replace("%1", name)
                .replace("%2", str(error))
            )
        return str(error)

    def _job_ended(self) -> None:
        self._panel.refresh_enabled()
