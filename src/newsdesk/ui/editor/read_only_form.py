"""The article form when its person may not edit it: read-only, looking read-only, and
saying why.

A read-only ``QLineEdit`` looks exactly like an editable one, so reporters
typed into a colleague's article and wondered why nothing happened. Read-only
fields get the window's grey instead of the white of a writable field, and
the shared banner above the form says why (another reporter's article, a
submission the desk is reviewing, a published article).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from newsdesk.ui.editor.editor_panel import EditorPanel
from newsdesk.ui.editor.form_banner import BannerKind

T = QCoreApplication
READ_ONLY_KEY = "roles/read-only"
#: Above the workflow's notes: it explains why typing does nothing.
READ_ONLY_PRIORITY = 40


def grey_out(widget: QWidget, read_only: bool) -> None:
    """Give a read-only field the window's background; an editable one its own again."""
    if not read_only:
        widget.setPalette(QPalette())  # inherit everything again
        return
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    widget.setPalette(palette)


def set_form_editable(
    editor: EditorPanel, *, editable: bool, author_choosable: bool, reason: str
) -> None:
    """Make every field of the form follow the role rule (``reason``: the banner text)."""
    read_only = not editable
    for line in (editor.headline, editor.subheadline, editor.byline, editor.tags):
        line.setReadOnly(read_only)
        grey_out(line, read_only)
    for text in (editor.summary, editor.body):
        text.setReadOnly(read_only)
        grey_out(text, read_only)
    editor.section.setEnabled(editable)
    editor.author.setEnabled(editable and author_choosable)
    editor.author.setToolTip(
        T.translate("EditorPanel", "The reporter who wrote the article")
        if author_choosable
        else T.translate("EditorPanel", "Only the desk can give an article to another reporter")
    )
    bar = editor.find_bar
    for widget in (bar.replace_field, bar.replace_button, bar.replace_all_button):
        widget.setEnabled(editable)
    editor.banner.set_message(
        READ_ONLY_KEY, "" if editable else reason, BannerKind.LOCKED, READ_ONLY_PRIORITY
    )
