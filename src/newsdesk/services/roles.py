"""Who may do what. Enforced in the services, so the CLI and a shared
database obey the same rules as the GUI (which only mirrors them).

:func:`article_refusal` is the one rule for everything done to an article
besides the workflow transitions (editing its fields and photos, the trash,
copies, comments, hand-off files); :func:`newsdesk.services.workflow.allowed_actions`
adds the transitions and is what every window, menu and panel asks.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsdesk.services.errors import NewsdeskError, NotFoundError
from newsdesk.store.models import Article, ArticleStatus, Person, Role

#: States in which the reporter who wrote an article may still edit it.
REPORTER_EDITABLE = {ArticleStatus.DRAFT.value, ArticleStatus.RETURNED.value}

#: Article actions other than the workflow transitions, in the order lists show them.
#: The GUI names its buttons, menu entries and drop targets after these.
ARTICLE_ACTIONS: tuple[str, ...] = (
    "edit",  # headline, body, section, byline, tags, summary
    "change_author",  # give the article to another reporter (the desk only)
    "insert_photo",  # put a photo reference into the body
    "photo_add",
    "photo_remove",
    "photo_reorder",
    "photo_set_main",
    "photo_details",  # caption, credit, alt text
    "restore_revision",
    "trash",
    "restore",  # take it back out of the trash
    "purge",  # delete it for good (from the trash)
    "duplicate",
    "comment",
    "handoff_export",
)

#: Actions that change what the article says: the edit rule decides them.
EDIT_ACTIONS = frozenset(
    {
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
)

#: English verbs for the CLI's one-line errors ("may not add photos to …").
_VERBS = {
    "edit": "edit",
    "change_author": "change the author of",
    "insert_photo": "insert photos into",
    "photo_add": "add photos to",
    "photo_remove": "remove photos from",
    "photo_reorder": "reorder the photos of",
    "photo_set_main": "choose the main photo of",
    "photo_details": "change photo details of",
    "restore_revision": "restore a revision of",
    "trash": "move to the trash",
    "restore": "restore",
    "purge": "delete for good",
    "duplicate": "copy",
    "comment": "comment on",
    "handoff_export": "hand off",
}


class PermissionDeniedError(NewsdeskError):
    """The acting person's role does not allow this action.

    The message says "permission denied" up front, so a one-line CLI error or a
    dialog tells the user at once that it is about their role, not their data.
    ``code`` says why (``not_author``, ``status``, ``editors_only``,
    ``keeps_authorship``, ``trashed``, ``not_in_trash``) and the other fields
    name the action, person, role, status and headline, so the GUI can phrase
    the refusal in its own language instead of showing the English text.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str = "denied",
        action: str = "",
        person: str = "",
        role: str = "",
        status: str = "",
        headline: str = "",
    ) -> None:
        super().__init__(f"permission denied: {message}")
        self.code = code
        self.action = action
        self.person = person
        self.role = role
        self.status = status
        self.headline = headline


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"no person with id {person_id}")
    return person


def is_editor(person: Person) -> bool:
    return person.role in {Role.EDITOR.value, Role.ADMIN.value}


def editors_only_error(person: Person, label: str, action: str = "") -> PermissionDeniedError:
    """The refusal of a desk-only action (``label`` as the message names it)."""
    return PermissionDeniedError(
        f"{person.name} ({person.role}) may not {label}: only editors and admins may",
        code="editors_only",
        action=action,
        person=person.name,
        role=person.role,
    )


def require_editor(person: Person, label: str, *, action: str = "") -> None:
    if not is_editor(person):
        raise editors_only_error(person, label, action)


def _refusal(
    person: Person, article: Article, action: str, code: str, message: str
) -> PermissionDeniedError:
    return PermissionDeniedError(
        message,
        code=code,
        action=action,
        person=person.name,
        role=person.role,
        status=article.status,
        headline=article.headline,
    )


def article_refusal(person: Person, article: Article, action: str) -> PermissionDeniedError | None:
    """Why ``person`` may not do ``action`` (one of :data:`ARTICLE_ACTIONS`) to
    ``article`` now, or None when they may.

    Reporters change only their own drafts (photos, the trash and revisions
    included) and keep them theirs; they copy, comment on and hand off only
    what they wrote. Editors and admins may do everything. Nothing in the
    trash changes until it is restored.
    """
    if action not in ARTICLE_ACTIONS:
        raise ValueError(f"unknown article action {action!r}")
    verb = _VERBS[action]
    trashed = article.deleted_at is not None
    if action in {"restore", "purge"}:
        if not trashed:
            return _refusal(
                person, article, action, "not_in_trash", f"{article.headline!r} is not in the trash"
            )
    elif trashed:
        return _refusal(
            person,
            article,
            action,
            "trashed",
            f"{article.headline!r} is in the trash; restore it first",
        )
    if is_editor(person):
        return None
    if action == "change_author":
        return _refusal(
            person,
            article,
            action,
            "keeps_authorship",
            f"{person.name} may not change the author of {article.headline!r}; ask an editor",
        )
    if article.author_id != person.id:
        return _refusal(
            person,
            article,
            action,
            "not_author",
            f"{person.name} may not {verb} an article they did not write ({article.headline!r})",
        )
    if action in EDIT_ACTIONS | {"restore", "purge"} and article.status not in REPORTER_EDITABLE:
        return _refusal(
            person,
            article,
            action,
            "status",
            f"{person.name} may not {verb} an article that is {article.status}; "
            "ask an editor to return it first",
        )
    return None


def article_actions(person: Person, article: Article) -> list[str]:
    """The :data:`ARTICLE_ACTIONS` that ``person`` may do to ``article`` now."""
    return [a for a in ARTICLE_ACTIONS if article_refusal(person, article, a) is None]


def new_article_actions(person: Person | None) -> list[str]:
    """What may be done to a draft that is not saved yet: its writer edits it and
    adds photos (the first photo saves it); only the desk chooses its author."""
    allowed = ["edit", "insert_photo", "photo_add"]
    if person is None or is_editor(person):
        allowed.insert(1, "change_author")
    return allowed


def unidentified_actions(article: Article) -> list[str]:
    """What a window with nobody chosen may do: what the services accept without an
    actor (no comments: they are signed), the trash state still deciding."""
    trashed = article.deleted_at is not None
    return [a for a in ARTICLE_ACTIONS if a != "comment" and (a in {"restore", "purge"}) == trashed]


def require_allowed(person: Person, article: Article, action: str) -> None:
    """Raise the refusal of :func:`article_refusal`, if there is one."""
    refusal = article_refusal(person, article, action)
    if refusal is not None:
        raise refusal


def require_actor_allowed(
    session: Session, actor_id: int | None, article: Article, action: str
) -> None:
    """The service entry points' check. ``actor_id`` None is a caller with no
    identity (imports, the demo, scripts), which the role rules do not cover."""
    if actor_id is not None:
        require_allowed(load_person(session, actor_id), article, action)


def require_can_edit(person: Person, article: Article) -> None:
    """Reporters edit their own drafts; editors and admins edit anything not in the trash."""
    require_allowed(person, article, "edit")


def require_keeps_authorship(person: Person, article: Article, new_author_id: int | None) -> None:
    """A reporter cannot hand their article to someone else (or to nobody)."""
    if not is_editor(person) and new_author_id != article.author_id:
        raise _refusal(
            person,
            article,
            "change_author",
            "keeps_authorship",
            f"{person.name} may not change the author of {article.headline!r}; ask an editor",
        )
