"""Atomic writes and the path guard under the exporter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.publish.atomic import StagedWrites, atomic_copy_file, atomic_write_bytes
from newsdesk.publish.safe_paths import UnsafePathError, safe_join


def test_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "기사.html"
    atomic_write_bytes(target, "첫 내용".encode())
    atomic_write_bytes(target, "둘째 내용".encode())
    assert target.read_text(encoding="utf-8") == "둘째 내용"
    assert [p.name for p in target.parent.iterdir()] == ["기사.html"]


def test_new_files_are_readable_by_a_web_server(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "page.html", b"y")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o644


def test_staged_writes_replace_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "list" / "1.html"
    target.parent.mkdir()
    target.write_bytes(b"old")
    staged = StagedWrites()
    staged.stage_bytes("list/1.html", target, b"new")
    staged.stage_bytes("index.html", tmp_path / "index.html", b"index")
    assert target.read_bytes() == b"old"
    done: list[str] = []
    staged.commit(done.append)
    assert done == ["list/1.html", "index.html"]
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["1.html", "index.html", "list"]


def test_staged_writes_discard_leaves_old_content(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"old")
    staged = StagedWrites()
    staged.stage_bytes("page.html", target, b"new")
    staged.discard()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["page.html"]


def test_failed_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["page.html"]


def test_copy_streams_the_source(tmp_path: Path) -> None:
    source = tmp_path / "src.bin"
    source.write_bytes(os.urandom(3 << 20))
    target = tmp_path / "media" / "ab" / "copy.bin"
    atomic_copy_file(source, target)
    assert target.read_bytes() == source.read_bytes()


@pytest.mark.parametrize(
    "bad", ["..", "../x", "a/../../x", "/abs", "C:x", "a\\b", "a/./b", "a\x00"]
)
def test_safe_join_refuses(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UnsafePathError):
        safe_join(tmp_path.resolve(), bad)


def test_safe_join_allows_hangul_and_nested(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    assert (
        safe_join(root, "articles/302-시흥시-소식.html")
        == root / "articles" / "302-시흥시-소식.html"
    )
