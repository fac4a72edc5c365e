"""Writing a backup: one consistent archive of a data folder's newsroom.

The database is copied with ``VACUUM INTO`` (:func:`copy_sqlite_database`),
which reads one consistent snapshot while the app keeps writing; a file copy
of a live WAL database can miss committed pages or catch a torn one. The
photo files are chosen *from that snapshot*: every photo row in the backup
has its files, and photos imported after the snapshot are left for the next
backup. Photo files are content-addressed and never rewritten, so reading
them after the snapshot is safe.

Derivatives (the web and thumbnail JPEGs) are included although they can be
regenerated: they add about a third of the originals' size (the demo
newsroom; less with camera-sized originals), but a restore is usually done
in a hurry, and re-encoding thousands of photos
would take many minutes; re-encoded files could also differ by a byte under
another Pillow version, so every photo of the site would be uploaded again.
A restore still regenerates any derivative the archive lacks.

The archive is written to a temp file beside the target and renamed into
place (:func:`atomic_writer`), owner-only: it holds unpublished drafts and
photo originals with their GPS data.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsdesk import __version__
from newsdesk.atomic_files import atomic_writer
from newsdesk.media.photo_store import DERIVATIVE_SIZES, PhotoStore
from newsdesk.services.backup_format import (
    BACKUP_SUFFIX,
    CHUNK,
    COUNTED_TABLES,
    DATABASE_MEMBER,
    FORMAT_VERSION,
    MANIFEST_NAME,
    BackupError,
    BackupManifest,
    Member,
)
from newsdesk.store.database import DATABASE_FILE
from newsdesk.store.db_copy import copy_sqlite_database

#: ``on_progress(done, total, label)``: members written so far; total 0 while unknown.
ProgressCallback = Callable[[int, int, str], None]

ARCHIVE_MODE = 0o600


@dataclass(frozen=True)
class BackupReport:
    """A written backup: where, how big, what is inside, how long it took."""

    path: Path
    size: int
    seconds: float
    manifest: BackupManifest

    @property
    def counts(self) -> dict[str, int]:
        return self.manifest.counts

    @property
    def missing(self) -> tuple[str, ...]:
        return self.manifest.missing


def os_reason(exc: OSError) -> str:
    """``No space left on device`` / ``Permission denied: /media/usb/x.zip``."""
    reason = exc.strerror or str(exc)
    return f"{reason}: {exc.filename}" if exc.filename else reason


def backup_file_name(now: datetime, prefix: str = "newsdesk-backup") -> str:
    """``newsdesk-backup-20261120-093000.zip`` in local time (what the user sees)."""
    return f"{prefix}-{now.astimezone().strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"


def _snapshot_facts(database: Path) -> tuple[str | None, dict[str, int], list[str]]:
    """Schema revision, row counts and photo digests of the snapshot (read-only)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        counts = {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in COUNTED_TABLES
            if table in tables
        }
        shas = []
        if "photos" in tables:
            query = "SELECT DISTINCT sha256 FROM photos ORDER BY sha256"
            shas = [str(row[0]) for row in connection.execute(query)]
    finally:
        connection.close()
    return revision, counts, shas


def _photo_files(store: PhotoStore, shas: list[str]) -> tuple[list[tuple[str, Path]], list[str]]:
    """(member name, file) of each photo's original and derivatives; digests with no original."""
    files: list[tuple[str, Path]] = []
    missing: list[str] = []
    root = store.root
    for sha in shas:
        try:
            original = store.find_original(sha)
        except ValueError:  # not a digest: nothing of it can be in the store
            missing.append(sha)
            continue
        if original is None:
            missing.append(sha)
        else:
            files.append((original.relative_to(root.parent).as_posix(), original))
        for kind in DERIVATIVE_SIZES:
            derivative = store.derivative_path(sha, kind)
            if derivative.is_file():
                files.append((derivative.relative_to(root.parent).as_posix(), derivative))
    return files, missing


def _add_member(archive: zipfile.ZipFile, name: str, source: Path, compress: int) -> Member:
    """Stream one file into the zip, hashing the bytes actually written."""
    info = zipfile.ZipInfo(name, date_time=time.localtime(source.stat().st_mtime)[:6])
    info.compress_type = compress
    info.external_attr = 0o600 << 16
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as reader, archive.open(info, "w", force_zip64=True) as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return Member(name, size, digest.hexdigest())


def _target_file(target: Path, now: datetime) -> Path:
    """The archive to write: ``target``, or a dated name inside it if it is a folder."""
    target = target.expanduser().absolute()
    if target.is_dir():
        target = target / backup_file_name(now)
    if target.exists():
        raise BackupError(target, "already exists; a backup never overwrites another file")
    return target


def create_backup(
    data_dir: Path,
    target: Path,
    *,
    now: datetime | None = None,
    on_progress: ProgressCallback | None = None,
) -> BackupReport:
    """Write a backup of the newsroom in ``data_dir`` to ``target`` (a file or a folder)."""
    started = time.monotonic()
    now = now or datetime.now(UTC)
    report = on_progress or (lambda _done, _total, _label: None)
    database = data_dir / DATABASE_FILE
    if not database.is_file():
        raise BackupError(data_dir, f"there is no newsroom here (no {DATABASE_FILE})")
    target = _target_file(target, now)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".newsdesk-backup-", dir=target.parent) as temp:
            report(0, 0, DATABASE_MEMBER)
            snapshot = copy_sqlite_database(database, Path(temp) / DATABASE_MEMBER)
            revision, counts, shas = _snapshot_facts(snapshot)
            files, missing = _photo_files(PhotoStore(data_dir / "photos"), shas)
            counts["photo_files"] = len(files)
            total = len(files) + 1
            members: list[Member] = []
            with (
                atomic_writer(target, mode=ARCHIVE_MODE) as stream,
                zipfile.ZipFile(stream, "w", allowZip64=True) as archive,
            ):
                report(0, total, DATABASE_MEMBER)
                members.append(
                    _add_member(archive, DATABASE_MEMBER, snapshot, zipfile.ZIP_DEFLATED)
                )
                for done, (name, source) in enumerate(files, start=1):
                    report(done, total, name)
                    # JPEG and PNG do not shrink: storing them keeps backups fast.
                    members.append(_add_member(archive, name, source, zipfile.ZIP_STORED))
                manifest = BackupManifest(
                    format_version=FORMAT_VERSION,
                    app_version=__version__,
                    created_at=now.astimezone(UTC).isoformat(timespec="seconds"),
                    schema_revision=revision,
                    counts=counts,
                    members=tuple(members),
                    missing=tuple(missing),
                )
                archive.writestr(MANIFEST_NAME, manifest.to_json(), zipfile.ZIP_DEFLATED)
            report(total, total, MANIFEST_NAME)
    except sqlite3.Error as exc:
        raise BackupError(database, f"the database cannot be copied ({exc})") from exc
    except OSError as exc:
        raise BackupError(target, f"cannot write the backup ({os_reason(exc)})") from exc
    return BackupReport(target, target.stat().st_size, time.monotonic() - started, manifest)
