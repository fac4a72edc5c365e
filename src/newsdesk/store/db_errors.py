"""One-line, plain-words reasons why a database URL cannot be opened.

SQLAlchemy's own exceptions are written for developers: a plugin loader's
``NoSuchModuleError``, a driver's ``ModuleNotFoundError`` or a multi-line
``OperationalError`` with a link to its documentation. ``newsdesk
--database-url`` is typed by people, so :mod:`newsdesk.store.database` turns
each into a single line that names the URL (password hidden) and the cause.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

EXAMPLE_URLS = "sqlite:////path/to/newsroom.db or postgresql+psycopg://user@host/newsroom"
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@")


def shown_url(url: str | URL) -> str:
    """The URL as it may be printed: the password masked, unparseable text quoted."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return repr(_PASSWORD.sub(r"\1***@", str(url)))


def one_line(text: str) -> str:
    """``text`` without SQLAlchemy's "(Background on this error…)" line, on one line."""
    lines = [line.strip() for line in text.splitlines()]
    kept = [line for line in lines if line and not line.startswith("(Background on this error")]
    return " ".join(kept)


def engine_problem(url: str, exc: BaseException) -> str:
    """Why ``create_engine(url)`` failed: unparseable, unknown kind, or a missing driver."""
    prefix = f"cannot use database URL {shown_url(url)}"
    if isinstance(exc, NoSuchModuleError):
        kind = url.split(":", 1)[0]
        return f"{prefix}: unknown database kind {kind!r} (use {EXAMPLE_URLS})"
    if isinstance(exc, ImportError):
        module = exc.name or one_line(str(exc))
        return (
            f"{prefix}: its database driver is not installed (Python module {module!r} "
            "is missing; install it, or use another driver)"
        )
    if isinstance(exc, ArgumentError | ValueError):
        return f"{prefix}: not a valid database URL ({one_line(str(exc))}; e.g. {EXAMPLE_URLS})"
    return f"{prefix}: {one_line(str(exc)) or type(exc).__name__}"


def _sqlite_file_hint(url: URL) -> str:
    """Why SQLite could not open its file, when the cause is visible from outside."""
    if not url.database or url.database == ":memory:":
        return ""
    folder = Path(url.database).parent
    if not folder.exists():
        return f"; the folder {folder} does not exist"
    if not folder.is_dir():
        return f"; {folder} is not a folder"
    return ""


def open_problem(url: URL, exc: BaseException) -> str:
    """Why connecting to (or preparing) an engine's database failed, on one line."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    reason = one_line(str(cause)) or type(cause).__name__
    if url.get_backend_name() == "sqlite" and "unable to open database file" in reason:
        reason += _sqlite_file_hint(url)
    return f"cannot open database {shown_url(url)}: {reason}"
