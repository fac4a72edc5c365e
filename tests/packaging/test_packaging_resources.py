"""Resources are found the same way from a checkout, a wheel and a frozen bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsdesk import resources

REPO = Path(__file__).resolve().parents[2]


def test_checkout_layout_finds_repository_resources() -> None:
    resources.resources_dir.cache_clear()
    found = resources.resources_dir()
    assert (found / "site" / "templates").is_dir()
    assert found == REPO / "resources"


def test_frozen_bundle_layout_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(REPO / "resources", bundle / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == bundle / "resources"
        assert resources.resource_path("site", "static").is_dir()
    finally:
        resources.resources_dir.cache_clear()


def test_missing_resources_name_every_place_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nowhere"])
    resources.resources_dir.cache_clear()
    try:
        with pytest.raises(resources.ResourcesNotFoundError, match="nowhere"):
            resources.resources_dir()
    finally:
        resources.resources_dir.cache_clear()


def _pip_wheel(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``pip wheel`` of this checkout into ``out`` (no dependencies)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            *options,
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_wheel_ships_resources_and_migrations(tmp_path: Path) -> None:
    # Offline first (the installed hatchling); with a fresh build env if it is missing.
    result = _pip_wheel(tmp_path, "--no-build-isolation")
    if result.returncode != 0 and "hatchling" in result.stderr:
        result = _pip_wheel(tmp_path)
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("newsdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "newsdesk/resources/site/templates/base.html" in names or any(
        n.startswith("newsdesk/resources/site/templates/") for n in names
    )
    assert any(n.startswith("newsdesk/resources/site/static/") for n in names)
    assert any(n.startswith("newsdesk/store/migrations/versions/0001") for n in names)
    assert "newsdesk/store/migrations/env.py" in names
