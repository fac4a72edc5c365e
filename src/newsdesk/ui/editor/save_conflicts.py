"""Settling a save conflict in the window: merge, or ask, and never drop the typing.

The window hands :class:`SaveConflictHandler` the narrow parts it needs
(the editor's fields, the autosave controller, the current person), not
itself. The handler merges one-sided changes without asking, shows
:class:`SaveConflictDialog` when both sides changed a field, and then
saves through the same :class:`AutosaveController` path as Ctrl+S — so a
conflict is settled by rebasing onto the stored version and saving again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ConflictError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.revisions import RevisionService
from newsdesk.services.save_conflicts import SaveConflictService, merge_fields
from newsdesk.store.models import Article
from newsdesk.ui.editor.autosave_controller import AutosaveController
from newsdesk.ui.editor.save_conflict_dialog import KEEP_MINE, SaveConflictDialog, field_label

T = QCoreApplication

#: How often in a row a save may lose again (someone keeps saving) before we stop asking.
MAX_ROUNDS = 5


@dataclass(frozen=True)
class Settled:
    """A conflict that ended with the article saved or replaced; ``notice`` tells the user how."""

    article: Article
    notice: str
    took_theirs: bool = False


class SaveConflictHandler:
    def __init__(
        self,
        newsroom: Newsroom,
        autosave: AutosaveController,
        show_fields: Callable[[ArticleFields], None],
        dialog_parent: QWidget,
    ) -> None:
        self._newsroom = newsroom
        self._service = SaveConflictService(newsroom)
        self._articles = ArticleService(newsroom)
        self._autosave = autosave
        self._show_fields = show_fields
        self._parent = dialog_parent

    def settle(self, mine: ArticleFields) -> Settled | None:
        """After Ctrl+S lost: merge or ask, then save. None: the user went back to editing.

        The typing stays in its autosave the whole time; only a successful save
        or the choice of the stored version (which files ``mine`` as a
        revision first) ends it.
        """
        article_id = self._autosave.article_id
        assert article_id is not None, "a never-saved article cannot conflict"
        for _round in range(MAX_ROUNDS):
            stored = self._service.stored_version(article_id)
            merge = merge_fields(self._autosave.base_fields, mine, stored.fields)
            if merge.clean:
                fields, notice = merge.merged, self._merged_notice(merge.from_theirs)
            else:
                dialog = SaveConflictDialog(stored, merge, self._names(), self._parent)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                if dialog.choice != KEEP_MINE:
                    return self._take_theirs(article_id, mine)
                fields = dialog.resolved_fields()
                notice = T.translate("SaveConflict", "Saved your version over the stored one")
            self._autosave.rebase(stored.version, stored.fields)
            self._show_fields(fields)
            try:
                return Settled(self._autosave.save(), notice)
            except ConflictError:
                mine = fields  # saved elsewhere yet again: start over from what we have
                continue
        return None

    def _take_theirs(self, article_id: str, mine: ArticleFields) -> Settled:
        self._service.file_mine(article_id, mine, actor_id=self._autosave.actor_id)
        self._autosave.discard_changes()
        article = self._articles.get(article_id)
        self._autosave.open(article)
        self._show_fields(ArticleFields.of(article))
        return Settled(
            article,
            T.translate("SaveConflict", "Showing the stored version; yours is kept in the history"),
            took_theirs=True,
        )

    @staticmethod
    def _merged_notice(from_theirs: tuple[str, ...]) -> str:
        if not from_theirs:
            return T.translate("SaveConflict", "Saved")
        return T.translate(
            "SaveConflict", "Saved — merged with changes made elsewhere to: %1"
        ).replace("%1", ", ".join(field_label(name) for name in from_theirs))

    def _names(self) -> dict[str, dict[int, str]]:
        return {
            "section_id": RevisionService(self._newsroom).section_names(),
            "author_id": {p.id: p.name for p in PeopleService(self._newsroom).list()},
        }
