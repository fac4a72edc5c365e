"""Export dialog: a real export of the demo newsroom in a worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import get_profile, update_profile
from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog
from newsdesk.ui.publishing.export_dialog import ExportDialog


def open_dialog(qtbot: QtBot, newsroom: Newsroom) -> ExportDialog:
    dialog = ExportDialog(newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_export(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)


def summary(dialog: ExportDialog) -> dict[str, int]:
    return {k: int(v.text().replace(",", "")) for k, v in dialog.summary_labels.items()}


def test_export_twice_then_nothing_to_write(
    qtbot: QtBot, demo_newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    dialog = open_dialog(qtbot, demo_newsroom)
    dialog.folder_edit.setText(str(out))
    run_export(qtbot, dialog)
    assert not dialog.problem.isVisible(), dialog.problem_label.text()
    first = summary(dialog)
    assert first["written"] > 30 and first["copied"] > 0
    assert dialog.summary.isVisible()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert (out / "index.html").is_file()
    assert get_profile(demo_newsroom).export_dir == str(out.resolve())

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.open_button.click()
    assert opened == [str(out.resolve())]

    again = open_dialog(qtbot, demo_newsroom)
    assert again.folder_edit.text() == str(out.resolve())  # remembered
    run_export(qtbot, again)
    second = summary(again)
    assert second["written"] == 0
    assert second["unchanged"] == first["written"]
    assert second["copied"] == 0


def test_incomplete_footer_names_the_missing_fields(
    qtbot: QtBot, demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    update_profile(demo_newsroom, {"youth_protection_officer": "", "phone": ""})
    dialog = open_dialog(qtbot, demo_newsroom)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    run_export(qtbot, dialog)
    assert dialog.problem.isVisible()
    text = dialog.problem_label.text()
    assert "청소년보호책임자" in text and "전화번호" in text
    assert dialog.settings_button.isVisible()
    assert not dialog.summary.isVisible()
    assert not (tmp_path / "site" / "index.html").exists()


def test_cancel_stops_between_files(qtbot: QtBot, demo_newsroom: Newsroom, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, demo_newsroom)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    dialog.export_button.click()
    assert dialog.is_running() and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()  # checked before the first file is written
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert dialog.report is not None and dialog.report.cancelled
    assert dialog.report.written == 0
    assert "cancelled" in dialog.status.text()
    assert dialog.close_button.isVisible() and dialog.export_button.isEnabled()

    run_export(qtbot, dialog)  # a later export finishes the job
    assert dialog.report is not None and not dialog.report.cancelled
    assert summary(dialog)["written"] > 30


def test_incomplete_footer_offers_the_settings_dialog(
    qtbot: QtBot, demo_newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    update_profile(demo_newsroom, {"editor": ""})
    dialog = open_dialog(qtbot, demo_newsroom)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    run_export(qtbot, dialog)
    assert "편집인" in dialog.problem_label.text()

    def fill_in_and_save(settings: SiteSettingsDialog) -> int:
        settings.edits["editor"].setText("오세훈")
        settings.accept()
        return int(settings.result())

    monkeypatch.setattr(SiteSettingsDialog, "exec", fill_in_and_save)
    dialog.settings_button.click()
    assert not dialog.problem.isVisible()
    assert get_profile(demo_newsroom).editor == "오세훈"
    run_export(qtbot, dialog)
    assert dialog.report is not None and dialog.report.written > 30
