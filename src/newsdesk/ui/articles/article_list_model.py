"""The article list as a Qt table model, fed page by page from the services.

A newsroom database can hold 100,000 articles. The model never asks for
bodies and never loads everything: it fetches :data:`PAGE_SIZE` rows at a
time with keyset pagination (``before_key``) when the view scrolls near the
end (``canFetchMore``/``fetchMore``), so a reset costs one small query.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from newsdesk.services.articles import ArticleQuery, ArticleRow, ArticleService
from newsdesk.site.dates import to_seoul
from newsdesk.store.models import ArticleStatus

COLUMN_STATUS = 0
COLUMN_NUMBER = 1
COLUMN_HEADLINE = 2
COLUMN_SECTION = 3
COLUMN_AUTHOR = 4
COLUMN_UPDATED = 5
COLUMN_PHOTO = 6
#: 조회수: readers counted by the publish server (synced by the outbox worker).
COLUMN_VIEWS = 7
COLUMN_COUNT = 8

#: The article's UUID (str).
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The raw status value, e.g. "published".
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: A value that sorts the column correctly (numbers and datetimes, not their text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The whole :class:`ArticleRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole + 4

PAGE_SIZE = 200
#: Status texts that ask for someone's attention stand out from the grey list:
#: a returned article waits for its reporter, a scheduled one goes out by itself.
STATUS_COLOURS = {
    ArticleStatus.RETURNED.value: "#b54708",
    ArticleStatus.SCHEDULED.value: "#1d5fa8",
}

ModelIndex = QModelIndex | QPersistentModelIndex


@cache
def photo_badge_icon() -> QIcon:
    """A small camera-like badge, drawn once so it needs no icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#5b7fa6"))
    painter.drawRoundedRect(1, 4, 14, 10, 2, 2)
    painter.drawRect(5, 2, 6, 3)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(5, 6, 6, 6)
    painter.end()
    return QIcon(pixmap)


def _sort_value(row: ArticleRow, column: int) -> Any:
    if column == COLUMN_NUMBER:
        return row.number if row.number is not None else -1
    if column == COLUMN_UPDATED:
        return row.updated_at
    if column == COLUMN_PHOTO:
        return int(row.has_photo)
    if column == COLUMN_VIEWS:
        return row.view_count
    if column == COLUMN_STATUS:
        return row.status
    if column == COLUMN_SECTION:
        return row.section_name
    if column == COLUMN_AUTHOR:
        return row.byline
    return row.headline


