"""The thumbnail grid of the photos panel: drops from outside, reordering inside.

Kept apart from :mod:`newsdesk.ui.photos.photos_panel` so each module stays about one idea.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QWidget

from newsdesk.media.photo_edit import PhotoEdit
from newsdesk.media.photo_store import PhotoStore
from newsdesk.store.models import Photo

THUMB = QSize(168, 112)
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def local_files(urls: list[Path]) -> list[Path]:
    return [path for path in urls if path.is_file()]


class PhotoListWidget(QListWidget):
    """Thumbnail grid that takes files from outside and reorders by dragging inside.

    Qt's own internal move only shuffles items on screen; here a drop inside
    the list is turned into ``move_requested`` so the service stores the order.
    :attr:`accepts_files` and :attr:`reorderable` follow the person's role (see
    :mod:`newsdesk.ui.photos.photo_permissions`): a refused drop is not accepted.
    """

    files_dropped = Signal(list)
    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 40))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.accepts_files = True
        self.reorderable = True

    def _wanted(self, event: QDropEvent) -> bool:
        if event.source() is self:
            return self.reorderable
        return event.mimeData().hasUrls() and self.accepts_files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        if self.reorderable:  # a photo that may not move is not picked up either
            super().startDrag(supportedActions)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._wanted(event):
            event.ignore()
            return
        if event.source() is self:
            source = self.currentRow()
            target_item = self.itemAt(event.position().toPoint())
            target = self.row(target_item) if target_item is not None else self.count() - 1
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the model moves, not Qt
            event.accept()
            if source >= 0 and target >= 0 and source != target:
                self.move_requested.emit(source, target)
            return
        if mime.hasUrls():
            urls = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            paths = local_files(urls)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if paths:
                self.files_dropped.emit(paths)
            return
        event.ignore()


def photo_label(photo: Photo) -> str:
    """ "2. 캡션" under the thumbnail (the file name until a caption is typed), cut at 40."""
    label = f"{photo.position + 1}. {photo.caption or photo.original_name}"
    return label if len(label) <= 40 else label[:39] + "…"


def photo_icon(
    store: PhotoStore,
    sha256: str,
    *,
    is_main: bool,
    incomplete: bool,
    edit: PhotoEdit | None = None,
) -> QIcon:
    """The stored thumbnail (of ``edit``'s crop and rotation) on a fixed-size canvas,
    with a ★ badge for the main photo and a red ! for missing caption / credit / alt text."""
    canvas = QPixmap(THUMB)
    canvas.fill(QColor("#e5e7eb"))
    thumb = QPixmap(str(store.derivative_path(sha256, "thumb", edit)))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not thumb.isNull():
        scaled = thumb.scaled(
            THUMB,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        offset = QPoint(
            (THUMB.width() - scaled.width()) // 2, (THUMB.height() - scaled.height()) // 2
        )
        painter.drawPixmap(offset, scaled)
    font = QFont(painter.font())
    font.setPixelSize(16)
    font.setBold(True)
    painter.setFont(font)
    if is_main:
        _badge(painter, QRect(4, 4, 26, 26), QColor("#f59e0b"), "★")
    if incomplete:
        _badge(painter, QRect(THUMB.width() - 30, 4, 26, 26), QColor("#dc2626"), "!")
    painter.end()
    return QIcon(canvas)


def _badge(painter: QPainter, rect: QRect, colour: QColor, text: str) -> None:
    painter.setPen(QColor("white"))
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
