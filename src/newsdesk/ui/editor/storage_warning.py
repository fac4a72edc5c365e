"""Telling the user that typing could not be stored, in their language, without nagging.

An autosave that fails (a full disk, most often) must never look like one
that worked. The window shows the failure in the status bar until a later
autosave succeeds, and says it once in a dialog per episode (autosaves
retry every few seconds; a dialog each time would bury the user).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from newsdesk.services.roles import PermissionDeniedError
from newsdesk.store.storage_errors import DiskFullError, disk_full_cause
from newsdesk.ui.app.permission_texts import permission_message

T = QCoreApplication
#: White on red: the one status that must not be overlooked.
_ALARM_STYLE = "color: white; background: #b3261e; padding: 0 4px"


def _size(count: int) -> str:
    value = float(count)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def describe_disk_full(error: DiskFullError) -> str:
    """The full-disk message in the UI's language, naming the disk and what is free."""
    if error.folder is None:
        where = T.translate("StorageWarning", "The database server's disk is full.")
    else:
        where = T.translate("StorageWarning", "The disk holding %1 is full.").replace(
            "%1", str(error.folder)
        )
        if error.quota:
            where = T.translate("StorageWarning", "Your disk quota for %1 is used up.").replace(
                "%1", str(error.folder)
            )
        if error.free_bytes is not None:
            where += " " + T.translate("StorageWarning", "(%1 free)").replace(
                "%1", _size(error.free_bytes) if error.free_bytes else "0"
            )
    return (
        where
        + " "
        + T.translate(
            "StorageWarning",
            "Your text stays in the editor and nothing saved before is lost. "
            "Free some space: Newsdesk saves again by itself.",
        )
    )


def describe_error(error: BaseException) -> str:
    """A service error for a dialog: the full disk and role refusals in the UI's
    language, else its own text."""
    if isinstance(error, PermissionDeniedError):
        return permission_message(error)
    full = disk_full_cause(error)
    return describe_disk_full(full) if full is not None else str(error)


class StorageWarning:
    """Shows autosave failures in ``label`` (and once in a dialog) until storing works again."""

    def __init__(self, parent: QWidget, label: QLabel) -> None:
        self._parent = parent
        self._label = label
        self._failing = False

    @property
    def failing(self) -> bool:
        return self._failing

    def store_failed(self, error: BaseException) -> None:
        full = disk_full_cause(error)
        short = (
            T.translate("StorageWarning", "Not autosaved: the disk is full")
            if full is not None
            else T.translate("StorageWarning", "Not autosaved: %1").replace("%1", str(error))
        )
        self._label.setText(short)
        self._label.setStyleSheet(
            "color: palette(bright-text); background: #b3261e; padding: 0 4px"
        )
        if not self._failing:
            self._failing = True
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                T.translate("StorageWarning", "Typing is not being saved"),
                describe_error(error),
                QMessageBox.StandardButton.Ok,
                self._parent,
            )
            box.setObjectName("storage-warning")
            box.open()  # not exec(): typing goes on while the message is up

    def stored(self) -> None:
        """An autosave or save worked: the episode is over."""
        if self._failing:
            self._failing = False
            self._label.setStyleSheet("")
