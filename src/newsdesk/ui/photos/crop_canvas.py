"""The crop dialog's picture: the turned photo, scaled to fit, with a box to drag.

The box is kept in fractions of the turned photo (a :class:`CropBox`), the
same numbers the service stores, so nothing is lost to the screen's scale.
It moves when dragged from inside, resizes from its corners (and, when the
ratio is free, its edges), and a drag outside it draws a new one. With a
fixed ratio the box keeps it while resizing; arrow keys nudge it (Shift:
further) for people who do not use a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from newsdesk.media.photo_edit import CropBox

_MARGIN = 12
_HANDLE = 9  # half the grab distance of a handle, in screen pixels
_MIN_BOX = 24  # smallest box a drag can make, in screen pixels
_CURSORS = {
    "move": Qt.CursorShape.SizeAllCursor,
    "tl": Qt.CursorShape.SizeFDiagCursor,
    "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor,
    "bl": Qt.CursorShape.SizeBDiagCursor,
    "l": Qt.CursorShape.SizeHorCursor,
    "r": Qt.CursorShape.SizeHorCursor,
    "t": Qt.CursorShape.SizeVerCursor,
    "b": Qt.CursorShape.SizeVerCursor,
}


class CropCanvas(QWidget):
    """Shows ``pixmap`` with the crop box; emits ``box_changed`` as the user drags."""

    box_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._box = CropBox(0.0, 0.0, 1.0, 1.0)
        self._ratio: float | None = None  # width / height of the box on screen
        self._drag: str | None = None
        self._anchor = QPointF()  # the fixed corner while resizing, the grab point while moving
        self._start = QRectF()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Crop area"))

    def sizeHint(self) -> QSize:
        return QSize(640, 460)

    # -- state -----------------------------------------------------------------------

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.update()

    def set_ratio(self, ratio: tuple[int, int] | None) -> None:
        """Width : height in the photo's pixels (the screen shows it unstretched)."""
        self._ratio = ratio[0] / ratio[1] if ratio else None
        self.update()

    def box(self) -> CropBox:
        return self._box

    def set_box(self, box: CropBox) -> None:
        self._box = box
        self.update()

    def image_rect(self) -> QRectF:
        """Where the photo is drawn: as large as fits, centred."""
        if self._pixmap.isNull():
            return QRectF()
        room_w = max(1, self.width() - 2 * _MARGIN)
        room_h = max(1, self.height() - 2 * _MARGIN)
        scale = min(room_w / self._pixmap.width(), room_h / self._pixmap.height())
        width, height = self._pixmap.width() * scale, self._pixmap.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def box_rect(self) -> QRectF:
        """The box on screen."""
        image, box = self.image_rect(), self._box
        return QRectF(
            image.left() + box.left * image.width(),
            image.top() + box.top * image.height(),
            box.width * image.width(),
            box.height * image.height(),
        )

    def _store(self, rect: QRectF) -> None:
        image = self.image_rect()
        rect = rect.intersected(image)
        if image.isEmpty() or rect.width() < 1 or rect.height() < 1:
            return
        left = (rect.left() - image.left()) / image.width()
        top = (rect.top() - image.top()) / image.height()
        width = min(rect.width() / image.width(), 1 - left)
        height = min(rect.height() / image.height(), 1 - top)
        try:
            box = CropBox(max(left, 0.0), max(top, 0.0), width, height)
        except ValueError:  # rounding at an edge: keep the last good box
            return
        if box != self._box:
            self._box = box
            self.update()
            self.box_changed.emit()

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        image = self.image_rect()
        if image.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(image, self._pixmap, QRectF(self._pixmap.rect()))
        box = self.box_rect()
        shade = QColor(0, 0, 0, 130)
        for part in (
            QRectF(image.left(), image.top(), image.width(), box.top() - image.top()),
            QRectF(image.left(), box.bottom(), image.width(), image.bottom() - box.bottom()),
            QRectF(image.left(), box.top(), box.left() - image.left(), box.height()),
            QRectF(box.right(), box.top(), image.right() - box.right(), box.height()),
        ):
            if part.width() > 0 and part.height() > 0:
                painter.fillRect(part, shade)
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1))
        for third in (1, 2):  # rule of thirds, as photo editors show it
            x = box.left() + box.width() * third / 3
            y = box.top() + box.height() * third / 3
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(box)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor(0, 0, 0, 160), 1))
        for point in self._handles(box).values():
            painter.drawRect(QRectF(point.x() - 4, point.y() - 4, 8, 8))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))

    def _handles(self, box: QRectF) -> dict[str, QPointF]:
        handles = {
            "tl": box.topLeft(),
            "tr": box.topRight(),
            "bl": box.bottomLeft(),
            "br": box.bottomRight(),
        }
        if self._ratio is None:  # edges change one side only: not with a fixed ratio
            centre = box.center()
            handles.update(
                t=QPointF(centre.x(), box.top()),
                b=QPointF(centre.x(), box.bottom()),
                l=QPointF(box.left(), centre.y()),
                r=QPointF(box.right(), centre.y()),
            )
        return handles

    def _hit(self, pos: QPointF) -> str | None:
        box = self.box_rect()
        for name, point in self._handles(box).items():
            if abs(pos.x() - point.x()) <= _HANDLE and abs(pos.y() - point.y()) <= _HANDLE:
                return name
        return "move" if box.contains(pos) else None

    # -- dragging --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        image = self.image_rect()
        hit = self._hit(pos)
        box = self.box_rect()
        self._start = box
        if hit == "move":
            self._anchor = pos
        elif hit is not None:
            self._anchor = _opposite(box, hit)
        elif image.contains(pos):
            hit, self._anchor = "new", pos  # a new box from here
        self._drag = hit

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            hit = self._hit(pos)
            self.setCursor(_CURSORS.get(hit or "", Qt.CursorShape.CrossCursor))
            return
        if self._drag == "move":
            self._store(self._moved(pos))
        elif self._drag in ("t", "b", "l", "r"):
            self._store(self._edge(pos))
        else:
            self._store(self._corner(pos))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def _moved(self, pos: QPointF) -> QRectF:
        image, rect = self.image_rect(), QRectF(self._start)
        rect.translate(pos - self._anchor)
        rect.moveLeft(min(max(rect.left(), image.left()), image.right() - rect.width()))
        rect.moveTop(min(max(rect.top(), image.top()), image.bottom() - rect.height()))
        return rect

    def _edge(self, pos: QPointF) -> QRectF:
        image, rect = self.image_rect(), QRectF(self._start)
        x = min(max(pos.x(), image.left()), image.right())
        y = min(max(pos.y(), image.top()), image.bottom())
        if self._drag == "l":
            rect.setLeft(min(x, rect.right() - _MIN_BOX))
        elif self._drag == "r":
            rect.setRight(max(x, rect.left() + _MIN_BOX))
        elif self._drag == "t":
            rect.setTop(min(y, rect.bottom() - _MIN_BOX))
        else:
            rect.setBottom(max(y, rect.top() + _MIN_BOX))
        return rect

    def _corner(self, pos: QPointF) -> QRectF:
        """A box from the fixed corner to ``pos``, in the image, at the ratio if there is one."""
        image, anchor = self.image_rect(), self._anchor
        right, down = pos.x() >= anchor.x(), pos.y() >= anchor.y()
        room_w = image.right() - anchor.x() if right else anchor.x() - image.left()
        room_h = image.bottom() - anchor.y() if down else anchor.y() - image.top()
        width = min(max(abs(pos.x() - anchor.x()), _MIN_BOX), room_w)
        height = min(max(abs(pos.y() - anchor.y()), _MIN_BOX), room_h)
        if self._ratio is not None:
            width = max(width, height * self._ratio)
            height = width / self._ratio
            if width > room_w:
                width, height = room_w, room_w / self._ratio
            if height > room_h:
                width, height = room_h * self._ratio, room_h
        left = anchor.x() if right else anchor.x() - width
        top = anchor.y() if down else anchor.y() - height
        return QRectF(left, top, width, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        distance = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        self._start, self._anchor = self.box_rect(), QPointF()
        self._store(self._moved(QPointF(step[0] * distance, step[1] * distance)))


def _opposite(box: QRectF, handle: str) -> QPointF:
    """The corner (or edge point) that stays put while ``handle`` is dragged."""
    x = box.right() if "l" in handle else box.left()
    y = box.bottom() if "t" in handle else box.top()
    return QPointF(x, y)
