"""The article form: headline, sub-headline, section, byline, tags, summary, body.

The panel only shows and collects :class:`ArticleFields`; saving, autosaving
and previewing belong to their controllers, which listen to :attr:`changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.ui.editor.find_replace_bar import FindReplaceBar
from newsdesk.ui.editor.form_banner import FormBanner
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.editor.markdown_highlighter import MarkdownHighlighter


def commit_input_method() -> None:
    """Finish an unfinished Hangul syllable (IME pre-edit) so it reaches the text.

    Without this, the last syllable typed before Ctrl+S or a crash can be lost.
    """
    QGuiApplication.inputMethod().commit()


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.replace("，", ",").split(",") if tag.strip()]


class EditorPanel(QWidget):
    """Edits one article's fields; emits :attr:`changed` on every edit by the user."""

    changed = Signal()

    def __init__(self, service: ArticleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loading = False
        #: One message above the form (a returned article's note, a scheduled time, …).
        self.banner = FormBanner(self)

        self.headline = QLineEdit(self)
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.headline.setToolTip(self.tr("The article's headline"))
        headline_font = QFont(self.headline.font())
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.35)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.subheadline = QLineEdit(self)
        self.subheadline.setPlaceholderText(self.tr("Sub-headline"))
        self.subheadline.setToolTip(self.tr("An optional second headline under the first"))

        self.section = QComboBox(self)
        self.section.setToolTip(self.tr("The section the article appears in"))
        self.author = QComboBox(self)
        self.author.setToolTip(self.tr("The reporter who wrote the article"))
        self.byline = QLineEdit(self)
        self.byline.setPlaceholderText(self.tr("e.g. 김민수 기자"))
        self.byline.setToolTip(self.tr("The byline printed on the page; empty: the author's"))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setToolTip(self.tr("Keywords for the article, separated by commas"))
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(
            self.tr("A one or two sentence summary for lists and feeds")
        )
        self.summary.setToolTip(self.tr("Shown in lists, feeds and link previews"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 14)

        self.body = MarkdownEditor(self)
        self.body.setToolTip(self.tr("The article text in Markdown"))
        body_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.highlighter = MarkdownHighlighter(self.body.document(), self.body.palette())
        self.find_bar = FindReplaceBar(self.body, self)
        self.reload_choices()

        meta = QHBoxLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        meta.addWidget(self.section, 1)
        meta.addWidget(self.author, 1)
        meta.addWidget(self.byline, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("Hea&dline"), self.headline, self.headline)
        self._add_row(form, self.tr("Su&b-headline"), self.subheadline, self.subheadline)
        self._add_row(form, self.tr("Sect&ion"), meta, self.section)
        self._add_row(form, self.tr("Ta&gs"), self.tags, self.tags)
        self._add_row(form, self.tr("Summar&y"), self.summary, self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.find_bar)

        for line in (self.headline, self.subheadline, self.byline, self.tags):
            line.textEdited.connect(self._user_changed)
        self.summary.textChanged.connect(self._user_changed)
        self.body.textChanged.connect(self._user_changed)
        self.section.currentIndexChanged.connect(self._user_changed)
        self.author.currentIndexChanged.connect(self._user_changed)

    def _add_row(
        self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # the mnemonic (Alt+letter) focuses the field
        if isinstance(field, QWidget):
            form.addRow(label, field)
        else:
            form.addRow(label, field)

    def reload_choices(self) -> None:
        """Refill the section and author lists from the newsroom."""
        was_loading, self._loading = self._loading, True
        section_id, author_id = self.section.currentData(), self.author.currentData()
        self.section.clear()
        self.section.addItem(self.tr("(no section)"), None)
        for section in self._service.sections():
            self.section.addItem(section.name, section.id)
        self.author.clear()
        self.author.addItem(self.tr("(no author)"), None)
        for person in self._service.people():
            self.author.addItem(person.name, person.id)
        self.section.setCurrentIndex(max(self.section.findData(section_id), 0))
        self.author.setCurrentIndex(max(self.author.findData(author_id), 0))
        self._loading = was_loading

    def _user_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def fields(self) -> ArticleFields:
        """What the form holds right now (unsaved)."""
        return ArticleFields(
            headline=self.headline.text(),
            subheadline=self.subheadline.text(),
            body=self.body.toPlainText(),
            summary=self.summary.toPlainText(),
            section_id=self.section.currentData(),
            author_id=self.author.currentData(),
            byline=self.byline.text(),
            tags=split_tags(self.tags.text()),
        )

    def set_fields(self, fields: ArticleFields) -> None:
        """Show ``fields`` without emitting :attr:`changed` (opening is not editing)."""
        self._loading = True
        try:
            self.headline.setText(fields.headline)
            self.subheadline.setText(fields.subheadline)
            self.section.setCurrentIndex(max(self.section.findData(fields.section_id), 0))
            self.author.setCurrentIndex(max(self.author.findData(fields.author_id), 0))
            self.byline.setText(fields.byline)
            self.tags.setText(", ".join(fields.tags))
            self.summary.setPlainText(fields.summary)
            self.body.setPlainText(fields.body)
            self.body.document().clearUndoRedoStacks()
            self.body.document().setModified(False)
        finally:
            self._loading = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.refresh_palette(self.body.palette())
        super().changeEvent(event)

    def focus_headline(self) -> None:
        self.headline.setFocus(Qt.FocusReason.OtherFocusReason)
