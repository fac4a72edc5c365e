"""Recognising a full disk in all its forms, and what the file writers do on one."""

from __future__ import annotations

import errno
import io
import os
import pickle
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from tests.tmpfs import fill, free_space, small_tmpfs

from newsdesk.atomic_files import atomic_write_bytes, atomic_writer
from newsdesk.errors import NewsdeskError
from newsdesk.media.photo_import import PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import PhotoStore
from newsdesk.store.database import make_engine, open_database
from newsdesk.store.storage_errors import (
    NEAR_FULL_BYTES,
    DiskFullError,
    disk_full_cause,
    disk_full_from_db_error,
    disk_full_from_os_error,
)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "disk", "4m") as mount_point:
        yield mount_point


def _sqlite_full(tmp_path: Path) -> OperationalError:
    """A real SQLITE_FULL, from a database capped at a few pages."""
    engine = make_engine(f"sqlite:///{tmp_path / 'capped.db'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
        with pytest.raises(OperationalError) as caught, engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA max_page_count = 3")
            connection.execute(text("INSERT INTO t VALUES (:x)"), {"x": "가" * 100_000})
    finally:
        engine.dispose()
    return caught.value


def test_sqlite_full_is_disk_full(tmp_path: Path) -> None:
    error = _sqlite_full(tmp_path)
    assert "database or disk is full" in str(error)
    full = disk_full_from_db_error(error, tmp_path / "capped.db")
    assert full is not None
    assert full.folder == tmp_path
    assert isinstance(full, NewsdeskError) and isinstance(full, OSError)
    assert full.errno == errno.ENOSPC


def test_io_error_counts_only_when_the_disk_is_really_full(tmp_path: Path, disk: Path) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 4874  # type: ignore[attr-defined]  # SQLITE_IOERR_SHMSIZE
    assert disk_full_from_db_error(io_error, tmp_path / "x.db") is None  # failing hardware
    fill(disk)
    full = disk_full_from_db_error(io_error, disk / "data" / "x.db")
    assert full is not None
    assert full.folder == disk  # the nearest folder that exists
    assert full.free_bytes is not None and full.free_bytes < NEAR_FULL_BYTES


@pytest.mark.parametrize(("code", "quota"), [(errno.ENOSPC, False), (errno.EDQUOT, True)])
def test_os_errors_from_writes(tmp_path: Path, code: int, quota: bool) -> None:
    full = disk_full_from_os_error(OSError(code, os.strerror(code)), tmp_path / "page.html")
    assert full is not None and full.quota is quota
    assert full.folder == tmp_path
    assert ("quota" in str(full)) is quota
    assert disk_full_from_os_error(OSError(errno.EACCES, "denied"), tmp_path) is None


def test_other_errors_are_not_disk_full(tmp_path: Path) -> None:
    assert disk_full_from_db_error(ValueError("no"), None) is None
    assert disk_full_from_db_error(sqlite3.IntegrityError("UNIQUE constraint failed"), None) is None
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert disk_full_from_db_error(locked, tmp_path / "x.db") is None


def test_a_database_servers_full_disk() -> None:
    class DriverError(Exception):
        pgcode = "53100"  # PostgreSQL's disk_full, as psycopg reports it

    full = disk_full_from_db_error(DriverError("could not extend file"), None)
    assert full is not None and full.folder is None
    assert "database server's disk is full" in str(full)


def test_the_message_names_the_folder_and_the_free_space(tmp_path: Path) -> None:
    full = DiskFullError(tmp_path, 3 * 1024 * 1024 // 2)
    assert str(full) == (
        f"the disk holding {tmp_path} is full (1.5 MB free). "
        "Free some space and try again; everything saved before is kept."
    )
    assert str(DiskFullError(tmp_path, 0)).startswith(
        f"the disk holding {tmp_path} is full (0 bytes"
    )
    copy = pickle.loads(pickle.dumps(full))
    assert (copy.folder, copy.free_bytes, str(copy)) == (tmp_path, full.free_bytes, str(full))


def test_disk_full_cause_looks_behind_other_errors(tmp_path: Path) -> None:
    full = DiskFullError(tmp_path, 0)
    try:
        try:
            raise full
        except OSError:
            raise RuntimeError("cannot write the file") from None  # as HandoffError does
    except RuntimeError as outer:
        assert disk_full_cause(outer) is full
    assert disk_full_cause(ValueError("x")) is None


def test_atomic_write_on_a_full_disk_keeps_the_old_file(disk: Path) -> None:
    target = disk / "site" / "index.html"
    atomic_write_bytes(target, b"old page")
    fill(disk)
    with pytest.raises(DiskFullError) as caught:
        atomic_write_bytes(target, b"new page " * 100_000)
    assert caught.value.folder == target.parent
    assert target.read_bytes() == b"old page"
    assert sorted(os.listdir(target.parent)) == ["index.html"]

    free_space(disk)
    atomic_write_bytes(target, b"new page")
    assert target.read_bytes() == b"new page"


def test_streamed_writer_on_a_full_disk(disk: Path) -> None:
    target = disk / "out.newsdesk"
    fill(disk, leave=64 << 10)
    with (
        pytest.raises(DiskFullError),
        atomic_writer(target) as stream,
        zipfile.ZipFile(stream, "w") as archive,
    ):
        archive.writestr("photo.bin", os.urandom(1 << 20))
    assert not target.exists()
    assert [p.name for p in disk.iterdir()] == ["filler.bin"]


def test_photo_import_on_a_full_disk_names_the_photo_and_the_full_disk(
    disk: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "현장.jpg"
    buffer = io.BytesIO()
    Image.effect_noise((800, 600), 64).convert("RGB").save(buffer, "JPEG", quality=95)
    photo.write_bytes(buffer.getvalue())
    store = PhotoStore(disk / "photos")
    fill(disk)
    with pytest.raises(PhotoImportError) as caught:
        PhotoImporter(store).import_file(photo)
    full = disk_full_cause(caught.value)
    assert full is not None and full.folder is not None
    assert full.folder.is_relative_to(disk)
    free_space(disk)
    assert PhotoImporter(store).import_file(photo).sha256


def test_opening_a_database_at_zero_bytes_free(disk: Path) -> None:
    data = disk / "data"
    open_database(data).dispose()
    fill(disk)
    with pytest.raises(DiskFullError) as caught:
        open_database(data)
    assert caught.value.folder == data
    free_space(disk)
    open_database(data).dispose()
