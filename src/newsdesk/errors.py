"""Expected, user-facing errors raised by the services (and the store beneath them).

The CLI prints them as one line and exits 1; the GUI shows them in a dialog.
Anything else is a bug and keeps its traceback. This module imports nothing,
so every layer may raise these.
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class for problems the user can fix (bad input, missing data)."""


class ValidationError(NewsdeskError):
    """A field has a value the newsroom cannot use; names the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(NewsdeskError):
    """The article, section or person named does not exist."""


class ConflictError(NewsdeskError):
    """Someone else saved the article since it was opened (optimistic locking).

    Raised by the version check before a save, and by the store when two
    saves race past that check at the same moment (the losing UPDATE then
    matches no row). ``actual`` is None when the race was caught that late.
    """

    def __init__(self, article_id: str | None, expected: int | None, actual: int | None) -> None:
        what = f"article {article_id}" if article_id else "the article"
        if actual is not None:
            detail = f"(version {actual}, you edited version {expected})"
        else:
            detail = "at the same moment as you"
        super().__init__(
            f"{what} was changed elsewhere {detail}; your text is kept — compare both versions"
        )
        self.article_id = article_id
        self.expected = expected
        self.actual = actual
