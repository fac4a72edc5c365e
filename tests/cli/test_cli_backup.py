"""``newsdesk backup`` / ``newsdesk restore``: the round trip and one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.conftest import run


def test_backup_then_restore_into_an_empty_folder(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "nightly.zip"
    code, out, err = run(capsys, "--data", str(demo_dir), "backup", str(archive))
    assert (code, err) == (0, "")
    assert out.startswith(f"backup written to {archive}: 30 articles, 15 photos")

    restored = tmp_path / "restored"
    code, out, err = run(capsys, "--data", str(restored), "restore", str(archive))
    assert (code, err) == (0, "")
    assert f"into {restored}" in out and "integrity_check ok" in out
    assert out.rstrip().endswith(f"open it with: newsdesk --data {restored}")

    code, out, _ = run(capsys, "--data", str(restored), "list", "--json")
    assert code == 0 and len(json.loads(out)) == 30


def test_restore_refusals_are_one_line_naming_the_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "b.zip"
    assert run(capsys, "--data", str(demo_dir), "backup", str(archive))[0] == 0

    code, out, err = run(capsys, "--data", str(demo_dir), "restore", str(archive))
    assert (code, out) == (1, "")
    assert err == (
        f"newsdesk: error: {demo_dir}: is not empty (it holds newsdesk.sqlite3, photos); "
        "restore into an empty folder, a restore never replaces a newsroom\n"
    )

    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(archive.read_bytes()[:4096])
    target = tmp_path / "target"
    code, _, err = run(capsys, "--data", str(target), "restore", str(truncated))
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"newsdesk: error: {truncated}: not a Newsdesk backup")
    assert not target.exists()

    code, _, err = run(capsys, "--data", str(target), "restore", str(tmp_path / "gone.zip"))
    assert code == 1 and err.endswith("gone.zip: the file does not exist\n")
    assert not target.exists()  # a mistyped name never creates a data folder


def test_backup_refuses_an_existing_file_and_a_database_url(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "taken.zip"
    taken.write_bytes(b"x")
    code, _, err = run(capsys, "--data", str(demo_dir), "backup", str(taken))
    assert code == 1 and err == (
        f"newsdesk: error: {taken}: already exists; a backup never overwrites another file\n"
    )
    url = f"sqlite:///{demo_dir / 'newsdesk.sqlite3'}"
    code, _, err = run(capsys, "--database-url", url, "backup", str(tmp_path / "n.zip"))
    assert code == 1 and "back up a database server with its own tools" in err


def test_restore_still_restores_revisions(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``restore`` is shared: an argument that is not a backup file is a revision id."""
    code, _, err = run(capsys, "--data", str(demo_dir), "--as", "오세훈", "restore", "ffffffff")
    assert code == 1 and "revision" in err and "backup" not in err
