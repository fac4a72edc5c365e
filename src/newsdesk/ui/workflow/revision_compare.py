"""Two revisions compared: what changed in the fields and photos, and both bodies.

Small fields (제목, 상태, 태그 …) and photo changes are listed at the top, each
in words: statuses and sections by name, photos with their thumbnail and
사진 추가 / 설명 변경 “…” → “…”. The bodies fill the rest of the view, side by
side and scrolling together, with 이전 변경 / 다음 변경 (Shift+F7 / F7) to
walk their changes. The diff is character-level (Korean has no spaces
inside words), so a changed particle — 교육청은 → 교육청이 — lights up as one
syllable.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.media.photo_store import PhotoStore
from newsdesk.services.revision_photos import PhotoChange
from newsdesk.services.revisions import FieldChange, RevisionDiff, RevisionInfo
from newsdesk.services.workflow import ACTION_LABELS
from newsdesk.site.dates import to_seoul
from newsdesk.text.diff import Op, new_side, old_side
from newsdesk.ui.workflow.body_compare import BodyComparePanes
from newsdesk.ui.workflow.revision_labels import (
    WHOLE_VALUE_FIELDS,
    field_label,
    field_value,
    marked_html,
    photo_detail_html,
    photo_title,
    segments_html,
)

#: Short alias; pyside6-lupdate still finds ``T.translate("Revisions", …)``.
T = QCoreApplication
LABEL_WIDTH = 84
THUMB = QSize(96, 64)
#: The field list never takes more than this share of the view from the bodies.
FIELDS_SHARE = 0.4


def reason_label(reason: str) -> str:
    """Why a revision exists, as the newsroom says it (workflow actions in Korean)."""
    if reason in ACTION_LABELS:
        return ACTION_LABELS[reason]
    labels = {
        "create": T.translate("Revisions", "First saved"),
        "import": T.translate("Revisions", "Imported"),
        "duplicate": T.translate("Revisions", "Duplicated"),
        "save": T.translate("Revisions", "Saved"),
        "restore": T.translate("Revisions", "Restored"),
        "before-restore": T.translate("Revisions", "Before restoring"),
        "handoff": T.translate("Revisions", "Hand-off file"),
        "handoff-conflict": T.translate("Revisions", "Hand-off file (both changed)"),
        "handoff-local": T.translate("Revisions", "This PC's version"),
        "before-handoff": T.translate("Revisions", "Before the hand-off import"),
        "handoff-export": T.translate("Revisions", "Hand-off export"),
        "handoff-update": T.translate("Revisions", "Hand-off update (waiting for the desk)"),
        "handoff-applied": T.translate("Revisions", "Hand-off update applied"),
    }
    return labels.get(reason, reason)


def revision_title(info: RevisionInfo) -> str:
    moment = to_seoul(info.created_at)
    who = info.author or "—"
    return f"{moment:%Y-%m-%d %H:%M} · {who} · {reason_label(info.reason)}"


def _cell(html: str) -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _name_label(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFixedWidth(LABEL_WIDTH)
    return label


class RevisionCompareView(QWidget):
    """Every changed field with its label, photo changes with thumbnails, both bodies."""

    def __init__(self, parent: QWidget | None = None, *, photos: PhotoStore | None = None) -> None:
        super().__init__(parent)
        self._photos = photos
        self.diff: RevisionDiff | None = None
        #: Rows of the field list as shown: (field, older cell, newer cell).
        self.field_rows: list[tuple[str, QLabel, QLabel]] = []
        #: Photo rows as shown: (change, thumbnail, description).
        self.photo_rows: list[tuple[PhotoChange, QLabel, QLabel]] = []

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Select two revisions to compare them."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        self.old_title = QLabel(page)
        self.new_title = QLabel(page)
        titles = QHBoxLayout()
        titles.addSpacing(LABEL_WIDTH + 6)
        titles.addWidget(self.old_title, 1)
        titles.addWidget(self.new_title, 1)

        self.changes_area = QScrollArea(page)
        self.changes_area.setWidgetResizable(True)
        self.changes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.changes_area.viewport().setAutoFillBackground(False)  # the page's own colour

        body_panel = QWidget(page)
        self.body_label = QLabel(body_panel)
        self.change_counter = QLabel(body_panel)
        self.previous_button = QPushButton(self.tr("◀ Previous change"), body_panel)
        self.next_button = QPushButton(self.tr("Next change ▶"), body_panel)
        self.previous_button.setToolTip(self.tr("The change before this one (Shift+F7)"))
        self.next_button.setToolTip(self.tr("The next change in the body (F7)"))
        self.body = BodyComparePanes(body_panel)
        self.previous_button.clicked.connect(self.body.previous_change)
        self.next_button.clicked.connect(self.body.next_change)
        self.body.position_changed.connect(self._position_changed)
        header = QHBoxLayout()
        header.addWidget(self.body_label)
        header.addWidget(self.change_counter)
        header.addStretch(1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        body_layout = QVBoxLayout(body_panel)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(header)
        body_layout.addWidget(self.body, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.changes_area)
        self.splitter.addWidget(body_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(titles)
        page_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for keys, step in (("F7", self.body.next_change), ("Shift+F7", self.body.previous_change)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(step)
        self.show_diff(None)

    # -- showing a diff ----------------------------------------------------------------

    def show_diff(self, diff: RevisionDiff | None) -> None:
        self.diff = diff
        self.field_rows, self.photo_rows = [], []
        if diff is None:
            self.stack.setCurrentIndex(0)
            self.body.set_segments([])
            return
        self.stack.setCurrentIndex(1)
        self.old_title.setText(f"<b>{escape(revision_title(diff.old))}</b>")
        self.new_title.setText(f"<b>{escape(revision_title(diff.new))}</b>")
        content = QWidget()
        content.setAutoFillBackground(False)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        row = 0
        listed = [change for change in diff.fields if change.field != "body"]
        for change in listed:
            self._add_field(grid, row, change)
            row += 1
        if diff.photos:
            grid.addWidget(_name_label(field_label("photos")), row, 0)
            for photo in diff.photos:
                grid.addWidget(self._photo_row(photo), row, 1, 1, 2)
                row += 1
        if diff.unchanged:
            grid.addWidget(_cell(escape(self.tr("The two revisions are the same."))), row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)
        self.changes_area.setWidget(content)
        self.changes_area.setVisible(row > 0)
        self.body_label.setText(f"<b>{escape(field_label('body'))}</b>")
        self.body.set_segments(diff.body)
        QTimer.singleShot(0, self._fit_split)

    def _add_field(self, grid: QGridLayout, row: int, change: FieldChange) -> None:
        palette = self.palette()
        grid.addWidget(_name_label(field_label(change.field)), row, 0)
        if change.field in WHOLE_VALUE_FIELDS:
            old_html = marked_html(field_value(change.field, change.old), Op.DELETE, palette)
            new_html = marked_html(field_value(change.field, change.new), Op.INSERT, palette)
        else:
            old_html = segments_html(old_side(change.segments), palette)
            new_html = segments_html(new_side(change.segments), palette)
        old_cell, new_cell = _cell(old_html), _cell(new_html)
        grid.addWidget(old_cell, row, 1)
        grid.addWidget(new_cell, row, 2)
        self.field_rows.append((change.field, old_cell, new_cell))

    def _photo_row(self, change: PhotoChange) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        thumbnail = QLabel(row)
        thumbnail.setFixedSize(THUMB)
        thumbnail.setPixmap(self._thumbnail(change.sha256))
        lines = [f"<b>{escape(photo_title(change))}</b>"]
        lines.extend(photo_detail_html(change, self.palette()))
        description = _cell("<br/>".join(lines))
        layout.addWidget(thumbnail)
        layout.addWidget(description, 1)
        self.photo_rows.append((change, thumbnail, description))
        return row

    def _thumbnail(self, sha256: str) -> QPixmap:
        """The photo store's thumbnail, or a grey tile when the file is not here."""
        canvas = QPixmap(THUMB)
        canvas.fill(QColor("#e5e7eb"))
        if self._photos is None:
            return canvas
        thumb = QPixmap(str(self._photos.derivative_path(sha256, "thumb")))
        if thumb.isNull():
            return canvas
        return thumb.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def _fit_split(self) -> None:
        """Give the field list what it needs (up to a share); the bodies get the rest."""
        content = self.changes_area.widget()
        total = self.splitter.height()
        if content is None or not self.changes_area.isVisible() or total <= 0:
            return
        # Wrapped labels are as tall as the width they get, not as their size hint says.
        layout = content.layout()
        width = self.changes_area.viewport().width()
        if layout is not None and layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(width) + 4
        else:
            wanted = content.sizeHint().height() + 4
        top = min(wanted, round(total * FIELDS_SHARE))
        self.splitter.setSizes([top, max(1, total - top)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A smaller view shrinks the field list down to its share, so the bodies keep room."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._cap_split)

    def _cap_split(self) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        cap = round(total * FIELDS_SHARE)
        if len(sizes) == 2 and self.changes_area.isVisible() and sizes[0] > cap:
            self.splitter.setSizes([cap, total - cap])

    def _position_changed(self, current: int, total: int) -> None:
        if total == 0:
            self.change_counter.setText(self.tr("No changes in the body"))
        else:
            self.change_counter.setText(
                self.tr("Change %1 of %2")
                .replace("%1", str(current + 1) if current >= 0 else "–")
                .replace("%2", str(total))
            )
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(0 <= current + 1 < total)
