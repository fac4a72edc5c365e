"""Atomic writes and the path guard under the exporter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.publish import atomic
from newsdesk.publish.atomic import atomic_copy_file, atomic_write_bytes
from newsdesk.publish.safe_paths import UnsafePathError, safe_join


def test_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "기사.html"
    atomic_write_bytes(target, "첫 내용".encode())
    atomic_write_bytes(target, "둘째 내용".encode())
    assert target.read_text(encoding="utf-8") == "둘째 내용"
    assert [p.name for p in target.parent.iterdir()] == ["기사.html"]


def test_existing_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_text("x")
    target.chmod(0o664)
    atomic_write_bytes(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o664


def test_failed_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
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