class ArticleListModel(QAbstractTableModel):
    """Rows of :meth:`ArticleService.rows` for one :class:`ArticleQuery`."""

    def __init__(
        self,
        service: ArticleService,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._query = ArticleQuery()
        self._rows: list[ArticleRow] = []
        self._exhausted = True
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading ------------------------------------------------------------

    @property
    def query(self) -> ArticleQuery:
        return self._query

    def set_query(self, query: ArticleQuery) -> None:
        """Show the articles matching ``query`` (first page only)."""
        self._query = query
        self.reload()

    def reload(self, *, at_least: int = 0) -> None:
        """Refetch the first page, e.g. after a save changed the order.

        ``at_least`` rows are fetched when more were loaded (scrolled to), so a
        refresh for changes made elsewhere can keep the scroll position.
        """
        limit = max(self._page_size, at_least)
        self.beginResetModel()
        self._rows = self._service.rows(self._query, limit=limit)
        self._exhausted = len(self._rows) < limit
        self._apply_sort()
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        last_key = min(row.search_key for row in self._rows)
        page = self._service.rows(self._query, limit=self._page_size, before_key=last_key)
        self._exhausted = len(page) < self._page_size
        if not page:
            return
        if self._sort is None:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        else:
            self.layoutAboutToBeChanged.emit()
            self._rows.extend(page)
            self._apply_sort()
            self.layoutChanged.emit()

    # -- lookup ---------------------------------------------------------------

    def article_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: str) -> int | None:
        """The row showing ``article_id``, if it is loaded."""
        for position, row in enumerate(self._rows):
            if row.id == article_id:
                return position
        return None

    def loaded_ids(self) -> list[str]:
        return [row.id for row in self._rows]

    def set_view_counts(self, counts: Mapping[str, int]) -> None:
        """Show fresh 조회수 without a reset, so selection and scrolling stay put."""
        changed = False
        for position, row in enumerate(self._rows):
            views = counts.get(row.id)
            if views is not None and views != row.view_count:
                self._rows[position] = dataclasses.replace(row, view_count=views)
                changed = True
        if changed and self._rows:
            top = self.index(0, COLUMN_VIEWS)
            self.dataChanged.emit(top, self.index(len(self._rows) - 1, COLUMN_VIEWS))

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers().get(section)

    def _headers(self) -> dict[int, str]:
        return {
            COLUMN_STATUS: self.tr("Status"),
            COLUMN_NUMBER: self.tr("No."),
            COLUMN_HEADLINE: self.tr("Headline"),
            COLUMN_SECTION: self.tr("Section"),
            COLUMN_AUTHOR: self.tr("Author"),
            COLUMN_UPDATED: self.tr("Updated"),
            COLUMN_PHOTO: self.tr("Photo"),
            COLUMN_VIEWS: self.tr("Views"),
        }

    def status_label(self, status: str) -> str:
        """The translated name of a status value."""
        labels = {
            ArticleStatus.DRAFT.value: self.tr("Draft"),
            ArticleStatus.RETURNED.value: self.tr("Returned"),
            ArticleStatus.SUBMITTED.value: self.tr("Submitted"),
            ArticleStatus.IN_REVIEW.value: self.tr("In review"),
            ArticleStatus.APPROVED.value: self.tr("Approved"),
            ArticleStatus.SCHEDULED.value: self.tr("Scheduled"),
            ArticleStatus.PUBLISHED.value: self.tr("Published"),
            ArticleStatus.UNPUBLISHED.value: self.tr("Unpublished"),
        }
        return labels.get(status, status)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == SORT_ROLE:
            return _sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COLUMN_STATUS
            and row.status in STATUS_COLOURS
        ):
            return QColor(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_PHOTO and row.has_photo:
            return photo_badge_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_PHOTO:
                return self.tr("Has photos") if row.has_photo else None
            if column == COLUMN_STATUS and row.scheduled_at is not None:
                return self.tr("Publishes at %1 (Korea time)").replace(
                    "%1", to_seoul(row.scheduled_at).strftime("%Y-%m-%d %H:%M")
                )
            return row.headline or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_NUMBER, COLUMN_PHOTO):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_VIEWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ArticleRow, column: int) -> str | None:
        if column == COLUMN_STATUS:
            if row.status == ArticleStatus.SCHEDULED.value and row.scheduled_at is not None:
                return self.tr("Scheduled %1").replace("%1", scheduled_time(row.scheduled_at))
            return self.status_label(row.status)
        if column == COLUMN_NUMBER:
            return str(row.number) if row.number is not None else ""
        if column == COLUMN_HEADLINE:
            return row.headline or self.tr("(untitled)")
        if column == COLUMN_SECTION:
            return row.section_name
        if column == COLUMN_AUTHOR:
            return row.byline
        if column == COLUMN_UPDATED:
            return _short_time(row.updated_at)
        if column == COLUMN_VIEWS:
            return f"{row.view_count:,}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the loaded rows; later pages are merged into the same order."""
        self.layoutAboutToBeChanged.emit()
        if column < 0:  # sort indicator cleared: back to the database's newest-first order
            self._sort = None
            self._rows.sort(key=lambda row: row.search_key, reverse=True)
        else:
            self._sort = (column, order)
            self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key: Callable[[ArticleRow], Any] = lambda row: (_sort_value(row, column), row.search_key)  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _short_time(moment: datetime, now: datetime | None = None) -> str:
    """ "11-29 18:36" this year, "2025-11-29" before: a desk cares about today's times."""
    local = to_seoul(moment)
    this_year = to_seoul(now or datetime.now(UTC)).year
    return local.strftime("%m-%d %H:%M") if local.year == this_year else local.strftime("%Y-%m-%d")


def scheduled_time(moment: datetime, now: datetime | None = None) -> str:
    """When a scheduled article goes out, short enough for the status column:
    "17:30" today, "12-01 17:30" later this year, with the year beyond it."""
    local = to_seoul(moment)
    today = to_seoul(now or datetime.now(UTC))
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M" if local.year == today.year else "%Y-%m-%d %H:%M")
