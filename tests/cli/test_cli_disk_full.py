"""A full data disk: one plain line and exit 1, nothing saved is lost, and it works again
once there is room. On a real small tmpfs holding the data folder, filled by a file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.cli.conftest import run
from tests.tmpfs import fill, free_space, small_tmpfs

from newsdesk.errors import NewsdeskError
from newsdesk.services.articles import ArticleFields
from newsdesk.services.autosave import AutosaveService
from newsdesk.services.importing import MarkdownImporter
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.database import DATABASE_FILE
from newsdesk.store.models import Person

REPORTER = "이서연"
SMALL = "---\ntitle: 디스크가 꽉 찬 날\nauthor: 이서연\nsection: 사회\n---\n짧은 본문.\n"
BIG = "---\ntitle: 아주 긴 기사\nauthor: 이서연\nsection: 사회\n---\n" + "긴 본문 문장. " * 60_000


@pytest.fixture
def disk(tmp_path: Path, demo_template: Path) -> Iterator[Path]:
    """A 16 MB tmpfs holding a copy of the demo data folder at ``<disk>/data``."""
    with small_tmpfs(tmp_path / "disk", "16m") as mount_point:
        shutil.copytree(demo_template, mount_point / "data")
        yield mount_point


@pytest.fixture
def markdown(tmp_path: Path) -> dict[str, Path]:
    """Files to import, kept off the small disk."""
    files = {"small": tmp_path / "small.md", "big": tmp_path / "big.md"}
    files["small"].write_text(SMALL, encoding="utf-8")
    files["big"].write_text(BIG, encoding="utf-8")
    return files


def _dump(data: Path) -> list[str]:
    """Every row of every table, as SQL text (read once there is room again)."""
    connection = sqlite3.connect(data / DATABASE_FILE)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _integrity(data: Path) -> str:
    connection = sqlite3.connect(data / DATABASE_FILE)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _draft_of(data: Path, name: str) -> str:
    connection = sqlite3.connect(data / DATABASE_FILE)
    try:
        row = connection.execute(
            "SELECT articles.id FROM articles JOIN people ON people.id = articles.author_id "
            "WHERE articles.status = 'draft' AND people.name = ? ORDER BY articles.id",
            (name,),
        ).fetchone()
    finally:
        connection.close()
    assert row is not None
    return str(row[0])


def _disk_full_line(err: str, data: Path) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    line = lines[0]
    assert line.startswith("newsdesk: error: ")
    assert f"holding {data} is full" in line
    assert "bytes free" in line or "KB free" in line
    return line


def test_commands_on_a_full_disk_say_so_and_work_once_there_is_room(
    disk: Path, markdown: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = disk / "data"
    draft = _draft_of(data, REPORTER)
    before = _dump(data)
    commands = [
        ["import", str(markdown["small"])],
        ["--as", REPORTER, "submit", draft],
        ["people", "--add", "새기자"],
        ["site", "set", "phone", "031-000-0000"],
    ]
    fill(disk)
    for argv in commands:
        code, _, err = run(capsys, "--data", str(data), *argv)
        assert code == 1, argv
        _disk_full_line(err, data)

    free_space(disk)
    assert _integrity(data) == "ok"
    assert _dump(data) == before
    for argv in commands:
        code, _, err = run(capsys, "--data", str(data), *argv)
        assert code == 0, (argv, err)


def test_a_transaction_that_does_not_fit_rolls_back(
    disk: Path, markdown: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Room to open the database, not for the article: SQLITE_FULL at the commit."""
    data = disk / "data"
    before = _dump(data)
    fill(disk, leave=300 << 10)
    code, out, err = run(capsys, "--data", str(data), "import", str(markdown["big"]))
    assert code == 1
    assert "imported" not in out
    _disk_full_line(err, data)

    free_space(disk)
    assert _integrity(data) == "ok"
    assert _dump(data) == before
    code, out, _ = run(capsys, "--data", str(data), "import", str(markdown["big"]))
    assert code == 0
    assert "1 imported, 0 failed" in out


def test_a_real_subprocess_prints_no_traceback(disk: Path, markdown: dict[str, Path]) -> None:
    data = disk / "data"
    fill(disk)
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", "--data", str(data), "import", str(markdown["small"])],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    _disk_full_line(result.stderr, data)


def test_services_of_an_open_newsroom_raise_disk_full(
    disk: Path, markdown: dict[str, Path]
) -> None:
    """The GUI's case: the newsroom is open when the disk fills up."""
    from newsdesk.store.storage_errors import DiskFullError

    data = disk / "data"
    draft = _draft_of(data, REPORTER)
    room = Newsroom.open(data)
    try:
        autosave = AutosaveService(room)
        autosave.store(
            "editor-1", ArticleFields(headline="먼저 저장"), article_id=None, base_version=None
        )
        with room.db.session() as session:
            reporter_id = session.scalars(select(Person.id).where(Person.name == REPORTER)).one()
        before = _dump(data)
        fill(disk)

        typed = ArticleFields(headline="꽉 찬 디스크", body="방금 입력한 문장." * 2000)
        attempts = [
            lambda: autosave.store("editor-2", typed, article_id=None, base_version=None),
            lambda: WorkflowService(room).submit(draft, reporter_id, confirm_warnings=True),
            lambda: MarkdownImporter(room).import_file(markdown["small"]),
        ]
        for attempt in attempts:
            with pytest.raises(DiskFullError) as caught:
                attempt()
            assert isinstance(caught.value, NewsdeskError)
            assert caught.value.folder == data
            assert caught.value.free_bytes is not None and caught.value.free_bytes < 64 << 10
            assert f"holding {data} is full" in str(caught.value)

        free_space(disk)
        assert _integrity(data) == "ok"
        assert _dump(data) == before
        for attempt in attempts:
            attempt()
        assert {d.editor_key for d in autosave.pending()} == {"editor-1", "editor-2"}
    finally:
        room.close()
