"""The save conflict dialog: my version and the stored one, side by side.

Shown when Ctrl+S (or leaving the article) loses to a save made elsewhere
and both sides changed the same field. The left column is the editor's
text and stays editable, so parts of the stored version can be copied
across by hand (a button per field copies the whole field). The choice is
returned to :class:`~newsdesk.ui.editor.save_conflicts.SaveConflictHandler`; the
dialog itself writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.articles import ArticleFields
from newsdesk.services.save_conflicts import FieldMerge, StoredVersion
from newsdesk.site.dates import to_seoul
from newsdesk.text.diff import Op, Segment, diff_text, new_side, old_side
from newsdesk.ui.editor.editor_panel import split_tags

T = QCoreApplication
KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"

_MULTILINE = ("body", "summary")
_CHOICES = ("section_id", "author_id")


def field_label(name: str) -> str:
    """A field's name as the editor form shows it."""
    labels = {
        "headline": T.translate("SaveConflict", "Headline"),
        "subheadline": T.translate("SaveConflict", "Sub-headline"),
        "body": T.translate("SaveConflict", "Body"),
        "summary": T.translate("SaveConflict", "Summary"),
        "section_id": T.translate("SaveConflict", "Section"),
        "author_id": T.translate("SaveConflict", "Author"),
        "byline": T.translate("SaveConflict", "Byline"),
        "tags": T.translate("SaveConflict", "Tags"),
    }
    return labels.get(name, name)


def _as_text(name: str, fields: ArticleFields) -> str:
    value = getattr(fields, name)
    return ", ".join(value) if name == "tags" else str(value)


