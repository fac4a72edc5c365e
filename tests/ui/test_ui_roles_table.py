"""The role table: for every role (reporter, editor, admin), every state (returned and
trashed included) and own or someone else's article, every article action is checked
three ways — the rule (``allowed_actions``), the window (actions, buttons, the photo
detail fields, drops on the photo list and the body, shortcuts: a forbidden one is
triggered and nothing changes) and the service (called as that person: allowed
succeeds, forbidden raises). 3 roles × 9 states × 2 owners × 24 actions = 1,296 cases.

The expected table is written out here on purpose, not derived from the rule it checks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleQuery, ArticleService
from newsdesk.services.comments import CommentService
from newsdesk.services.handoff import export_handoff
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.revisions import RevisionService
from newsdesk.services.roles import ARTICLE_ACTIONS, PermissionDeniedError
from newsdesk.services.workflow import (
    TRANSITIONS,
    TransitionError,
    WorkflowService,
    allowed_actions,
)
from newsdesk.store.models import Article, Person
from newsdesk.store.types import utc_now
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.trash_dialog import ID_ROLE, TrashDialog

from .conftest import ModalAnswerer, PersonWindowFactory, person_id
from .roles_helpers import (
    ADMIN,
    EDITOR,
    STATES,
    article_in_state,
    drag_accepted,
    ensure_admin,
    file_mime,
    jpeg,
)

ACTIONS = (*ARTICLE_ACTIONS, *TRANSITIONS)
PEOPLE = {"reporter": "김민수", "editor": EDITOR, "admin": ADMIN}
COLLEAGUE = "이서연"

EDIT = {
    "edit",
    "insert_photo",
    "photo_add",
    "photo_remove",
    "photo_reorder",
    "photo_set_main",
    "photo_details",
    "restore_revision",
    "trash",
}
OWN_READING = {"duplicate", "comment", "handoff_export"}
DESK_FLOW = {
    "draft": {"submit", "publish"},
    "returned": {"submit", "publish"},
    "submitted": {"start_review", "return", "approve", "publish"},
    "in_review": {"return", "approve", "publish"},
    "approved": {"return", "schedule", "publish"},
    "scheduled": {"return", "schedule", "unschedule", "publish"},
    "published": {"unpublish"},
    "unpublished": {"publish"},
}


def expected(role: str, own: bool, state: str) -> set[str]:
    """The table: what ``role`` may do to its own (or another's) article in ``state``."""
    if state == "trashed":
        return {"restore", "purge"} if role != "reporter" or own else set()
    if role == "reporter":
        if not own:
            return set()
        if state in {"draft", "returned"}:
            return EDIT | OWN_READING | {"submit"}
        return OWN_READING | ({"withdraw"} if state == "submitted" else set())
    withdraw = {"withdraw"} if own and state == "submitted" else set()
    return EDIT | OWN_READING | {"change_author"} | DESK_FLOW[state] | withdraw


CASES = [
    pytest.param(role, own, state, id=f"{role}-{'own' if own else 'other'}-{state}")
    for role in PEOPLE
    for state in STATES
    for own in (True, False)
]


# -- the window --------------------------------------------------------------------


def _shortcut(window: MainWindow, name: str) -> Any:
    return next(a for a in window.photos_panel.list.actions() if a.property("photo_action") == name)


def _history_restore(window: MainWindow) -> list[bool]:
    dialog = window.workflow.show_history()
    assert dialog is not None
    first = dialog.revision_list.topLevelItem(0)
    assert first is not None
    dialog.revision_list.setCurrentItem(first)
    enabled = dialog.restore_button.isEnabled()
    dialog.close()
    return [enabled]


def _trash_button(window: MainWindow, person: Person, article_id: str, restore: bool) -> list[bool]:
    dialog = TrashDialog(window.newsroom, window, person=person)
    tree = dialog.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    row = next((r for r in rows if r is not None and r.data(0, ID_ROLE) == article_id), None)
    if row is None:  # not in the trash: nothing to restore or delete there
        dialog.deleteLater()
        return [False]
    tree.setCurrentItem(row)
    button = dialog.restore_button if restore else dialog.delete_button
    enabled = button.isEnabled()
    dialog.deleteLater()
    return [enabled]


def ui_states(
    window: MainWindow, person: Person, article_id: str, action: str, pic: Path
) -> list[bool]:
    """Every widget that offers ``action``, as enabled (True) or not."""
    a, flow, editor, panel = (
        window.actions_,
        window.workflow.actions,
        window.editor,
        window.photos_panel,
    )
    panel.list.setCurrentRow(1)  # the second photo: it can move up and become the main one
    states: dict[str, Callable[[], list[bool]]] = {
        "edit": lambda: [
            not editor.headline.isReadOnly(),
            not editor.body.isReadOnly(),
            editor.section.isEnabled(),
            a.save.isEnabled(),
            a.bold.isEnabled(),
            a.heading.isEnabled(),
            editor.find_bar.replace_all_button.isEnabled(),
        ],
        "change_author": lambda: [editor.author.isEnabled()],
        "insert_photo": lambda: [a.insert_photo.isEnabled(), panel.insert_button.isEnabled()],
        "photo_add": lambda: [
            panel.add_button.isEnabled(),
            drag_accepted(panel.list.viewport(), file_mime(pic)),
            drag_accepted(panel, file_mime(pic)),
            drag_accepted(editor.body.viewport(), file_mime(pic)),
        ],
        "photo_remove": lambda: [
            panel.remove_button.isEnabled(),
            _shortcut(window, "photo_remove").isEnabled(),
        ],
        "photo_reorder": lambda: [
            panel.up_button.isEnabled(),
            _shortcut(window, "photo_reorder").isEnabled(),
            panel.list.reorderable,
        ],
        "photo_set_main": lambda: [panel.main_button.isEnabled()],
        "photo_details": lambda: [
            not e.isReadOnly()
            for e in (panel.details.caption_edit, panel.details.credit_edit, panel.details.alt_edit)
        ],
        "restore_revision": lambda: _history_restore(window),
        "trash": lambda: [a.delete.isEnabled()],
        "restore": lambda: _trash_button(window, person, article_id, restore=True),
        "purge": lambda: _trash_button(window, person, article_id, restore=False),
        "duplicate": lambda: [a.duplicate.isEnabled()],
        "comment": lambda: [window.workflow.comments.input.isEnabled()],
        "handoff_export": lambda: [flow.export_handoff.isEnabled()],
    }
    if action in states:
        return states[action]()
    return [flow.by_service_action()[action].isEnabled()]


def forbidden_triggers(window: MainWindow, forbidden: set[str]) -> None:
    """Trigger every command of a forbidden action the way a user could (menu, shortcut)."""
    a, flow = window.actions_, window.workflow.actions
    by_action = {
        "edit": [a.save, a.bold, a.italic, a.heading, a.quote, a.table, a.rule],
        "insert_photo": [a.insert_photo],
        "trash": [a.delete],
        "duplicate": [a.duplicate],
        "handoff_export": [flow.export_handoff],
        **{name: [qaction] for name, qaction in flow.by_service_action().items()},
    }
    for action in forbidden:
        for qaction in by_action.get(action, []):
            qaction.trigger()
    panel = window.photos_panel
    for shortcut in panel.list.actions():
        if shortcut.property("photo_action") in forbidden:
            shortcut.trigger()
    if "photo_add" in forbidden:
        panel.add_files([Path("/nonexistent/사진.jpg")])
    if "insert_photo" in forbidden:
        panel.insert_button.click()
    window.editor.body.toggle_bold()  # the editor's own shortcut, ignored when read-only


# -- the service ------------------------------------------------------------------------


def call_service(room: Newsroom, action: str, article_id: str, actor: int, tmp: Path) -> object:
    """Do ``action`` to the article through the services, as ``actor``."""
    articles, photos, flow = ArticleService(room), PhotoService(room), WorkflowService(room)
    article = articles.get(article_id)
    fields = ArticleFields.of(article)
    pictures = photos.list_for(article_id)
    if action in {"edit", "change_author", "insert_photo"}:
        if action == "edit":
            fields.headline += " (고침)"
        elif action == "change_author":
            fields.author_id = person_id(room, "박준호")
        else:
            fields.body += "\n\n![](photo:1)\n"
        return articles.save(article_id, fields, expected_version=article.version, actor_id=actor)
    calls: dict[str, Callable[[], object]] = {
        "photo_add": lambda: list(
            photos.add_files(
                article_id, [jpeg(tmp / "add", "항구.jpg", (9, 99, 9))], actor_id=actor
            )
        ),
        "photo_remove": lambda: photos.remove(pictures[0].id, actor_id=actor),
        "photo_reorder": lambda: photos.reorder(
            article_id, [p.id for p in reversed(pictures)], actor_id=actor
        ),
        "photo_set_main": lambda: photos.set_main(article_id, pictures[1].id, actor_id=actor),
        "photo_details": lambda: photos.update_details(
            pictures[0].id, PhotoDetails("새 설명", "", ""), actor_id=actor
        ),
        "restore_revision": lambda: RevisionService(room).restore(
            RevisionService(room).for_article(article_id)[-1].id, actor
        ),
        "trash": lambda: articles.trash(article_id, actor_id=actor),
        "restore": lambda: articles.restore(article_id, actor_id=actor),
        "purge": lambda: articles.purge(article_id, actor_id=actor),
        "duplicate": lambda: articles.duplicate(article_id, actor_id=actor),
        "comment": lambda: CommentService(room).add(article_id, actor, "확인 부탁드립니다."),
        "handoff_export": lambda: export_handoff(
            room, [article_id], tmp / f"{uuid.uuid4().hex}.newsdesk", actor_id=actor
        ),
        "submit": lambda: flow.submit(article_id, actor, confirm_warnings=True),
        "schedule": lambda: flow.schedule(
            article_id, actor, utc_now() + timedelta(days=3), confirm_warnings=True
        ),
        "publish": lambda: flow.publish(article_id, actor, confirm_warnings=True),
    }
    if action in calls:
        return calls[action]()
    return flow.transition(article_id, actor, action, note="출처를 밝혀 주세요.")


def stored_state(room: Newsroom, article_id: str) -> tuple[object, ...]:
    """What any action would change: the article, its photos, comments, revisions, copies."""
    with room.db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return ("purged",)
        state: tuple[object, ...] = (
            article.status,
            article.version,
            article.deleted_at,
            article.headline,
            article.body,
            article.author_id,
        )
    photos = [
        (p.id, p.position, p.is_main, p.caption) for p in PhotoService(room).list_for(article_id)
    ]
    counts = (
        len(CommentService(room).for_article(article_id)),
        len(RevisionService(room).for_article(article_id)),
        ArticleService(room).count(ArticleQuery()),
    )
    return (*state, tuple(photos), counts)


# -- the table ---------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "own", "state"), CASES)
def test_role_table(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    modals: ModalAnswerer,
    tmp_path: Path,
    role: str,
    own: bool,
    state: str,
) -> None:
    room = demo_newsroom
    ensure_admin(room)
    name = PEOPLE[role]
    author = name if own else COLLEAGUE
    allowed = expected(role, own, state)
    article_id = article_in_state(room, author, state, tmp_path / "in")
    person = PeopleService(room).get(person_id(room, name))
    assert person is not None

    # The rule.
    with room.db.session() as session:
        article = session.get(Article, article_id)
        actor = session.get(Person, person.id)
        assert article is not None and actor is not None
        rule = allowed_actions(actor, article)
    assert set(rule) == allowed
    assert set(rule) <= set(ACTIONS)

    # The window.
    popped: list[str] = []

    def refuse_any(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox | QDialog):
            popped.append(f"{type(widget).__name__}: {getattr(widget, 'text', lambda: '')()}")
            widget.reject()
        return False  # keep answering

    modals.on(refuse_any)
    window = person_window(room, name)
    window.open_article(article_id)
    assert window.current_article_id == article_id
    pic = jpeg(tmp_path / "drop", "드롭.jpg", (200, 20, 20))
    for action in ACTIONS:
        states = ui_states(window, person, article_id, action, pic)
        want = action in allowed
        assert states and all(s == want for s in states), (action, want, states)
    before = stored_state(room, article_id)
    forbidden = set(ACTIONS) - allowed
    forbidden_triggers(window, forbidden)
    qtbot.wait(20)
    assert stored_state(room, article_id) == before
    assert popped == []

    # The service, as the same person: forbidden raises and changes nothing ...
    desk = expected("editor", own, state) if role == "reporter" else set()
    for action in sorted(forbidden):
        with pytest.raises((PermissionDeniedError, TransitionError)) as caught:
            call_service(room, action, article_id, person.id, tmp_path)
        if action in desk:  # only the role stands in the way: said so
            assert isinstance(caught.value, PermissionDeniedError), action
        assert stored_state(room, article_id) == before, action
    # ... allowed succeeds (each on a fresh article in the same state).
    for action in sorted(allowed):
        fresh = article_in_state(room, author, state, tmp_path / action)
        call_service(room, action, fresh, person.id, tmp_path)
