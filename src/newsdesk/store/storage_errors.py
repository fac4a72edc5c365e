"""A full disk, however it shows itself, becomes one plain :class:`DiskFullError`.

A full data disk reaches Newsdesk in several disguises: SQLite's SQLITE_FULL
("database or disk is full") when a transaction's pages do not fit,
SQLITE_IOERR ("disk I/O error") when even the shared-memory file cannot grow
at 0 bytes free, PostgreSQL's SQLSTATE 53100, and ENOSPC / EDQUOT from
writing a photo, an exported page or a hand-off file. The units of work
(:func:`newsdesk.store.database.unit_of_work`) and the atomic file writers
(:mod:`newsdesk.atomic_files`) translate all of them here, so every service —
and so the CLI and the GUI — reports the same thing: which disk, how much is
free, and that what was saved before is intact (the transaction rolled back;
the file's old content is still in place).

Qt-free and free of SQLAlchemy imports: drivers are recognised by the
attributes of their exceptions.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from newsdesk.errors import NewsdeskError

__all__ = [
    "NEAR_FULL_BYTES",
    "DiskFullError",
    "disk_full_as_error",
    "disk_full_cause",
    "disk_full_from_db_error",
    "disk_full_from_os_error",
    "free_bytes",
]

#: Below this much free space, SQLITE_IOERR means "the disk is full": SQLite
#: needs a few pages for its WAL and 32 KiB for its shared-memory file.
NEAR_FULL_BYTES = 1 << 20

_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_PG_DISK_FULL = "53100"
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


class DiskFullError(NewsdeskError, OSError):
    """The disk (or the quota) holding ``folder`` is full; nothing saved before was lost.

    Also an :class:`OSError` with ``errno`` ENOSPC/EDQUOT, so code that
    already handles failed file writes (the exporter, the photo importer)
    keeps working and keeps naming its file; :func:`disk_full_cause` finds
    this error behind theirs. ``folder`` is None when the full disk is a
    database server's; ``free_bytes`` is None when it could not be measured.
    """

    def __init__(self, folder: Path | None, free_bytes: int | None, *, quota: bool = False) -> None:
        self.folder = folder
        self.free_bytes = free_bytes
        self.quota = quota
        self.message = _message(folder, free_bytes, quota=quota)
        code = errno.EDQUOT if quota else errno.ENOSPC
        OSError.__init__(self, code, self.message, None if folder is None else str(folder))

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.folder, self.free_bytes, self.quota))


def _rebuild(folder: Path | None, free: int | None, quota: bool) -> DiskFullError:
    return DiskFullError(folder, free, quota=quota)


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    value = float(count)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def _message(folder: Path | None, free: int | None, *, quota: bool) -> str:
    kept = "Free some space and try again; everything saved before is kept."
    if folder is None:
        return f"the database server's disk is full. {kept}"
    what = "your disk quota" if quota else "the disk"
    amount = "" if free is None else f" ({_size(free)} free)"
    return f"{what} holding {folder} is full{amount}. {kept}"


def _existing_folder(path: Path) -> Path:
    """``path`` if it is a folder, else its nearest existing parent (a file's folder)."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def free_bytes(path: Path) -> int | None:
    """Bytes free for this user on the disk holding ``path`` (None if unknown)."""
    try:
        return shutil.disk_usage(_existing_folder(path)).free
    except OSError:
        return None


def disk_full_from_os_error(exc: OSError, path: Path) -> DiskFullError | None:
    """A DiskFullError for an ENOSPC/EDQUOT ``exc`` from writing ``path``, else None."""
    if isinstance(exc, DiskFullError):
        return exc
    if exc.errno not in _FULL_ERRNOS:
        return None
    folder = _existing_folder(path)
    return DiskFullError(folder, free_bytes(folder), quota=exc.errno == errno.EDQUOT)


@contextlib.contextmanager
def disk_full_as_error(path: Path) -> Iterator[None]:
    """Turn ENOSPC/EDQUOT raised while writing ``path`` into :class:`DiskFullError`."""
    try:
        yield
    except DiskFullError:
        raise
    except OSError as exc:
        full = disk_full_from_os_error(exc, path)
        if full is None:
            raise
        raise full from exc


def _driver_error(exc: BaseException) -> BaseException:
    """The DB-API driver's own exception behind SQLAlchemy's wrapper (``.orig``)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def disk_full_from_db_error(exc: BaseException, database_file: Path | None) -> DiskFullError | None:
    """A DiskFullError if ``exc`` (from a database call) means the disk is full, else None.

    ``database_file`` is the SQLite file (None for a server database or an
    in-memory one); a "disk I/O error" counts only if that disk really has
    (almost) nothing free, since the same code also reports failing hardware.
    """
    if isinstance(exc, DiskFullError):
        return exc
    driver = _driver_error(exc)
    if isinstance(driver, OSError) and database_file is not None:
        return disk_full_from_os_error(driver, database_file)
    if getattr(driver, "pgcode", None) == _PG_DISK_FULL or (
        getattr(driver, "sqlstate", None) == _PG_DISK_FULL
    ):
        return DiskFullError(None, None)
    import sqlite3

    if not isinstance(driver, sqlite3.Error):
        return None
    code = getattr(driver, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(driver).lower()
    folder = None if database_file is None else _existing_folder(database_file)
    if primary == _SQLITE_FULL or (primary is None and "database or disk is full" in text):
        return DiskFullError(folder, None if folder is None else free_bytes(folder))
    if primary == _SQLITE_IOERR or (primary is None and "disk i/o error" in text):
        free = None if folder is None else free_bytes(folder)
        if folder is not None and free is not None and free < NEAR_FULL_BYTES:
            return DiskFullError(folder, free)
    return None


def disk_full_cause(exc: BaseException) -> DiskFullError | None:
    """The DiskFullError behind ``exc``: itself, or one of its causes / contexts.

    For callers that show other errors differently, e.g. an ExportError or a
    PhotoImportError whose underlying failure was the full disk.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, DiskFullError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
