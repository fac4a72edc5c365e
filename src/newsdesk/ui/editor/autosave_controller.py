"""Never lose typing: debounced autosave, explicit save points, dirty tracking.

Every edit restarts a short single-shot timer; when typing pauses the
editor's fields go to :class:`AutosaveService` (a side table, so no revision
is written and the article's version does not move). That covers articles
that were never saved too. A second timer, started by the first unstored
edit and never restarted, caps the wait: a reporter who types without ever
pausing is still autosaved every :data:`AUTOSAVE_MAX_WAIT_MS`, so a crash
costs at most that much typing. Ctrl+S writes the article through
:class:`ArticleService` and drops the autosave. An unfinished Hangul
syllable is committed before any of this reads the fields.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.autosave import AutosaveService, RecoveredDraft
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article
from newsdesk.ui.editor.editor_panel import commit_input_method

#: Quiet time after the last keystroke before an autosave.
AUTOSAVE_DELAY_MS = 1200
#: Longest time an edit may stay unstored while the text keeps changing.
AUTOSAVE_MAX_WAIT_MS = 1500
#: After a failed autosave (a full disk): how soon to try again.
RETRY_MS = 3000

FieldsSource = Callable[[], ArticleFields]


class AutosaveController(QObject):
    """Tracks the open article (id, version, dirty) and writes autosaves and saves."""

    autosaved = Signal()
    #: An autosave could not be written (the exception; a full disk, mostly).
    #: The typing stays unstored and is tried again every RETRY_MS.
    store_failed = Signal(object)
    saved = Signal(str)  # article id
    dirty_changed = Signal(bool)

    def __init__(
        self,
        newsroom: Newsroom,
        source: FieldsSource,
        parent: QObject | None = None,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._articles = ArticleService(newsroom)
        self._autosaves = AutosaveService(newsroom)
        self._source = source
        self.article_id: str | None = None
        self.version: int | None = None
        #: The person saving (the window's current person); None: no identity.
        self.actor_id: int | None = None
        #: The fields as stored at ``version``: the base a save conflict merges from.
        self.base_fields: ArticleFields | None = None
        self.editor_key = self._new_key()
        self._dirty = False
        self._unstored = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._store_after_pause)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max(delay_ms, max_wait_ms))
        self._max_wait.timeout.connect(self._store_while_typing)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._store_while_typing)

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._max_wait.stop()
        self._retry.stop()

    @staticmethod
    def _new_key() -> str:
        return f"editor-{uuid.uuid4()}"

    @property
    def dirty(self) -> bool:
        """Typed since the last explicit save (autosaved or not)."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- which article ----------------------------------------------------------

    def start_new(self) -> None:
        """A fresh, never-saved article."""
        self._stop_timers()
        self.article_id, self.version = None, None
        self.base_fields = None
        self.editor_key = self._new_key()
        self._unstored = False
        self._set_dirty(False)

    def open(self, article: Article) -> None:
        self._stop_timers()
        self.article_id, self.version = article.id, article.version
        self.base_fields = ArticleFields.of(article)
        self.editor_key = self._new_key()
        self._unstored = False
        self._set_dirty(False)

    def rebase(self, version: int, base: ArticleFields) -> None:
        """After a save conflict: the next save goes on top of the stored ``version``.

        The typing stays unsaved (and autosaved under the same key) until
        that save succeeds.
        """
        self.version = version
        self.base_fields = base

    def adopt(self, draft: RecoveredDraft) -> None:
        """Continue a recovered draft under its own autosave key (it stays until saved)."""
        self._stop_timers()
        self.article_id, self.version = draft.article_id, draft.base_version
        self.base_fields = None  # unknown: a conflict then asks about every differing field
        self.editor_key = draft.editor_key
        self._unstored = False
        self._set_dirty(True)

    # -- typing ---------------------------------------------------------------

    def note_change(self) -> None:
        """The user edited something: autosave once typing pauses, or at the latest
        :data:`AUTOSAVE_MAX_WAIT_MS` after this first unstored edit."""
        self._unstored = True
        self._set_dirty(True)
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _store_after_pause(self) -> None:
        self.store_now()

    def _store_while_typing(self) -> None:
        # Mid-typing, committing the input method would split the Hangul
        # syllable being composed (하 + ㄴ instead of 한); the pre-edit is at
        # most one syllable, and the next autosave or save point commits it.
        self.store_now(commit_syllable=False)

    def store_now(self, *, commit_syllable: bool = True) -> None:
        """Write the autosave now if anything is unstored (also before closing)."""
        self._stop_timers()
        if not self._unstored:
            return
        if commit_syllable:
            commit_input_method()
        try:
            self._autosaves.store(
                self.editor_key,
                self._source(),
                article_id=self.article_id,
                base_version=self.version,
            )
        except NewsdeskError as error:  # a full disk, a server gone: say so, try again
            self._retry.start()
            self.store_failed.emit(error)
            return
        self._unstored = False
        self.autosaved.emit()

    def save(self) -> Article:
        """The explicit save point (Ctrl+S): write the article, drop its autosave.

        Raises the services' errors (validation, conflict) for the window to
        show; the autosave is then kept, so nothing typed is lost.
        """
        self._stop_timers()
        commit_input_method()
        fields = self._source()
        try:
            if self.article_id is None:
                article = self._articles.create(fields, actor_id=self.actor_id)
            else:
                article = self._articles.save(
                    self.article_id,
                    fields,
                    expected_version=self.version or 0,
                    actor_id=self.actor_id,
                )
        except NewsdeskError:
            if self._unstored:  # the autosave failed too (a full disk): keep trying it
                self._retry.start()
            raise
        self._autosaves.discard(self.editor_key)
        self.article_id, self.version = article.id, article.version
        self.base_fields = ArticleFields.of(article)
        self.editor_key = self._new_key()
        self._unstored = False
        self._set_dirty(False)
        self.saved.emit(article.id)
        return article

    def discard_changes(self) -> None:
        """Forget the typing since the last save (the user chose not to keep it)."""
        self._stop_timers()
        self._autosaves.discard(self.editor_key)
        self._unstored = False
        self._set_dirty(False)
