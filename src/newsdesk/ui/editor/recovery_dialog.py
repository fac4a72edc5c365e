"""At start-up, offer back what was typed before a crash or a kill.

Whatever :meth:`AutosaveService.pending` still holds was never turned into a
save point. The dialog lists each draft with when it was typed and how it
begins; the user restores one into the editor or discards drafts for good.
Closing the dialog keeps them for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.autosave import AutosaveService, RecoveredDraft
from newsdesk.site.dates import stamp

SNIPPET_CHARS = 400


class RecoveryDialog(QDialog):
    """Lists unsaved drafts; :attr:`chosen` is the one to restore after ``accept()``."""

    def __init__(
        self,
        service: AutosaveService,
        drafts: list[RecoveredDraft],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved typing"))
        self.setMinimumSize(560, 420)
        self._service = service
        self.chosen: RecoveredDraft | None = None

        intro = QLabel(
            self.tr(
                "Newsdesk closed before these articles were saved. "
                "Restore one to keep editing it, or discard what you do not need."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Unsaved drafts, newest first"))
        self.snippet = QPlainTextEdit(self)
        self.snippet.setReadOnly(True)
        self.snippet.setToolTip(self.tr("How the selected draft begins"))

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Open the selected draft in the editor"))
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setToolTip(self.tr("Delete the selected draft for good"))
        self.later_button = QPushButton(self.tr("Decide &later"), self)
        self.later_button.setToolTip(self.tr("Keep the drafts and ask again at the next start"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.snippet, 1)
        layout.addWidget(buttons)

        for draft in drafts:
            item = QListWidgetItem(self._title(draft), self.list)
            item.setData(Qt.ItemDataRole.UserRole, draft)
        self.list.currentRowChanged.connect(self._show_snippet)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        if drafts:
            self.list.setCurrentRow(0)

    def _title(self, draft: RecoveredDraft) -> str:
        headline = draft.fields.headline.strip() or draft.headline_in_db or self.tr("(untitled)")
        kind = self.tr("new article") if draft.article_id is None else self.tr("saved article")
        return f"{headline}  —  {kind}, {stamp(draft.saved_at)}"

    def selected_draft(self) -> RecoveredDraft | None:
        item = self.list.currentItem()
        if item is None:
            return None
        draft = item.data(Qt.ItemDataRole.UserRole)
        return draft if isinstance(draft, RecoveredDraft) else None

    def _show_snippet(self, _row: int) -> None:
        draft = self.selected_draft()
        self.snippet.setPlainText(draft.fields.body[:SNIPPET_CHARS] if draft else "")
        has_draft = draft is not None
        self.restore_button.setEnabled(has_draft)
        self.discard_button.setEnabled(has_draft)

    def restore_selected(self) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.chosen = draft
            self.accept()

    def discard_selected(self, *, confirm: bool = True) -> None:
        draft = self.selected_draft()
        if draft is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Discard draft"),
                self.tr("Delete this unsaved text for good?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._service.discard(draft.editor_key)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
