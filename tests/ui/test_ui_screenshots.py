"""The screenshot command renders every shot offscreen from demo data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from newsdesk.ui.app import screenshots

pytestmark = pytest.mark.slow


def distinct_colours(image: QImage, step: int = 23) -> int:
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(colours)


def test_screenshots_of_demo_data(qtbot: QtBot, demo_template: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    assert screenshots.main([str(out), "--data", str(data)]) == 0
    files = {path.name for path in out.iterdir()}
    assert files == set(screenshots.SHOT_NAMES)

    main = QImage(str(out / "main-window.png"))
    assert (main.width(), main.height()) == screenshots.MAIN_SIZE
    # The preview's right-hand side must not be a blank page (the blank-grab trap).
    preview = main.copy(main.width() - 420, 120, 400, 700)
    assert distinct_colours(preview, step=11) > 50
    for name in ("photos-panel.png", "export-dialog.png"):
        image = QImage(str(out / name))
        assert not image.isNull() and distinct_colours(image) > 5
    # The user's data folder was copied, never changed.
    assert sorted(p.name for p in data.iterdir()) == sorted(p.name for p in demo_template.iterdir())


def test_rejects_a_folder_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        screenshots.main([str(tmp_path / "shots"), "--data", str(tmp_path)])
