"""Site settings: name, address, list page size, the legal footer, the export folder.

The legal footer fields keep their Korean names (제호, 등록번호, …) because
those are the terms the newspaper law (신문법 §21, §9-2) uses; an English
gloss follows when the UI is not Korean. Values are checked with the same
``clean_value`` the CLI uses, and nothing is saved while one is invalid.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import (
    FOOTER_FIELDS,
    PROFILE_FIELDS,
    clean_value,
    profile_values,
    update_profile,
)

# Dark text on the pale highlight, so it stays readable in a dark colour scheme.
_MISSING_STYLE = "QLineEdit { background: #fef3c7; color: #1f2937; border: 1px solid #d97706; }"
_ERROR_STYLE = "color: #b91c1c;"


class SiteSettingsDialog(QDialog):
    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self.setWindowTitle(self.tr("Site settings"))
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.page_size = QSpinBox()
        self.page_size.setRange(5, 200)
        self.page_size.setSuffix(self.tr(" articles"))
        self.page_size.setToolTip(self.tr("Articles per page of the public article list"))

        site_box = QGroupBox(self.tr("Site"))
        site_form = QFormLayout(site_box)
        for name in ("name", "base_url", "description"):
            self._add_line(site_form, name)
        self.errors["list_page_size"] = self._error_label()
        site_form.addRow(
            self._label("list_page_size"), self._with_error(self.page_size, "list_page_size")
        )
        self._add_line(site_form, "photo_badge")
        self.edits["photo_badge"].setToolTip(
            self.tr("Shown next to the headline of articles with photos; empty: no mark")
        )

        self.missing_note = QLabel()
        self.missing_note.setWordWrap(True)
        self.missing_note.setStyleSheet("color: #b45309;")
        footer_box = QGroupBox(self.tr("Legal footer (신문법 §21, §9-2)"))
        footer_form = QFormLayout(footer_box)
        footer_form.addRow(self.missing_note)
        for name in FOOTER_FIELDS:
            self._add_line(footer_form, name)
            self.edits[name].textChanged.connect(self._mark_missing)

        export_box = QGroupBox(self.tr("Export"))
        export_form = QFormLayout(export_box)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the folder the site is exported to"))
        self.browse_button.clicked.connect(self._browse)
        self._add_line(export_form, "export_dir", extra=self.browse_button)

        content = QWidget()
        column = QVBoxLayout(content)
        for box in (site_box, footer_box, export_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(620, 760)
        self._load()

    # -- building ------------------------------------------------------------------

    def _english(self, name: str) -> str:
        glosses = {
            "name": self.tr("Site name"),
            "base_url": self.tr("Site address (URL)"),
            "description": self.tr("Site description"),
            "list_page_size": self.tr("List page size"),
            "photo_badge": self.tr("Photo mark in lists"),
            "masthead": self.tr("Masthead"),
            "registration_number": self.tr("Registration number"),
            "registration_date": self.tr("Registration date"),
            "publisher": self.tr("Publisher"),
            "editor": self.tr("Editor"),
            "youth_protection_officer": self.tr("Youth protection officer"),
            "address": self.tr("Publishing office address"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "export_dir": self.tr("Export folder"),
        }
        return glosses[name]

    def _label(self, name: str) -> QLabel:
        korean = PROFILE_FIELDS[name]
        gloss = self._english(name)
        if gloss.casefold() == korean.casefold():  # the Korean UI: the legal term alone
            return QLabel(korean)
        return QLabel(f"{korean} <span style='color:#6b7280'>({gloss})</span>")

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(_ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _with_error(self, widget: QWidget, name: str, extra: QWidget | None = None) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        if extra is not None:
            row.addWidget(extra)
        column.addLayout(row)
        column.addWidget(self.errors[name])
        return holder

    def _add_line(self, form: QFormLayout, name: str, extra: QWidget | None = None) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(PROFILE_FIELDS[name])
        self.edits[name] = edit
        self.errors[name] = self._error_label()
        form.addRow(self._label(name), self._with_error(edit, name, extra))

    # -- data ----------------------------------------------------------------------

    def _load(self) -> None:
        values = profile_values(self._newsroom)
        for name, edit in self.edits.items():
            edit.setText(str(values[name] or ""))
        self.page_size.setValue(int(values["list_page_size"]))
        self._mark_missing()

    def missing_fields(self) -> list[str]:
        """Korean labels of the legal footer fields that are still empty."""
        return [
            label for name, label in FOOTER_FIELDS.items() if not self.edits[name].text().strip()
        ]

    def _mark_missing(self) -> None:
        required = self.tr("Required by law before the site can be published")
        for name in FOOTER_FIELDS:
            edit = self.edits[name]
            empty = not edit.text().strip()
            edit.setStyleSheet(_MISSING_STYLE if empty else "")
            edit.setToolTip(required if empty else "")
        missing = self.missing_fields()
        self.missing_note.setVisible(bool(missing))
        self.missing_note.setText(
            self.tr("Still empty (the site cannot be exported without them): %1").replace(
                "%1", ", ".join(missing)
            )
        )

    def values(self) -> dict[str, str]:
        values = {name: edit.text() for name, edit in self.edits.items()}
        values["list_page_size"] = str(self.page_size.value())
        return values

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export folder"), self.edits["export_dir"].text()
        )
        if folder:
            self.edits["export_dir"].setText(folder)

    def _explain(self, message: str) -> str:
        """``clean_value``'s reason (English, shared with the CLI) in the UI's language."""
        rules = (
            (
                r"must be an http:// or https:// address, got (?P<a>.*)",
                self.tr("must be an http:// or https:// address, got %1"),
            ),
            (
                r"must not contain \?query or #fragment",
                self.tr("must not contain ?query or #fragment"),
            ),
            (r"must be a whole number, got (?P<a>.*)", self.tr("must be a whole number, got %1")),
            (
                r"must be between 5 and 200, got (?P<a>.*)",
                self.tr("must be between 5 and 200, got %1"),
            ),
            (r"is not an e-mail address: (?P<a>.*)", self.tr("is not an e-mail address: %1")),
            (
                r"must be at most (?P<a>\d+) characters, got (?P<b>\d+)",
                self.tr("must be at most %1 characters, got %2"),
            ),
        )
        for pattern, template in rules:
            match = re.fullmatch(pattern, message)
            if match is not None:
                values = match.groupdict()
                return template.replace("%1", values.get("a") or "").replace(
                    "%2", values.get("b") or ""
                )
        return message

    def validate(self) -> dict[str, str]:
        """Show every invalid field's message next to it; return field -> message."""
        problems: dict[str, str] = {}
        for name, raw in self.values().items():
            try:
                clean_value(name, raw)
            except ValidationError as exc:
                problems[name] = self._explain(exc.message)
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        if problems:
            first = next(iter(problems))
            widget = self.edits.get(first, self.page_size)
            widget.setFocus()
        return problems

    def accept(self) -> None:
        if self.validate():
            return
        try:
            update_profile(self._newsroom, self.values())
        except ValidationError as exc:  # a rule the per-field check did not know
            label = self.errors.get(exc.field)
            if label is not None:
                label.setText(self._explain(exc.message))
                label.setVisible(True)
            return
        super().accept()
