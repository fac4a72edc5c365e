"""Errors of the newsdesk publishing API client, in words that say what to fix.

The outbox decides what to do from the *class* (retry later, give up, ask the
editor), and shows the *message* to the user as is. No message, repr or
attribute ever contains the bearer token: the client only passes target names
and URLs in here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any


class ApiError(Exception):
    """Base class: the server (or the network to it) did not accept a request."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"


class TransientError(ApiError):
    """Worth trying again later: timeouts, dropped connections, 408 / 429 / 5xx."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, status=status)
        #: Seconds the server asked us to wait (Retry-After), if it said so.
        self.retry_after = retry_after


class PermanentError(ApiError):
    """The server refused the request as sent; retrying the same thing cannot help."""

    def __init__(
        self, message: str, *, status: int | None = None, problem: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, status=status)
        self.problem = problem or {}


class MissingMediaError(PermanentError):
    """422: the article names photos the server does not hold (upload them, then retry)."""

    def __init__(self, message: str, missing: list[str], problem: dict[str, Any]) -> None:
        super().__init__(message, status=422, problem=problem)
        self.missing = missing


class AuthError(PermanentError):
    """401 / 403: the token is wrong, revoked, or only allowed to read."""


class ConflictError(ApiError):
    """409: the server holds a newer version (``current``) or the number is taken.

    ``kind`` is ``"revision"`` for a stale ``base_revision`` (the editor must
    choose a version) and ``"number"`` when another article has the number.
    """

    def __init__(
        self, message: str, *, kind: str, current: dict[str, Any] | None, problem: dict[str, Any]
    ) -> None:
        super().__init__(message, status=409)
        self.kind = kind
        self.current = current
        self.problem = problem


class TlsError(ApiError):
    """The server's certificate could not be verified against the OS trust store."""


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date.

    An HTTP-date in the past means "now" (0); garbage means the header is
    ignored (None) rather than trusted.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # RFC 9110: HTTP-dates are GMT
    reference = now or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


def problem_text(problem: dict[str, Any], fallback: str) -> str:
    """The human part of an application/problem+json body."""
    detail = problem.get("detail")
    title = problem.get("title")
    if isinstance(detail, str) and detail.strip():
        return detail.strip()
    if isinstance(title, str) and title.strip():
        return title.strip()
    return fallback
