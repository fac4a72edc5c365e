"""Caption / credit / alt text editors for one photo, with a missing-details warning.

The form only edits; it reports a finished edit through ``edited`` and the
photos panel stores it through the service.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from newsdesk.services.photos import PhotoDetails
from newsdesk.store.models import Photo


class PhotoDetailsForm(QWidget):
    #: (photo id, new details) when the user finished editing a field and it changed.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: Photo | None = None
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows, as printed under it"))
        self.credit_edit = QLineEdit()
        self.credit_edit.setPlaceholderText(self.tr("e.g. 김민수 기자"))
        self.alt_edit = QLineEdit()
        self.alt_edit.setPlaceholderText(self.tr("For readers who cannot see the photo"))
        for edit in self._edits():
            edit.editingFinished.connect(self.finish_editing)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b45309;")
        self.warning.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.info)
        form.addRow(self.tr("Caption"), self.caption_edit)
        form.addRow(self.tr("Credit"), self.credit_edit)
        form.addRow(self.tr("Alt text"), self.alt_edit)
        form.addRow(self.warning)
        self.show_photo(None)

    def _edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.caption_edit, self.credit_edit, self.alt_edit)

    def missing(self, photo: Photo) -> list[str]:
        """Names of the empty details a published photo should have."""
        missing = []
        if not photo.caption:
            missing.append(self.tr("caption"))
        if not photo.credit:
            missing.append(self.tr("credit"))
        if not photo.alt_text:
            missing.append(self.tr("alt text"))
        return missing

    def missing_text(self, photo: Photo) -> str:
        missing = self.missing(photo)
        return self.tr("⚠ Missing: %1").replace("%1", ", ".join(missing)) if missing else ""

    def show_photo(self, photo: Photo | None) -> None:
        """Load a photo's details (the edits do not emit while loading)."""
        self._photo = photo
        values = (photo.caption, photo.credit, photo.alt_text) if photo else ("", "", "")
        for edit, value in zip(self._edits(), values, strict=True):
            edit.blockSignals(True)
            edit.setText(value)
            edit.setEnabled(photo is not None)
            edit.blockSignals(False)
        if photo is None:
            self.info.setText(self.tr("No photo selected."))
            self.warning.setText("")
            return
        self.info.setText(
            f"<b>{photo.original_name}</b> · {photo.width}×{photo.height} · "
            f"{photo.byte_size / 1024**2:.1f} MB"
        )
        self.warning.setText(self.missing_text(photo))

    def finish_editing(self) -> None:
        photo = self._photo
        if photo is None:
            return
        details = PhotoDetails(*(edit.text().strip() for edit in self._edits()))
        if (details.caption, details.credit, details.alt_text) != (
            photo.caption,
            photo.credit,
            photo.alt_text,
        ):
            self.edited.emit(photo.id, details)
