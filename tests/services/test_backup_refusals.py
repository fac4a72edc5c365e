"""Restores that must be refused, leaving nothing half-restored behind."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.services.backup import create_backup
from newsdesk.services.backup_format import MANIFEST_NAME, BackupError
from newsdesk.services.backup_restore import restore_backup
from newsdesk.services.newsroom import Newsroom

pytestmark = pytest.mark.sqlite_only(
    "backups copy the SQLite file; a database server is backed up with its own tools"
)


@pytest.fixture
def backup(demo_newsroom: Newsroom, tmp_path: Path) -> Path:
    return create_backup(demo_newsroom.data_dir, tmp_path / "backup.zip").path


def rewrite(archive: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of ``archive`` with members changed by ``change`` (name -> bytes)."""
    with zipfile.ZipFile(archive) as source:
        members = {name: source.read(name) for name in source.namelist()}
    change(members)
    out = archive.with_name("altered.zip")
    with zipfile.ZipFile(out, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    return out


def first_photo(members: dict[str, bytes]) -> str:
    return next(name for name in members if name.startswith("photos/originals/"))


def edit_manifest(members: dict[str, bytes], edit: Callable[[dict[str, object]], None]) -> None:
    manifest = json.loads(members[MANIFEST_NAME])
    edit(manifest)
    members[MANIFEST_NAME] = json.dumps(manifest).encode()


def _tamper_photo(members: dict[str, bytes]) -> None:
    name = first_photo(members)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0xFF  # same size, other bytes
    members[name] = bytes(data)


def _tamper_photo_and_manifest(members: dict[str, bytes]) -> None:
    """A consistent forgery: the manifest's checksum fits, the content-addressed name does not."""
    _tamper_photo(members)
    name = first_photo(members)

    def edit(manifest: dict[str, object]) -> None:
        entries = manifest["members"]
        assert isinstance(entries, list)
        for entry in entries:
            if entry["name"] == name:
                entry["sha256"] = hashlib.sha256(members[name]).hexdigest()

    edit_manifest(members, edit)


def _drop_photo(members: dict[str, bytes]) -> None:
    del members[first_photo(members)]


def _add_stowaway(members: dict[str, bytes]) -> None:
    members["../../etc/cron.d/evil"] = b"* * * * * root true"


def _newer_format(members: dict[str, bytes]) -> None:
    edit_manifest(members, lambda m: m.update(format_version=99))


def _unlisted_name(members: dict[str, bytes]) -> None:
    def edit(manifest: dict[str, object]) -> None:
        entries = manifest["members"]
        assert isinstance(entries, list)
        entries[1]["name"] = "photos/originals/../../escape.jpg"

    edit_manifest(members, edit)


def _no_manifest(members: dict[str, bytes]) -> None:
    del members[MANIFEST_NAME]


def _tamper_database(members: dict[str, bytes]) -> None:
    data = bytearray(members["newsdesk.sqlite3"])
    data[-100] ^= 0x01
    members["newsdesk.sqlite3"] = bytes(data)


CASES = {
    "tampered photo": (_tamper_photo, r"member photos/originals/\S+: checksum mismatch"),
    "tampered database": (_tamper_database, r"member newsdesk\.sqlite3: checksum mismatch"),
    "forged photo": (_tamper_photo_and_manifest, r"does not match its name"),
    "dropped photo": (_drop_photo, r"member photos/originals/\S+ is missing from the archive"),
    "stowaway": (_add_stowaway, r"unexpected member '\.\./\.\./etc/cron\.d/evil'"),
    "newer format": (_newer_format, r"made by a newer Newsdesk \(backup format 99"),
    "unsafe name": (_unlisted_name, r"unexpected member name 'photos/originals/\.\./"),
    "no manifest": (_no_manifest, r"not a Newsdesk backup \(there is no manifest\.json"),
}


def assert_nothing_restored(target: Path) -> None:
    assert not target.exists() or list(target.iterdir()) == []


@pytest.mark.parametrize("case", list(CASES))
def test_an_altered_archive_is_refused_naming_the_member(
    backup: Path, tmp_path: Path, case: str
) -> None:
    change, message = CASES[case]
    altered = rewrite(backup, change)
    target = tmp_path / "restored"
    with pytest.raises(BackupError, match=message) as raised:
        restore_backup(altered, target)
    assert str(altered) in str(raised.value)
    assert_nothing_restored(target)


def test_a_truncated_archive_is_refused(backup: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    with pytest.raises(BackupError, match="not a Newsdesk backup, or it is truncated"):
        restore_backup(truncated, tmp_path / "restored")
    assert_nothing_restored(tmp_path / "restored")


def test_a_flipped_bit_on_disk_is_caught_by_the_zip_crc(backup: Path, tmp_path: Path) -> None:
    """Damage inside a stored photo: the zip's own CRC fails as the member is read."""
    with zipfile.ZipFile(backup) as archive:
        name = next(n for n in archive.namelist() if n.startswith("photos/originals/"))
        photo = archive.read(name)
    raw = bytearray(backup.read_bytes())
    at = raw.find(photo[100:164]) + 10
    raw[at] ^= 0x40
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    target = tmp_path / "empty"
    target.mkdir()
    with pytest.raises(BackupError, match=rf"member {name} is damaged \(CRC"):
        restore_backup(damaged, target)
    assert_nothing_restored(target)
    assert target.is_dir()  # a folder the user made stays


def test_a_folder_that_is_not_empty_is_refused(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("내 메모")
    with pytest.raises(BackupError, match=r"busy: is not empty \(it holds notes\.txt\)"):
        restore_backup(backup, target)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_a_restore_killed_half_way_is_named(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    (target / ".newsdesk-restore-4242" / "photos").mkdir(parents=True)
    with pytest.raises(BackupError, match=r"left by an interrupted restore; delete that folder"):
        restore_backup(backup, target)


def test_the_open_newsroom_cannot_be_restored_over(backup: Path, demo_newsroom: Newsroom) -> None:
    with pytest.raises(BackupError, match="is not empty"):
        restore_backup(backup, demo_newsroom.data_dir)


def test_a_missing_archive_is_named(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=r"nothing\.zip: the file does not exist"):
        restore_backup(tmp_path / "nothing.zip", tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
