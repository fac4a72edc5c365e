"""An article's history: workflow transitions and revisions, compare and restore.

Two tabs because they answer two questions: "who moved it where, and why"
(transitions with their notes) and "what did the text look like then"
(revisions, any two compared side by side). Restoring is itself a new
revision, so the dialog can never lose anything.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import RevisionInfo, RevisionService
from newsdesk.services.workflow import WorkflowService
from newsdesk.site.dates import to_seoul
from newsdesk.ui.editor.storage_warning import describe_error
from newsdesk.ui.workflow.revision_compare import RevisionCompareView, reason_label

REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: QSettings keys: the dialog's size and where the list ends and the compare begins.
GEOMETRY_KEY = "history/geometry"
SPLIT_KEY = "history/split"


class HistoryDialog(QDialog):
    restored = Signal(str)  # the new revision's id

    def __init__(
        self,
        newsroom: Newsroom,
        article_id: str,
        actor_id: int | None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article history"))
        self.setMinimumSize(760, 520)
        self.resize(1180, 800)
        self._settings = settings
        self._revisions = RevisionService(newsroom)
        self._workflow = WorkflowService(newsroom)
        self._article_id = article_id
        self._actor_id = actor_id
        #: Whether the person may restore a revision ("restore_revision" in allowed_actions).
        self.may_restore = True

        self.tabs = QTabWidget(self)
        self.transitions = QTreeWidget(self)
        self.transitions.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("State"), self.tr("Note")]
        )
        self.transitions.setRootIsDecorated(False)
        self.transitions.setAlternatingRowColors(True)
        self.tabs.addTab(self.transitions, self.tr("&Workflow history"))

        self.revision_list = QTreeWidget(self)
        self.revision_list.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Reason"), self.tr("Headline")]
        )
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revision_list.setToolTip(self.tr("Select two revisions (Ctrl+click) to compare them"))
        self.revision_list.itemSelectionChanged.connect(self._selection_changed)
        self.compare_view = RevisionCompareView(self, photos=newsroom.photos)
        self.hint = QLabel(self.tr("Select two revisions (Ctrl+click) to compare them."), self)
        self.restore_button = QPushButton(self.tr("&Restore this revision…"), self)
        self.restore_button.setToolTip(
            self.tr("Bring back the selected revision's text (the current text stays a revision)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        revisions_page = QWidget(self)
        # The compare view takes what the dialog grows by; the list keeps its height.
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, revisions_page)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(self.compare_view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 620])
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.restore_button)
        page_layout = QVBoxLayout(revisions_page)
        page_layout.addWidget(splitter, 1)
        page_layout.addLayout(row)
        self.tabs.addTab(revisions_page, self.tr("Re&visions"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.infos: list[RevisionInfo] = []
        self.reload()
        self._restore_layout()

    def _restore_layout(self) -> None:
        """The size and split the user left the dialog at, last time."""
        if self._settings is None:
            return
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        split = self._settings.value(SPLIT_KEY)
        if isinstance(split, QByteArray | bytes) and split:
            self.splitter.restoreState(QByteArray(split))

    def done(self, result: int) -> None:
        """Every way of closing ends here: remember the size and split first."""
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self._settings.setValue(SPLIT_KEY, self.splitter.saveState())
        super().done(result)

    def reload(self) -> None:
        self.transitions.clear()
        for entry in self._workflow.history(self._article_id):
            moment = to_seoul(entry.at)
            item = QTreeWidgetItem(
                [
                    f"{moment:%Y-%m-%d %H:%M}",
                    entry.actor or "—",
                    reason_label(entry.action),
                    f"{status_text(entry.from_status)} → {status_text(entry.to_status)}",
                    entry.note,
                ]
            )
            item.setToolTip(4, entry.note)
            self.transitions.addTopLevelItem(item)
        _fit_columns(self.transitions, 4)
        self.revision_list.clear()
        self.infos = self._revisions.for_article(self._article_id)
        for info in self.infos:
            moment = to_seoul(info.created_at)
            item = QTreeWidgetItem(
                [
                    f"{moment:%Y-%m-%d %H:%M:%S}",
                    info.author or "—",
                    reason_label(info.reason),
                    info.headline,
                ]
            )
            item.setData(0, REVISION_ID_ROLE, info.id)
            self.revision_list.addTopLevelItem(item)
        _fit_columns(self.revision_list, 3)
        self._selection_changed()

    def select_revisions(self, *rows: int) -> None:
        """Select these rows of the revision list (newest is row 0)."""
        self.revision_list.clearSelection()
        for row in rows:
            item = self.revision_list.topLevelItem(row)
            if item is not None:
                item.setSelected(True)

    def _selected_ids(self) -> list[str]:
        """Selected revision ids, oldest first."""
        items = sorted(
            self.revision_list.selectedItems(),
            key=lambda item: -self.revision_list.indexOfTopLevelItem(item),
        )
        return [str(item.data(0, REVISION_ID_ROLE)) for item in items]

    def set_may_restore(self, allowed: bool) -> None:
        """Follow the role rule: only who may edit the article restores its revisions."""
        self.may_restore = allowed
        self._selection_changed()

    def _selection_changed(self) -> None:
        ids = self._selected_ids()
        self.restore_button.setEnabled(
            len(ids) == 1 and self._actor_id is not None and self.may_restore
        )
        if len(ids) == 2:
            self.hint.setText(
                self.tr(
                    "Older on the left (deletions), newer on the right. "
                    "F7 / Shift+F7: next / previous change in the body."
                )
            )
            try:
                self.compare_view.show_diff(self._revisions.compare(ids[0], ids[1]))
            except NewsdeskError as error:
                QMessageBox.warning(self, self.tr("Cannot compare"), str(error))
            return
        self.hint.setText(self.tr("Select two revisions (Ctrl+click) to compare them."))
        self.compare_view.show_diff(None)

    def restore_selected(self, *, confirm: bool = True) -> None:
        ids = self._selected_ids()
        if len(ids) != 1:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore revision"),
                self.tr(
                    "Bring back this revision's text? The current text is kept as a "
                    "revision, so this can be undone."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            new_id = self._revisions.restore(ids[0], self._actor_id)
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), describe_error(error))
            return
        self.restored.emit(new_id)
        self.reload()


def _fit_columns(tree: QTreeWidget, count: int) -> None:
    """Fit the first columns to their text, with air between them."""
    for column in range(count):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, tree.columnWidth(column) + 18)


def status_text(status: str) -> str:
    """The list's translated status names (same context, so one translation)."""
    labels = {
        "draft": QCoreApplication.translate("ArticleListModel", "Draft"),
        "returned": QCoreApplication.translate("ArticleListModel", "Returned"),
        "submitted": QCoreApplication.translate("ArticleListModel", "Submitted"),
        "in_review": QCoreApplication.translate("ArticleListModel", "In review"),
        "approved": QCoreApplication.translate("ArticleListModel", "Approved"),
        "scheduled": QCoreApplication.translate("ArticleListModel", "Scheduled"),
        "published": QCoreApplication.translate("ArticleListModel", "Published"),
        "unpublished": QCoreApplication.translate("ArticleListModel", "Unpublished"),
    }
    return labels.get(status, status)
