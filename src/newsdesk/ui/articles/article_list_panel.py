"""The article list with its search box and status/section filters.

The search box queries the core (bigram) search as you type; a short
single-shot timer collapses a burst of keystrokes into one query so typing
a Korean word never waits on the database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.store.models import ArticleStatus
from newsdesk.ui.articles.article_list_model import (
    ARTICLE_ID_ROLE,
    COLUMN_AUTHOR,
    COLUMN_HEADLINE,
    COLUMN_NUMBER,
    COLUMN_PHOTO,
    COLUMN_SECTION,
    COLUMN_STATUS,
    COLUMN_UPDATED,
    COLUMN_VIEWS,
    ArticleListModel,
)

SEARCH_DEBOUNCE_MS = 250
#: The status filter's "waiting for review" entry: submitted and in-review articles.
REVIEW_QUEUE = "review-queue"
REVIEW_STATUSES = (ArticleStatus.SUBMITTED.value, ArticleStatus.IN_REVIEW.value)
ROW_HEIGHT = 26


class ArticleListPanel(QWidget):
    """Shows the newsroom's articles and reports which one the user picked."""

    article_selected = Signal(str)

    def __init__(self, service: ArticleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = ArticleListModel(service, self)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search headlines and text…"))
        self.search_box.setToolTip(self.tr("Search articles as you type (Ctrl+Shift+F)"))
        self.search_box.setClearButtonEnabled(True)

        self.status_filter = QComboBox(self)
        self.status_filter.setToolTip(self.tr("Show only articles with this status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Waiting for review"), REVIEW_QUEUE)
        for status in ArticleStatus:
            self.status_filter.addItem(self.model.status_label(status.value), status.value)

        self.section_filter = QComboBox(self)
        self.section_filter.setToolTip(self.tr("Show only articles in this section"))
        self.reload_sections()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No sort indicator until the user clicks a header: enabling sorting sorts
        # by the indicator at once, and the database order (newest first) is wanted.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: ResizeToContents costs seconds at 10k rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, header.sortIndicatorOrder())
        # Narrow fixed columns leave the stretching headline room to be read.
        widths = {
            COLUMN_STATUS: 70,  # "예약 17:30" fits; a later day's time shows in full on hover
            COLUMN_NUMBER: 36,
            COLUMN_SECTION: 52,
            COLUMN_AUTHOR: 72,
            COLUMN_UPDATED: 80,
            COLUMN_PHOTO: 30,
            COLUMN_VIEWS: 46,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.section_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.section_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._reselect)
        self._selected_id: str | None = None

    def reload_sections(self) -> None:
        """Refill the section filter (sections can change in site settings)."""
        current = self.section_filter.currentData()
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), None)
        for section in self._service.sections():
            self.section_filter.addItem(section.name, section.id)
        found = self.section_filter.findData(current)
        self.section_filter.setCurrentIndex(max(found, 0))
        self.section_filter.blockSignals(False)

    def current_query(self) -> ArticleQuery:
        status = self.status_filter.currentData()
        statuses = REVIEW_STATUSES if status == REVIEW_QUEUE else (status,) if status else ()
        return ArticleQuery(
            text=self.search_box.text().strip(),
            statuses=statuses,
            section_id=self.section_filter.currentData(),
        )

    def apply_filters(self) -> None:
        """Run the query now (the search timer calls this after typing pauses)."""
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def show_review_queue(self, on: bool) -> None:
        """The editors' queue: articles submitted or in review (or back to all)."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(REVIEW_QUEUE) if on else 0)

    def selected_article_ids(self) -> list[str]:
        """Every selected article (hand-off export takes several), in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.index(row, COLUMN_STATUS).data(ARTICLE_ID_ROLE) for row in rows]
        return [article_id for article_id in found if isinstance(article_id, str)]

    def refresh(self) -> None:
        """Reload after a save, keeping the selected article selected."""
        self.model.reload()

    def refresh_keeping_view(self) -> None:
        """Reload for changes made elsewhere (another window, PC, the command line)."""
        with self.keeping_view():
            self.model.reload(at_least=self.model.rowCount())

    @contextlib.contextmanager
    def keeping_view(self) -> Iterator[None]:
        """Whatever reloads inside, the selection (all of it) and the scroll position
        come back where the user left them; as many rows as were loaded stay loaded."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        selected = self.selected_article_ids()
        current = self.table.selectionModel().currentIndex()
        current_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        column = max(current.column(), 0)
        try:
            yield
        finally:
            self._restore_view(selected, current_id, column, position)

    def _restore_view(
        self, selected: list[str], current_id: object, column: int, position: int
    ) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        for article_id in selected:
            row = self.model.row_of(article_id)
            if row is not None and not selection.isRowSelected(row):
                flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                selection.select(self.model.index(row, COLUMN_STATUS), flags)
        row = self.model.row_of(current_id) if isinstance(current_id, str) else None
        if row is not None:
            index = self.model.index(row, column)
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self.table.doItemsLayout()  # the scroll range now, not at the next paint
        self.table.verticalScrollBar().setValue(position)
        self.table.viewport().update()

    def select_article(self, article_id: str | None) -> None:
        """Highlight ``article_id`` if it is in the loaded rows, without re-emitting."""
        self._selected_id = article_id
        self._reselect()

    def _reselect(self) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(self._selected_id) if self._selected_id else None
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.model.index(row, COLUMN_STATUS)
            if not selection.isRowSelected(row):  # keep a multi-selection (hand-off export)
                selection.select(
                    index,
                    selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
                )
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if not indexes:
            return
        article_id = indexes[0].data(ARTICLE_ID_ROLE)
        if isinstance(article_id, str) and article_id != self._selected_id:
            self._selected_id = article_id
            self.article_selected.emit(article_id)
