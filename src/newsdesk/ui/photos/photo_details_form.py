"""Caption / credit / alt text editors for one photo, with a missing-details warning.

The form only edits; it reports changed details through ``edited`` and the
photos panel stores them through the service. Storing only when a field
lost focus let Ctrl+S, closing the window or a crash skip the field still
being typed in, so the form writes through the way the article autosave
does: once typing pauses (:data:`AUTOSAVE_DELAY_MS`), at the latest
:data:`AUTOSAVE_MAX_WAIT_MS` after the first unstored keystroke, and at once
on :meth:`flush`, which the window calls before every save and before
leaving the article.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from newsdesk.services.photos import PhotoDetails
from newsdesk.store.models import Photo
from newsdesk.ui.editor.autosave_controller import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, RETRY_MS
from newsdesk.ui.editor.editor_panel import commit_input_method


def stored_details(photo: Photo) -> PhotoDetails:
    return PhotoDetails(photo.caption, photo.credit, photo.alt_text)


class PhotoDetailsForm(QWidget):
    #: (photo id, new details) when what the fields hold differs from what is stored.
    edited = Signal(str, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._photo: Photo | None = None
        #: What was last stored (or reported for storing) for the shown photo.
        self._stored = PhotoDetails()
        self._read_only = False
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows, as printed under it"))
        self.credit_edit = QLineEdit()
        self.credit_edit.setPlaceholderText(self.tr("e.g. 김민수 기자"))
        self.alt_edit = QLineEdit()
        self.alt_edit.setPlaceholderText(self.tr("For readers who cannot see the photo"))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(delay_ms)
        self._pause.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max(delay_ms, max_wait_ms))
        self._max_wait.timeout.connect(self._store_while_typing)
        #: The last report could not be stored (a full disk): report it again.
        self._store_failed = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._store_while_typing)
        for edit in self._edits():
            edit.textEdited.connect(self._note_edit)
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

    def details(self) -> PhotoDetails:
        """What the fields hold now, as it would be stored."""
        return PhotoDetails(*(edit.text().strip() for edit in self._edits()))

    def show_photo(self, photo: Photo | None) -> None:
        """Load a photo's details (the edits do not emit while loading).

        Typing not yet stored for the previously shown photo is stored first.
        Showing the same photo again (the panel reloads after every change)
        keeps a field's text, cursor and pre-edit where it already holds the
        stored value, so a write-through in mid-typing does not disturb it.
        """
        same = photo is not None and self._photo is not None and photo.id == self._photo.id
        if not same:
            self.flush(commit_syllable=False)
        self._photo = photo
        self._stored = stored_details(photo) if photo else PhotoDetails()
        values = (self._stored.caption, self._stored.credit, self._stored.alt_text)
        for edit, value in zip(self._edits(), values, strict=True):
            edit.blockSignals(True)
            if not same or edit.text().strip() != value:
                edit.setText(value)
            edit.setEnabled(photo is not None)
            edit.setReadOnly(self._read_only)
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

    def photo_stored(self, photo: Photo) -> None:
        """The panel stored (and re-read) ``photo``: refresh the warning, keep the fields."""
        if self._photo is not None and photo.id == self._photo.id:
            self._photo = photo
            self.warning.setText(self.missing_text(photo))

    def set_read_only(self, read_only: bool) -> None:
        """Follow the editor: a person who may not edit the article may not change
        its photos' details either (the same rule, see ``apply_edit_permission``)."""
        if read_only and not self._read_only:
            self.flush(commit_syllable=False)  # typed while it was still allowed
        self._read_only = read_only
        for edit in self._edits():
            edit.setReadOnly(read_only)

    # -- storing -------------------------------------------------------------------

    def _note_edit(self) -> None:
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _store_while_typing(self) -> None:
        # As in the article autosave: committing the input method mid-typing would
        # split the syllable being composed; the next flush commits it.
        self.flush(commit_syllable=False)

    def finish_editing(self) -> None:
        """Focus left a field or Return was pressed (the input method committed itself)."""
        self.flush(commit_syllable=False)

    def flush(self, *, commit_syllable: bool = True) -> None:
        """Report the typed details now if they differ from what is stored.

        Called before every save and before leaving the article, so each of
        those sees what was typed, including an unfinished Hangul syllable.
        """
        self._pause.stop()
        self._max_wait.stop()
        photo = self._photo
        if photo is None or self._read_only:
            return
        if commit_syllable:
            commit_input_method()
            self._pause.stop()  # the commit was an edit too; it is being stored now
            self._max_wait.stop()
        details = self.details()
        if details == self._stored and not self._store_failed:
            return
        self._stored = details  # before emitting: a nested flush has nothing left to do
        self._store_failed = False
        self.edited.emit(photo.id, details)

    def store_later(self) -> None:
        """The details just reported could not be stored: keep them, try again soon."""
        self._store_failed = True
        self._retry.start()
