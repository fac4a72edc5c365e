"""Backups of a real newsroom: the round trip, a backup during writes, older schemas."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.backup import create_backup
from newsdesk.services.backup_format import MANIFEST_NAME, read_backup_manifest
from newsdesk.services.backup_restore import restore_backup
from newsdesk.services.comments import CommentService
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.migrate import head_revision

pytestmark = pytest.mark.sqlite_only(
    "backups copy the SQLite file; a database server is backed up with its own tools"
)

SCHEMA_FIXTURES = Path(__file__).resolve().parents[1] / "store" / "schema_fixtures"


def table_rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (search index included), in a stable order."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        connection.close()


def photo_files(data_dir: Path) -> dict[str, bytes]:
    root = data_dir / "photos"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def add_revisions_and_comments(room: Newsroom) -> None:
    """The demo has neither; a backup must carry both."""
    editor = person_id(room, "오세훈")
    service = ArticleService(room)
    comments = CommentService(room)
    for row in service.rows(limit=3):
        article = service.get(row.id)
        fields = replace(ArticleFields.of(article), body=article.body + "\n\n추가 문단입니다.")
        service.save(article.id, fields, expected_version=article.version, actor_id=editor)
        comments.add(article.id, editor, "사진 설명을 확인해 주세요.")


def test_round_trip_keeps_every_row_and_every_photo_byte(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    add_revisions_and_comments(demo_newsroom)
    source = demo_newsroom.data_dir
    report = create_backup(source, tmp_path / "backup.zip")

    assert report.counts["articles"] == 30
    assert report.counts["revisions"] >= 3
    assert report.counts["comments"] == 3
    assert report.missing == ()
    assert report.path.stat().st_mode & 0o077 == 0  # drafts and GPS-tagged originals
    assert read_backup_manifest(report.path).counts == report.counts

    restored = restore_backup(report.path, tmp_path / "restored")
    assert restored.counts == {k: v for k, v in report.counts.items() if k != "photo_files"}
    assert not restored.upgraded and restored.regenerated == 0 and restored.problems == ()
    target = tmp_path / "restored"
    assert sorted(p.name for p in target.iterdir()) == ["newsdesk.sqlite3", "photos"]

    assert table_rows(target / "newsdesk.sqlite3") == table_rows(source / "newsdesk.sqlite3")
    assert photo_files(target) == photo_files(source)
    originals = [p for p in (target / "photos" / "originals").rglob("*") if p.is_file()]
    assert originals and all(p.stat().st_mode & 0o077 == 0 for p in originals)

    # A working newsroom: it opens at the current schema and exports its site with photos.
    room = Newsroom.open(target)
    try:
        export = SiteExportService(room).run(tmp_path / "site")
    finally:
        room.close()
    assert export.copied > 0 and export.written > 30
    assert any((tmp_path / "site" / "media").rglob("*-web.jpg"))


def test_restore_regenerates_derivatives_missing_from_the_archive(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    source = demo_newsroom.data_dir
    shutil.rmtree(source / "photos" / "media")  # e.g. a folder someone "cleaned up"
    report = create_backup(source, tmp_path / "backup.zip")
    with zipfile.ZipFile(report.path) as archive:
        assert not [n for n in archive.namelist() if n.startswith("photos/media/")]

    restored = restore_backup(report.path, tmp_path / "restored")
    assert restored.regenerated == len({p for p in photo_files(source) if "originals/" in p})
    room = Newsroom.open(tmp_path / "restored")
    try:
        assert SiteExportService(room).run(tmp_path / "site").copied > 0
    finally:
        room.close()


def test_a_missing_original_is_reported_not_hidden(demo_newsroom: Newsroom, tmp_path: Path) -> None:
    original = next((demo_newsroom.data_dir / "photos" / "originals").rglob("*.jpg"))
    original.unlink()
    report = create_backup(demo_newsroom.data_dir, tmp_path / "backup.zip")
    assert report.missing == (original.stem,)
    assert read_backup_manifest(report.path).missing == (original.stem,)


WRITER = """
import sys
from pathlib import Path
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom

room = Newsroom.open(Path(sys.argv[1]))
service = ArticleService(room)
body = "계속 쓰는 기사입니다. " * 400
for number in range(100_000):
    article = service.create(ArticleFields(headline=f"속보 {number}", body=body))
    print(article.id, flush=True)  # printed only once committed
"""


def test_a_backup_while_another_process_writes_holds_everything_committed_before(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    data_dir = demo_newsroom.data_dir
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    committed: list[str] = []
    reader = threading.Thread(
        target=lambda: committed.extend(line.strip() for line in writer.stdout or ()),
        daemon=True,
    )
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(committed) < 20 and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(committed) >= 20, "the writer did not start"
        before = set(committed)
        report = create_backup(data_dir, tmp_path / "backup.zip")
        after = len(committed)
        time.sleep(0.3)
        assert len(committed) > after, "the writer stopped while the backup ran"
    finally:
        writer.kill()
        writer.wait()

    restored = restore_backup(report.path, tmp_path / "restored")
    database = tmp_path / "restored" / "newsdesk.sqlite3"
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ids = {row[0] for row in connection.execute("SELECT id FROM articles")}
    finally:
        connection.close()
    assert before <= ids
    assert restored.counts["articles"] == len(ids) >= 30 + len(before)


def test_a_backup_from_an_older_schema_is_upgraded_when_restored(tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(SCHEMA_FIXTURES / "schema_0001", old)
    before = table_rows(old / "newsdesk.sqlite3")
    report = create_backup(old, tmp_path / "backup.zip")
    assert report.manifest.schema_revision is not None
    assert table_rows(old / "newsdesk.sqlite3") == before  # backing up never upgrades

    restored = restore_backup(report.path, tmp_path / "restored")
    assert restored.upgraded
    assert restored.schema_revision == head_revision()
    assert restored.counts["articles"] == report.counts["articles"]
    # The archive is the pre-upgrade copy: no second one is left in the folder.
    assert sorted(p.name for p in (tmp_path / "restored").iterdir()) == [
        "newsdesk.sqlite3",
        "photos",
    ]


def test_backup_refuses_an_existing_file_and_a_folder_without_a_newsroom(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    from newsdesk.services.backup_format import BackupError

    existing = tmp_path / "taken.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(BackupError, match="already exists"):
        create_backup(demo_newsroom.data_dir, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(BackupError, match="no newsroom here"):
        create_backup(tmp_path / "nothing", tmp_path / "b.zip")

    made = create_backup(demo_newsroom.data_dir, tmp_path)  # a folder: a dated name inside
    assert made.path.parent == tmp_path and made.path.name.startswith("newsdesk-backup-")
    with zipfile.ZipFile(made.path) as archive:
        assert archive.namelist()[-1] == MANIFEST_NAME
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left
