"""Who may do what. Enforced in the services, so the CLI and a shared
database obey the same rules as the GUI (which only mirrors them)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsdesk.services.errors import NewsdeskError, NotFoundError
from newsdesk.store.models import Article, ArticleStatus, Person, Role

#: States in which the reporter who wrote an article may still edit it.
REPORTER_EDITABLE = {ArticleStatus.DRAFT.value, ArticleStatus.RETURNED.value}


class PermissionDeniedError(NewsdeskError):
    """The acting person's role does not allow this action.

    The message says "permission denied" up front, so a one-line CLI error or a
    dialog tells the user at once that it is about their role, not their data.
    """

    def __init__(self, message: str) -> None:
        super().__init__(f"permission denied: {message}")


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"no person with id {person_id}")
    return person


def is_editor(person: Person) -> bool:
    return person.role in {Role.EDITOR.value, Role.ADMIN.value}


def require_editor(person: Person, action: str) -> None:
    if not is_editor(person):
        raise PermissionDeniedError(
            f"{person.name} ({person.role}) may not {action}: only editors and admins may"
        )


def require_can_edit(person: Person, article: Article) -> None:
    """Reporters edit their own drafts; editors and admins edit anything."""
    if is_editor(person):
        return
    if article.author_id != person.id:
        raise PermissionDeniedError(
            f"{person.name} may not edit an article they did not write ({article.headline!r})"
        )
    if article.status not in REPORTER_EDITABLE:
        raise PermissionDeniedError(
            f"{person.name} may not edit an article that is {article.status}; "
            "ask an editor to return it first"
        )


def require_keeps_authorship(person: Person, article: Article, new_author_id: int | None) -> None:
    """A reporter cannot hand their article to someone else (or to nobody)."""
    if not is_editor(person) and new_author_id != article.author_id:
        raise PermissionDeniedError(
            f"{person.name} may not change the author of {article.headline!r}; ask an editor"
        )
