"""Restoring a backup into an empty data folder, all or nothing.

Everything is unpacked into a hidden staging folder inside the target,
checking each member's size and SHA-256 as it is read. Only when every
member has passed, the staged database has been opened (which runs the
migrations of a backup from an older Newsdesk), has passed ``PRAGMA
integrity_check`` and ``foreign_key_check``, and every photo has its
derivatives back, are the files renamed into place — the photos first, the
database last, so a folder with a database in it is always complete. Any
failure removes the staging folder and leaves the target as it was.

Restoring never replaces a newsroom: a target that holds anything is
refused, so the open newsroom (or any other) cannot be overwritten.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from newsdesk.atomic_files import fsync_dir
from newsdesk.media.image_checks import PhotoImportError
from newsdesk.media.photo_edit import EDIT_KINDS, PhotoEdit
from newsdesk.services.backup import ProgressCallback, os_reason
from newsdesk.services.backup_format import (
    COUNTED_TABLES,
    DATABASE_MEMBER,
    BackupArchive,
    BackupError,
    BackupManifest,
    Member,
    member_kind,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import photo_edit
from newsdesk.store.database import DatabaseError
from newsdesk.store.models import Photo

STAGING_PREFIX = ".newsdesk-restore-"
_PUBLISHED_MODE = 0o644
_PRIVATE_MODE = 0o600


@dataclass(frozen=True)
class RestoreReport:
    """A restored newsroom: where, from what, what it holds now."""

    data_dir: Path
    manifest: BackupManifest
    schema_revision: str | None
    counts: dict[str, int]
    regenerated: int
    seconds: float
    #: Photos whose derivatives could not be made (no original, or it no longer decodes).
    problems: tuple[str, ...] = field(default=())

    @property
    def upgraded(self) -> bool:
        return self.schema_revision != self.manifest.schema_revision


def _check_empty_target(data_dir: Path) -> bool:
    """Refuse anything but a missing or empty folder; True if it already exists."""
    if not data_dir.exists():
        return False
    if not data_dir.is_dir():
        raise BackupError(data_dir, "is a file, not a folder; restore into an empty folder")
    try:
        entries = sorted(entry.name for entry in os.scandir(data_dir))
    except OSError as exc:
        raise BackupError(data_dir, f"cannot be read ({os_reason(exc)})") from exc
    leftovers = [name for name in entries if name.startswith(STAGING_PREFIX)]
    if leftovers:
        raise BackupError(
            data_dir,
            f"holds {leftovers[0]}, left by an interrupted restore; delete that folder "
            "(nothing in it was put in place) and restore again",
        )
    if entries:
        shown = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
        raise BackupError(
            data_dir,
            f"is not empty (it holds {shown}); restore into an empty folder, "
            "a restore never replaces a newsroom",
        )
    return True


def _mode(member: Member) -> int:
    return _PUBLISHED_MODE if member_kind(member.name) == "derivative" else _PRIVATE_MODE


def _unpack(archive: BackupArchive, staging: Path, on_progress: ProgressCallback) -> None:
    """Every member into ``staging``, verified; the database last (as the backup wrote it)."""
    members = sorted(archive.manifest.members, key=lambda m: m.name == DATABASE_MEMBER)
    total = len(members) + 2
    folders: set[Path] = set()
    for done, member in enumerate(members):
        on_progress(done, total, member.name)
        target = staging.joinpath(*member.name.split("/"))
        archive.extract_verified(member, target, mode=_mode(member))
        folders.add(target.parent)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(folder)


def _check_database(room: Newsroom, archive: Path) -> tuple[str | None, dict[str, int]]:
    """Integrity and foreign keys of the opened (migrated) database; its revision and counts."""
    with room.db.engine.connect() as connection:
        integrity = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise BackupError(
                archive, f"the restored database fails integrity_check: {'; '.join(integrity[:3])}"
            )
        if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise BackupError(archive, "the restored database fails foreign_key_check")
        tables = {
            str(row[0])
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        counts = {
            table: int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one())
            for table in COUNTED_TABLES
            if table in tables
        }
        revision = None
        if "alembic_version" in tables:
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()
    return (str(revision) if revision is not None else None), counts


def _restore_derivatives(room: Newsroom) -> tuple[int, list[str]]:
    """Recreate derivatives the archive lacked; (how many photos or crops needed it, problems).

    The archive holds the import's derivatives only; the files of crops and
    rotations (photo_edits.py) are made again here from the originals, so the
    photos panel and the preview find them at once.
    """
    columns = (Photo.sha256, Photo.rotation, Photo.crop_body, Photo.crop_thumb, Photo.crop_social)
    with room.db.session() as session:
        rows = session.execute(select(*columns)).all()
    wanted: dict[tuple[str, PhotoEdit | None], None] = {}
    for sha in sorted({row.sha256 for row in rows}):
        wanted[(sha, None)] = None
    for row in rows:
        cut = photo_edit(row)
        if not cut.is_identity:
            wanted[(row.sha256, cut)] = None
    regenerated = 0
    problems: list[str] = []
    for sha, edit in wanted:
        try:
            if not _derivatives_present(room, sha, edit):
                room.photos.ensure_derivatives(sha, edit)
                regenerated += 1
        except (FileNotFoundError, PhotoImportError, ValueError) as exc:
            problems.append(f"photo {sha[:12]}: {exc}")
    return regenerated, problems


def _derivatives_present(room: Newsroom, sha: str, edit: PhotoEdit | None) -> bool:
    if edit is None:
        return room.photos.existing_derivative_sizes(sha) is not None
    kinds = [kind for kind in EDIT_KINDS if edit.makes(kind)]
    return all(room.photos.derivative_size(sha, kind, edit) is not None for kind in kinds)


def _move_into_place(staging: Path, data_dir: Path) -> None:
    """Rename the staged entries into the target: photos first, the database last."""
    names = sorted(os.listdir(staging), key=lambda name: name.startswith(DATABASE_MEMBER))
    for name in names:
        os.replace(staging / name, data_dir / name)
    os.rmdir(staging)
    fsync_dir(data_dir)


def restore_backup(
    archive_path: Path, data_dir: Path, *, on_progress: ProgressCallback | None = None
) -> RestoreReport:
    """Restore the backup ``archive_path`` into the empty folder ``data_dir``."""
    started = time.monotonic()
    report = on_progress or (lambda _done, _total, _label: None)
    archive_path = archive_path.expanduser().absolute()
    data_dir = data_dir.expanduser().absolute()
    existed = _check_empty_target(data_dir)
    with BackupArchive(archive_path) as archive:
        manifest = archive.manifest
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(data_dir, f"cannot be created ({os_reason(exc)})") from exc
        staging = data_dir / f"{STAGING_PREFIX}{os.getpid()}"
        try:
            staging.mkdir()
            _unpack(archive, staging, report)
            total = len(manifest.members) + 2
            report(total - 2, total, "integrity_check")
            try:
                room = Newsroom.open(staging)
            except DatabaseError as exc:
                raise BackupError(
                    archive_path, f"the backed-up database cannot be opened: {exc}"
                ) from exc
            try:
                revision, counts = _check_database(room, archive_path)
                report(total - 1, total, "photos")
                regenerated, problems = _restore_derivatives(room)
            finally:
                room.close()
            if room.db.upgrade_backup is not None:  # the archive is the copy from before
                room.db.upgrade_backup.unlink(missing_ok=True)
            _move_into_place(staging, data_dir)
            report(total, total, "")
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if not existed:
                with contextlib.suppress(OSError):
                    data_dir.rmdir()
            if isinstance(exc, OSError):
                raise BackupError(data_dir, f"cannot restore here ({os_reason(exc)})") from exc
            raise
    return RestoreReport(
        data_dir=data_dir,
        manifest=manifest,
        schema_revision=revision,
        counts=counts,
        regenerated=regenerated,
        seconds=time.monotonic() - started,
        problems=tuple(problems),
    )
