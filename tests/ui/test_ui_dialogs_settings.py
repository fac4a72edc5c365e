"""Site settings dialog: round-trip through the database, validation next to the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import FOOTER_FIELDS, get_profile
from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog


def open_dialog(qtbot: QtBot, newsroom: Newsroom) -> SiteSettingsDialog:
    dialog = SiteSettingsDialog(newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_round_trip(qtbot: QtBot, newsroom: Newsroom) -> None:
    dialog = open_dialog(qtbot, newsroom)
    assert set(dialog.missing_fields()) == set(FOOTER_FIELDS.values())
    assert "제호" in dialog.missing_note.text()
    values = {
        "name": "시흥타임즈",
        "base_url": "https://news.example.kr",
        "masthead": "시흥타임즈",
        "registration_number": "경기 아 51234",
        "registration_date": "2020년 3월 2일",
        "publisher": "홍길동",
        "editor": "김편집",
        "youth_protection_officer": "이보호",
        "address": "경기도 시흥시 시청로 20",
        "phone": "031-000-0000",
        "email": "desk@news.example.kr",
    }
    for name, value in values.items():
        dialog.edits[name].setText(value)
    dialog.page_size.setValue(30)
    assert dialog.missing_fields() == []
    assert not dialog.missing_note.isVisible()
    dialog.accept()
    assert dialog.result() == SiteSettingsDialog.DialogCode.Accepted

    profile = get_profile(newsroom)
    assert profile.base_url == "https://news.example.kr/"
    assert profile.list_page_size == 30
    assert profile.youth_protection_officer == "이보호"

    again = open_dialog(qtbot, newsroom)
    assert again.edits["name"].text() == "시흥타임즈"
    assert again.edits["base_url"].text() == "https://news.example.kr/"
    assert again.edits["address"].text() == "경기도 시흥시 시청로 20"
    assert again.page_size.value() == 30


def test_invalid_values_stay_in_the_open_dialog(qtbot: QtBot, newsroom: Newsroom) -> None:
    before = get_profile(newsroom)
    dialog = open_dialog(qtbot, newsroom)
    dialog.edits["name"].setText("바뀐 이름")
    dialog.edits["base_url"].setText("news.example.kr")
    dialog.edits["email"].setText("desk-at-example")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != SiteSettingsDialog.DialogCode.Accepted
    assert dialog.errors["base_url"].isVisible()
    assert "http" in dialog.errors["base_url"].text()
    assert "e-mail" in dialog.errors["email"].text()
    assert not dialog.errors["name"].isVisible()
    after = get_profile(newsroom)
    assert (after.name, after.base_url) == (before.name, before.base_url)

    dialog.edits["base_url"].setText("https://ok.example.kr/")
    dialog.edits["email"].setText("")
    dialog.accept()
    assert not dialog.errors["base_url"].isVisible()
    assert get_profile(newsroom).name == "바뀐 이름"


def test_legal_field_labels_keep_the_korean_term(qtbot: QtBot, newsroom: Newsroom) -> None:
    dialog = open_dialog(qtbot, newsroom)
    dialog.edits["masthead"].setText("")
    assert "background" in dialog.edits["masthead"].styleSheet()
    dialog.edits["masthead"].setText("시흥타임즈")
    assert dialog.edits["masthead"].styleSheet() == ""
    assert "제호" not in dialog.missing_note.text()
    assert dialog.edits["youth_protection_officer"].accessibleName() == "청소년보호책임자"


def test_browse_fills_the_export_folder(
    qtbot: QtBot, newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = open_dialog(qtbot, newsroom)
    dialog.browse_button.click()
    assert dialog.edits["export_dir"].text() == str(tmp_path)
    dialog.accept()
    assert get_profile(newsroom).export_dir == str(tmp_path)


def test_photo_badge_is_edited_with_the_site(qtbot: QtBot, newsroom: Newsroom) -> None:
    from newsdesk.services.site_profile import profile_values

    dialog = open_dialog(qtbot, newsroom)
    assert dialog.edits["photo_badge"].text() == "사진"  # the default, shown to change
    dialog.edits["photo_badge"].setText("포토")
    assert dialog.validate().get("photo_badge") is None
    update = dialog.values()
    assert update["photo_badge"] == "포토"
    dialog.edits["photo_badge"].setText("사진이 있는 기사입니다")
    assert "photo_badge" in dialog.validate()
    dialog.edits["photo_badge"].setText("포토")
    for name in ("masthead", "registration_number", "publisher", "editor"):
        dialog.edits[name].setText("값")
    dialog.accept()
    assert profile_values(newsroom)["photo_badge"] == "포토"
    again = open_dialog(qtbot, newsroom)
    assert again.edits["photo_badge"].text() == "포토"
