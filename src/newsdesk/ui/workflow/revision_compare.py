"""Two revisions side by side: deletions marked on the left, insertions on the right.

The diff is character-level (Korean has no spaces inside words), so a
changed particle — 교육청은 → 교육청이 — lights up as one syllable. Colours
are mixed from the palette so the view reads in light and dark mode alike.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.revisions import FieldChange, PhotoChange, RevisionDiff, RevisionInfo
from newsdesk.services.workflow import ACTION_LABELS
from newsdesk.site.dates import to_seoul
from newsdesk.text.diff import Op, Segment, new_side, old_side

#: Short alias; pyside6-lupdate still finds ``T.translate("Revisions", …)``.
T = QCoreApplication
DELETE_HUE = QColor(220, 60, 60)
INSERT_HUE = QColor(40, 160, 70)


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() * (1 - amount) + tint.red() * amount),
        round(base.green() * (1 - amount) + tint.green() * amount),
        round(base.blue() * (1 - amount) + tint.blue() * amount),
    )


def highlight_colors(palette: QPalette) -> tuple[str, str]:
    """(deleted, inserted) backgrounds that keep the text readable on this palette."""
    base = palette.color(QPalette.ColorRole.Base)
    amount = 0.45 if base.lightness() < 128 else 0.30
    return _mix(base, DELETE_HUE, amount).name(), _mix(base, INSERT_HUE, amount).name()


def segments_html(segments: list[Segment], palette: QPalette) -> str:
    """One side of a diff as HTML: changed runs get a background, line breaks kept."""
    deleted, inserted = highlight_colors(palette)
    parts: list[str] = []
    for segment in segments:
        text = escape(segment.text).replace("\n", "<br/>")
        if segment.op == Op.DELETE:
            parts.append(
                f'<span style="background-color:{deleted}; text-decoration:line-through">'
                f"{text}</span>"
            )
        elif segment.op == Op.INSERT:
            parts.append(f'<span style="background-color:{inserted}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts) or "&nbsp;"


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


def _photo_line(change: PhotoChange) -> str:
    details = "; ".join(change.details)
    return f"{change.change} · {change.sha256[:10]} · {details}"


class RevisionCompareView(QWidget):
    """Every changed field with its label, old left and new right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.browsers: list[tuple[QTextBrowser, QTextBrowser]] = []
        self.show_diff(None)

    def show_diff(self, diff: RevisionDiff | None) -> None:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.browsers = []
        if diff is None:
            grid.addWidget(QLabel(self.tr("Select two revisions to compare them.")), 0, 0, 1, 3)
            self.area.setWidget(content)
            return
        grid.addWidget(QLabel(f"<b>{escape(revision_title(diff.old))}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{escape(revision_title(diff.new))}</b>"), 0, 2)
        row = 1
        if diff.unchanged:
            grid.addWidget(QLabel(self.tr("The two revisions are the same.")), row, 0, 1, 3)
        for change in diff.fields:
            self._add_field(grid, row, change)
            row += 1
        if diff.photos:
            photos_label = self.tr("Photos")
            grid.addWidget(QLabel(f"<b>{escape(photos_label)}</b>"), row, 0)
            lines = "<br/>".join(escape(_photo_line(p)) for p in diff.photos)
            photos = QLabel(lines)
            photos.setWordWrap(True)
            grid.addWidget(photos, row, 1, 1, 2)
            row += 1
        grid.setRowStretch(row, 1)
        self.area.setWidget(content)

    def _add_field(self, grid: QGridLayout, row: int, change: FieldChange) -> None:
        label = QLabel(f"<b>{escape(change.label)}</b>")
        grid.addWidget(label, row, 0)
        palette = self.palette()
        sides = []
        for segments in (old_side(change.segments), new_side(change.segments)):
            browser = QTextBrowser()
            browser.setHtml(segments_html(segments, palette))
            lines = max(1, browser.toPlainText().count("\n") + 1)
            height = browser.fontMetrics().lineSpacing() * min(lines + 1, 14) + 16
            browser.setMinimumHeight(min(height, 320))
            if change.field != "body":
                browser.setMaximumHeight(max(height, 56))
            sides.append(browser)
        grid.addWidget(sides[0], row, 1)
        grid.addWidget(sides[1], row, 2)
        self.browsers.append((sides[0], sides[1]))
