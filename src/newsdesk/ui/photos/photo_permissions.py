"""What the photos panel lets its person do, from the same rule as everything else.

The panel used to offer 사진 추가, 본문에 넣기, remove, reorder and the detail
fields whatever the role, and the service stored them: a reporter changed a
colleague's published photos. The window hands the panel the article actions
``allowed_actions`` grants (and the person acting); this module turns them
into enabled buttons, list shortcuts, drop acceptance and read-only details,
and shows a refusal the service still raises (another window moved the
article on meanwhile) in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from newsdesk.services.roles import ARTICLE_ACTIONS, PermissionDeniedError
from newsdesk.ui.app.permission_texts import permission_message
from newsdesk.ui.editor.read_only_form import grey_out

if TYPE_CHECKING:
    from newsdesk.ui.photos.photos_panel import PhotosPanel


class PhotoPermissions:
    """The panel's allowed photo actions and the person the service calls are made as."""

    def __init__(self, panel: PhotosPanel) -> None:
        self._panel = panel
        #: Until the window says otherwise (no identity yet): what the services allow then.
        self.allowed: frozenset[str] = frozenset(ARTICLE_ACTIONS)
        self.actor_id: int | None = None

    def may(self, action: str) -> bool:
        return action in self.allowed

    def set_allowed(self, allowed: frozenset[str], actor_id: int | None) -> None:
        """The window's answer for the open article; widgets follow at once."""
        self.allowed = frozenset(allowed)
        self.actor_id = actor_id
        details = self._panel.details
        details.set_read_only(not self.may("photo_details"))
        for edit in (details.caption_edit, details.credit_edit, details.alt_edit):
            grey_out(edit, not self.may("photo_details"))  # looks as read-only as it is
        self._panel.refresh_enabled()

    def restrict(self) -> None:
        """Switch off what the role forbids (after the panel enabled what the selection allows)."""
        panel = self._panel
        for widget, action in (
            (panel.add_button, "photo_add"),
            (panel.up_button, "photo_reorder"),
            (panel.down_button, "photo_reorder"),
            (panel.main_button, "photo_set_main"),
            (panel.insert_button, "insert_photo"),
            (panel.remove_button, "photo_remove"),
        ):
            if not self.may(action):
                widget.setEnabled(False)
        panel.list.accepts_files = self.may("photo_add")
        panel.list.reorderable = self.may("photo_reorder")
        for shortcut in panel.list.actions():
            name = shortcut.property("photo_action")
            if isinstance(name, str):
                shortcut.setEnabled(self.may(name))
        panel.hint.setVisible(not panel.photos and self.may("photo_add"))

    @contextmanager
    def refusals(self) -> Iterator[None]:
        """Run a service call; a permission refusal is shown, not raised into Qt."""
        try:
            yield
        except PermissionDeniedError as error:
            self.refused(error)

    def refused(self, error: PermissionDeniedError) -> None:
        """Say why, and show what is stored again (the refused change was not)."""
        title = QCoreApplication.translate("Permissions", "Not allowed")
        QMessageBox.warning(self._panel, title, permission_message(error))
        self._panel.reload()
