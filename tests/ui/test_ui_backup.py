"""Backups in the desktop app: the Korean menu, the dialogs, the automatic daily backup."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import ModalAnswerer, WindowFactory

from newsdesk.services.auto_backup import auto_backups, backups_dir
from newsdesk.services.backup import BackupReport, backup_file_name, create_backup
from newsdesk.services.backup_restore import restore_backup
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.i18n import install_translators
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.dialogs.backup_actions import KEEP_KEY, keep_setting
from newsdesk.ui.dialogs.backup_dialog import BackupDialog
from newsdesk.ui.dialogs.restore_dialog import RestoreDialog, newsdesk_command


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "ko")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_file_menu_offers_backup_and_restore_in_korean(
    korean: None, make_window: WindowFactory, newsroom: Newsroom
) -> None:
    window = make_window(newsroom)
    menu = window.findChild(QMenu, "file-menu")
    assert menu is not None
    labels = [action.text() for action in menu.actions()]
    assert "백업(&B)…" in labels and "복원(&R)…" in labels
    assert window.actions_.backup.isEnabled() and window.actions_.restore.isEnabled()
    dialog = BackupDialog(newsroom.data_dir, window.settings, window)
    assert dialog.windowTitle() == "백업"
    assert dialog.backup_button.text() == "백업(&U)"
    dialog.deleteLater()


def test_a_backup_made_through_the_menu_is_one_restore_accepts(
    qtbot: QtBot, demo_window: MainWindow, modals: ModalAnswerer, tmp_path: Path
) -> None:
    target = tmp_path / "gui-backup.zip"
    made: list[BackupReport] = []

    def start(widget: QWidget) -> bool:
        if not isinstance(widget, BackupDialog):
            return False
        widget.file_edit.setText(str(target))
        widget.backup_button.click()
        return True

    def finish(widget: QWidget) -> bool:
        if not isinstance(widget, BackupDialog) or widget.report is None:
            return False
        made.append(widget.report)
        assert str(target) in widget.status.text() and "30 articles" in widget.status.text()
        assert widget.open_button.isEnabled()
        widget.reject()
        return True

    modals.on(start)
    modals.on(finish)
    demo_window.actions_.backup.trigger()  # returns when the dialog closes
    assert modals.seen == ["BackupDialog", "BackupDialog"]
    assert made[0].path == target
    assert demo_window.settings.value("backup/folder") == str(tmp_path)

    restored = restore_backup(target, tmp_path / "restored")
    assert restored.counts["articles"] == 30 and restored.counts["photos"] == 15


def test_the_restore_dialog_restores_and_says_how_to_open_it(
    qtbot: QtBot, demo_newsroom: Newsroom, ui_settings: QSettings, tmp_path: Path
) -> None:
    archive = create_backup(demo_newsroom.data_dir, tmp_path / "b.zip").path
    dialog = RestoreDialog(demo_newsroom.data_dir, ui_settings)
    qtbot.addWidget(dialog)
    dialog.archive_edit.setText(str(archive))
    dialog.show_contents()
    assert "30 articles, 15 photos" in dialog.contents.text()

    # The open newsroom's folder is refused before anything runs.
    dialog.folder_edit.setText(str(demo_newsroom.data_dir))
    dialog.restore_button.click()
    assert not dialog.is_running()
    assert "folder of the open newsroom" in dialog.status.text()

    target = tmp_path / "restored"
    dialog.folder_edit.setText(str(target))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=30_000)
    assert f'newsdesk --data "{target}"' in dialog.status.text()
    assert dialog.open_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert (target / "newsdesk.sqlite3").is_file()
    program, arguments = newsdesk_command(target)
    assert arguments[-2:] == ["--data", str(target)] and Path(program).exists()


def test_a_damaged_backup_is_refused_in_the_dialog(
    qtbot: QtBot, newsroom: Newsroom, ui_settings: QSettings, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = RestoreDialog(newsroom.data_dir, ui_settings)
    qtbot.addWidget(dialog)
    dialog.archive_edit.setText(str(damaged))
    dialog.folder_edit.setText(str(tmp_path / "restored"))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert dialog.status.text().startswith("Nothing was restored: ")
    assert "damaged.zip: not a Newsdesk backup" in dialog.status.text()
    assert not (tmp_path / "restored").exists()


def test_the_daily_backup_runs_in_the_background_and_keeps_n(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    room = demo_window.newsroom
    folder = backups_dir(room.data_dir)
    # Three old automatic backups from earlier days (copies of a real one).
    old = create_backup(room.data_dir, tmp_path / "old.zip").path
    folder.mkdir()
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    for days in range(3):
        name = backup_file_name(yesterday - timedelta(days=days), "newsdesk-auto")
        shutil.copy(old, folder / name)
    demo_window.settings.setValue(KEEP_KEY, 2)
    assert keep_setting(demo_window.settings) == 2

    controller = demo_window.backups
    controller.start_daily_backup(delay_ms=0)
    assert controller.last_daily is None  # nothing ran on the UI thread
    qtbot.waitUntil(lambda: controller.last_daily is not None, timeout=30_000)
    result = controller.last_daily
    assert result is not None and result.report is not None
    kept = [path for _when, path in auto_backups(folder)]
    assert kept[0] == result.report.path and len(kept) == 2
    assert len(result.pruned) == 2
    assert "Automatic backup saved" in demo_window.statusBar().currentMessage()

    controller.start_daily_backup(delay_ms=0)  # the same day again: nothing new
    qtbot.waitUntil(lambda: controller.last_daily is not result, timeout=30_000)
    assert controller.last_daily is not None and controller.last_daily.report is None


def test_the_keep_spin_box_is_stored_in_the_injected_settings(
    qtbot: QtBot, newsroom: Newsroom, ui_settings: QSettings
) -> None:
    dialog = BackupDialog(newsroom.data_dir, ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.keep_spin.value() == 7
    dialog.keep_spin.setValue(12)
    assert keep_setting(ui_settings) == 12
    ui_settings.setValue(KEEP_KEY, "nonsense")
    assert keep_setting(ui_settings) == 7