class _FieldRow:
    """One conflicting field: an editable "mine" widget and a read-only "stored" one."""

    def __init__(
        self,
        grid: QGridLayout,
        row: int,
        name: str,
        mine: ArticleFields,
        theirs: ArticleFields,
        names: dict[int, str],
    ) -> None:
        """``names``: display names of this field's ids (sections or people)."""
        self.name = name
        self.theirs = theirs
        grid.addWidget(QLabel(f"<b>{field_label(name)}</b>"), row, 0, 1, 3)
        self.mine_widget: QWidget
        if name in _CHOICES:
            combo = QComboBox()
            for value in dict.fromkeys((getattr(mine, name), getattr(theirs, name))):
                combo.addItem(names.get(value, "—") if value is not None else "—", value)
            self.mine_widget = combo
            stored: QWidget = QLabel(names.get(getattr(theirs, name), "—"))
        elif name in _MULTILINE:
            self.mine_widget = QPlainTextEdit(_as_text(name, mine))
            stored_text = QPlainTextEdit(_as_text(name, theirs))
            stored_text.setReadOnly(True)
            stored = stored_text
            if name == "body":
                for box in (self.mine_widget, stored_text):
                    box.setMinimumHeight(260)
                _sync_scrolling(self.mine_widget, stored_text)
            _mark_differences(self.mine_widget, stored_text)
        else:
            self.mine_widget = QLineEdit(_as_text(name, mine))
            stored_line = QLineEdit(_as_text(name, theirs))
            stored_line.setReadOnly(True)
            stored = stored_line
        self.mine_widget.setObjectName(f"mine-{name}")
        stored.setObjectName(f"theirs-{name}")
        self.copy_button = QPushButton(T.translate("SaveConflict", "← Use stored"))
        self.copy_button.setObjectName(f"copy-{name}")
        self.copy_button.clicked.connect(self.copy_theirs)
        grid.addWidget(self.mine_widget, row + 1, 0)
        grid.addWidget(self.copy_button, row + 1, 1)
        grid.addWidget(stored, row + 1, 2)

    def copy_theirs(self) -> None:
        widget = self.mine_widget
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(getattr(self.theirs, self.name)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(_as_text(self.name, self.theirs))
        elif isinstance(widget, QLineEdit):
            widget.setText(_as_text(self.name, self.theirs))

    def value(self) -> object:
        widget = self.mine_widget
        if isinstance(widget, QComboBox):
            return widget.currentData()
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else ""
        if isinstance(widget, QLineEdit):
            text = widget.text()
        return split_tags(text) if self.name == "tags" else text


def _mark_differences(mine: QPlainTextEdit, stored: QPlainTextEdit) -> None:
    """Tint what only one side has (kept up to date while the left side is edited)."""

    def spans(segments: list[Segment], op: Op) -> list[tuple[int, int]]:
        found, offset = [], 0
        for segment in segments:
            if segment.op == op:
                found.append((offset, len(segment.text)))
            offset += len(segment.text)
        return found

    def paint(box: QPlainTextEdit, ranges: list[tuple[int, int]], colour: QColor) -> None:
        selections = []
        for start, length in ranges:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(box.document())  # type: ignore[misc]
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(colour)  # type: ignore[attr-defined]
            selections.append(selection)
        box.setExtraSelections(selections)

    def refresh() -> None:
        segments = diff_text(stored.toPlainText(), mine.toPlainText())
        paint(mine, spans(new_side(segments), Op.INSERT), QColor(200, 240, 200))
        paint(stored, spans(old_side(segments), Op.DELETE), QColor(250, 215, 215))

    for box in (mine, stored):  # wrapped text: a sideways scroll bar only gets in the way
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    mine.textChanged.connect(refresh)
    refresh()


def _sync_scrolling(left: QPlainTextEdit, right: QPlainTextEdit) -> None:
    """Scroll both bodies together, by proportion (they differ in length)."""

    def follow(source: QPlainTextEdit, target: QPlainTextEdit) -> Callable[[int], None]:
        def moved(value: int) -> None:
            maximum = source.verticalScrollBar().maximum()
            if maximum:
                bar = target.verticalScrollBar()
                bar.setValue(round(value / maximum * bar.maximum()))

        return moved

    left.verticalScrollBar().valueChanged.connect(follow(left, right))
    right.verticalScrollBar().valueChanged.connect(follow(right, left))


class SaveConflictDialog(QDialog):
    """Keep my version (edited), take the stored one, or go back to editing."""

    def __init__(
        self,
        stored: StoredVersion,
        merge: FieldMerge,
        names: dict[str, dict[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``names``: per id field ("section_id", "author_id"), id -> display name."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved elsewhere meanwhile"))
        self.resize(1100, 720)
        self.choice: str | None = None
        self._merged = merge.merged
        when = f"{to_seoul(stored.saved_at):%Y-%m-%d %H:%M}"
        if stored.saved_by:
            said = self.tr(
                "While you were editing, %1 saved this article (%2). Both of you changed "
                "the fields below. Your text is kept in the autosave until you choose."
            ).replace("%1", stored.saved_by)
        else:
            said = self.tr(
                "While you were editing, this article was saved elsewhere (%2). Both sides "
                "changed the fields below. Your text is kept in the autosave until you choose."
            )
        intro = QLabel(said.replace("%2", when))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if merge.from_theirs:
            merged_note = QLabel(
                self.tr("Merged by themselves (changed only in the stored version): %1").replace(
                    "%1", ", ".join(field_label(n) for n in merge.from_theirs)
                )
            )
            merged_note.setObjectName("merged-note")
            merged_note.setWordWrap(True)
            layout.addWidget(merged_note)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>My version</b> (you can edit it here)")), 0, 0)
        stored_title = self.tr("<b>Stored version</b> (%1)").replace("%1", when)
        grid.addWidget(QLabel(stored_title), 0, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.rows = [
            _FieldRow(grid, 1 + 2 * index, name, merge.merged, stored.fields, names.get(name, {}))
            for index, name in enumerate(merge.conflicts)
        ]
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("&Save my version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button = buttons.addButton(
            self.tr("&Take the stored version"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.take_button.setToolTip(
            self.tr("Your version is kept in the article's history as a revision.")
        )
        self.back_button = buttons.addButton(
            self.tr("&Back to editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def resolved_fields(self) -> ArticleFields:
        """My version as edited in the dialog, with the one-sided changes merged in."""
        edited: dict[str, Any] = {row.name: row.value() for row in self.rows}
        return replace(self._merged, **edited)
