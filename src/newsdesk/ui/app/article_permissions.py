"""One window's article commands, enabled from the one role rule.

Every toolbar button, menu entry, shortcut, panel button and drop target that
changes an article asks :func:`~newsdesk.services.workflow.allowed_actions`
through here, so what a person can click is what the services accept: a
reporter sees a colleague's article, or their own submitted one, read-only,
with the reason above the form, and nothing offered that would be refused.
The workflow controller calls :meth:`ArticlePermissions.apply` whenever the
article, its state or the person changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from newsdesk.services.workflow import allowed_actions
from newsdesk.store.models import Article, Person
from newsdesk.ui.app.permission_texts import action_label, read_only_text
from newsdesk.ui.editor.read_only_form import set_form_editable

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

T = QCoreApplication


class ArticlePermissions:
    """What the window's person may do to the open article, applied to its widgets."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.allowed: frozenset[str] = frozenset(allowed_actions(None, None))
        self.reason = ""

    def _window_actions(self) -> list[tuple[QAction, str]]:
        a = self.window.actions_
        return [
            (a.save, "edit"),
            (a.delete, "trash"),
            (a.duplicate, "duplicate"),
            (a.insert_photo, "insert_photo"),
            (a.bold, "edit"),
            (a.italic, "edit"),
            (a.link, "edit"),
            (a.undo, "edit"),
            (a.redo, "edit"),
            (a.replace, "edit"),
            *((action, "edit") for action in (a.heading, a.quote, a.bullets, a.numbers)),
            *((action, "edit") for action in (a.table, a.rule)),
        ]

    def apply(self, person: Person | None, article: Article | None) -> str:
        """Enable what ``person`` may do to ``article`` (None: a new draft); returns
        why the form is read-only ("" when it is editable)."""
        allowed = frozenset(allowed_actions(person, article))
        self.allowed = allowed
        self.reason = read_only_text(person, article)
        window = self.window
        set_form_editable(
            window.editor,
            editable="edit" in allowed,
            author_choosable="change_author" in allowed,
            reason=self.reason,
        )
        for action, name in self._window_actions():
            action.setEnabled(name in allowed)
        if article is not None:  # with no article open, the list's selection is exported
            window.workflow.actions.export_handoff.setEnabled("handoff_export" in allowed)
        window.photos_panel.permissions.set_allowed(
            allowed, person.id if person is not None else None
        )
        window.workflow.comments.set_may_comment("comment" in allowed)
        return self.reason

    def allows(self, action: str) -> bool:
        """Whether the action may run now; if not, the status bar says why."""
        if action in self.allowed:
            return True
        reason = self.reason or T.translate("Permissions", "Your role does not allow this")
        self.window.statusBar().showMessage(
            T.translate("Permissions", "%1: not allowed — %2")
            .replace("%1", action_label(action))
            .replace("%2", reason),
            10_000,
        )
        return False

    def release_unsavable(self) -> bool:
        """Leaving an article with changes this person may not save (typed before the
        article moved on elsewhere): say so and let them go, instead of a save that is
        refused every time. True when the window may leave the article."""
        window = self.window
        if "edit" in self.allowed or not window.autosave.dirty:
            return True
        answer = QMessageBox.question(
            window,
            T.translate("Permissions", "Changes cannot be saved"),
            T.translate(
                "Permissions",
                "You may not change this article any more (%1). Discard your changes to it?",
            ).replace("%1", self.reason),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        window.autosave.discard_changes()
        return True
