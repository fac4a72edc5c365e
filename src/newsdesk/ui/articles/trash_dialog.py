"""The trash: deleted articles can be restored, or deleted for good after a confirmation.

Both follow the role rule (``restore`` / ``purge`` in ``allowed_actions``): a
reporter takes back or deletes only their own drafts; the desk, anything.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.articles import ArticleQuery, ArticleRow, ArticleService
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.workflow import allowed_actions
from newsdesk.store.models import Person
from newsdesk.ui.editor.storage_warning import describe_error

SEOUL = ZoneInfo("Asia/Seoul")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE = 500


class TrashDialog(QDialog):
    #: Id of an article taken back out of the trash (the main window reloads its list).
    restored = Signal(str)
    #: Articles were deleted for good.
    purged = Signal()

    def __init__(
        self, newsroom: Newsroom, parent: QWidget | None = None, *, person: Person | None = None
    ) -> None:
        super().__init__(parent)
        self._service = ArticleService(newsroom)
        self._person = person  # who restores and deletes (None: nobody chosen)
        self.setWindowTitle(self.tr("Trash"))
        self.note = QLabel(self.tr("Deleted articles stay here until you delete them permanently."))
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [self.tr("Headline"), self.tr("Section"), self.tr("Author"), self.tr("Updated")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 90), (2, 110), (3, 130)):
            header.resizeSection(column, width)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected articles back in the list"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("&Delete permanently…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(self.empty_trash)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def trashed_rows(self) -> list[ArticleRow]:
        rows: list[ArticleRow] = []
        before: int | None = None
        while True:
            page = self._service.rows(ArticleQuery(trashed=True), limit=_PAGE, before_key=before)
            rows.extend(page)
            if len(page) < _PAGE:
                return rows
            before = page[-1].search_key

    def reload(self) -> None:
        self.tree.clear()
        for row in self.trashed_rows():
            updated = row.updated_at
            if updated.tzinfo is not None:
                updated = updated.astimezone(SEOUL)
            item = QTreeWidgetItem(
                [
                    row.headline or self.tr("(no headline)"),
                    row.section_name,
                    row.byline,
                    updated.strftime("%Y-%m-%d %H:%M"),
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            self.tree.addTopLevelItem(item)
        self.empty_button.setEnabled(bool(self._allowed_ids("purge", self._all_ids())))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self.tree.selectedItems()]

    def _all_ids(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [str(item.data(0, ID_ROLE)) for item in items if item is not None]

    def _allowed_ids(self, action: str, ids: list[str]) -> list[str]:
        """Those of ``ids`` the person may ``action`` (restore / purge)."""
        return [i for i in ids if action in allowed_actions(self._person, self._service.get(i))]

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        self.restore_button.setEnabled(bool(ids) and self._allowed_ids("restore", ids) == ids)
        self.delete_button.setEnabled(bool(ids) and self._allowed_ids("purge", ids) == ids)

    def _actor_id(self) -> int | None:
        return self._person.id if self._person is not None else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        ids = self._allowed_ids("restore", self.selected_ids())
        try:
            for article_id in ids:
                self._service.restore(article_id, actor_id=self._actor_id())
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), describe_error(error))
        self.reload()
        for article_id in ids:
            self.restored.emit(article_id)

    def delete_selected(self) -> None:
        ids = self._allowed_ids("purge", self.selected_ids())
        if not ids or not self._confirm(
            self.tr("Delete permanently"),
            self.tr("Delete %1 article(s) permanently? This cannot be undone.").replace(
                "%1", str(len(ids))
            ),
        ):
            return
        self._purge(ids)

    def empty_trash(self) -> None:
        ids = self._allowed_ids("purge", [row.id for row in self.trashed_rows()])
        if not ids or not self._confirm(
            self.tr("Empty trash"),
            self.tr(
                "Delete all %1 article(s) in the trash permanently? This cannot be undone."
            ).replace("%1", str(len(ids))),
        ):
            return
        self._purge(ids)

    def _purge(self, ids: list[str]) -> None:
        try:
            for article_id in ids:
                self._service.purge(article_id, actor_id=self._actor_id())
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), describe_error(error))
        self.reload()
        self.purged.emit()
