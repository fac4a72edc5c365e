"""Expected, user-facing errors raised by the services.

The CLI prints them as one line and exits 1; the GUI shows them in a dialog.
Anything else is a bug and keeps its traceback.
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
    """Someone else saved the article since it was opened (optimistic locking)."""

    def __init__(self, article_id: str, expected: int, actual: int) -> None:
        super().__init__(
            f"article {article_id} was changed elsewhere (version {actual}, you edited "
            f"version {expected}); reload it to see both versions"
        )
        self.article_id = article_id
        self.expected = expected
        self.actual = actual
