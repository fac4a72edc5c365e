"""Show what another window, PC or the command line did to the open article —
without ever costing the user what they typed.

The form is reloaded only when it holds nothing unsaved: an unfinished Hangul
syllable is committed first (which makes the form dirty, so it stays), and a
form with typing keeps it; the next save then meets the newer version and
the save-conflict handling merges or asks, as for any concurrent edit. The
body's cursor, selection and scroll position survive a reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.services.errors import NotFoundError
from newsdesk.ui.editor.editor_panel import commit_input_method

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow


def reload_if_changed_elsewhere(window: MainWindow) -> bool:
    """Reload the open article if its stored version moved and the form is clean.

    Returns whether the form was reloaded.
    """
    article_id = window.current_article_id
    if article_id is None:
        return False
    commit_input_method()
    if window.autosave.dirty:
        return False
    try:
        stored = window.articles.get(article_id)
    except NotFoundError:
        return False  # purged elsewhere; the list no longer shows it
    if stored.version == window.autosave.version:
        return False
    body = window.editor.body
    cursor = body.textCursor()
    anchor, position = cursor.anchor(), cursor.position()
    scroll = body.verticalScrollBar().value()
    had_focus = body.hasFocus()
    window.reload_article()
    length = max(body.document().characterCount() - 1, 0)  # UTF-16 units, as cursors count
    restored = body.textCursor()
    restored.setPosition(min(anchor, length))
    restored.setPosition(min(position, length), restored.MoveMode.KeepAnchor)
    body.setTextCursor(restored)
    body.verticalScrollBar().setValue(scroll)
    if had_focus:
        body.setFocus()
    return True
