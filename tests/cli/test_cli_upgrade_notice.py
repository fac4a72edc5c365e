"""Opening an older data folder from the command line says where the pre-upgrade copy is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import run

FIXTURE = Path(__file__).parents[1] / "store" / "schema_fixtures" / "schema_0002"


def test_upgrade_names_the_copy_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)

    code, out, err = run(capsys, "--data", str(folder), "list")

    assert code == 0
    assert "시흥시, 배곧 해안 산책로 새로 연다" in out
    copies = list(folder.glob("newsdesk.before-upgrade-*.sqlite3"))
    assert len(copies) == 1
    assert str(copies[0]) in err

    code, _out, err = run(capsys, "--data", str(folder), "list")
    assert code == 0
    assert "upgraded" not in err  # already at the newest schema: nothing copied, nothing said
