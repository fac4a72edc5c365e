"""The user-facing errors, as the services and their callers import them.

They are defined in :mod:`newsdesk.errors`, below every layer, so that the
store can raise them too (a concurrent write, a full disk) without
importing the services.
"""

from __future__ import annotations

from newsdesk.errors import ConflictError, NewsdeskError, NotFoundError, ValidationError

__all__ = ["ConflictError", "NewsdeskError", "NotFoundError", "ValidationError"]
