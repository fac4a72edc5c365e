"""Shared setup for the command-line tests: a copy of the demo data folder, an in-process run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdesk.cli import main


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo data folder, for ``--data``."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``newsdesk ARGV`` in-process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
