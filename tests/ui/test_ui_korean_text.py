"""The Korean UI is Korean: no English left in what the windows and dialogs show.

Words that stay as they are — names of the program and of formats, keys,
addresses, example values — are listed; anything else in Latin letters is
English that missed a translation (or a translation that kept an English
gloss, like 내 기사 (local)).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog

from .conftest import PersonWindowFactory
from .test_ui_access_keys import _dialog_classes, _factories, _first_article
from .ui_walk import menu_scopes, visible_texts

#: Latin-letter words a Korean newsroom reads as they are.
KEPT = {
    "Newsdesk", "Python", "Qt", "PySide", "Ctrl", "Shift", "Alt", "Enter", "Return", "Esc",
    "Delete", "Del", "Up", "Down", "Tab", "Markdown", "RSS", "URL", "http", "https", "e-mail",
    "mail", "JPEG", "PNG", "WebP", "GIF", "TIFF", "HEIC", "zip", "jpg", "newsdesk", "token",
    "create", "photo", "Asia", "Seoul", "site", "news", "example", "kr", "desk", "tmp", "MB",
    "PC",
}  # fmt: skip
#: Names of formats and file extensions, which the Korean UI writes as they are.
FORMATS = {
    "AVIF", "RAW", "BMP", "XL", "PDF", "ZIP", "SVG", "HTML", "PSD", "MP", "MOV", "WebP",
    "jpeg", "png", "webp", "gif", "tif", "tiff", "heic",
}  # fmt: skip


def _english(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # markup in rich-text labels
    plain = re.sub(r"\S*[/\\]\S*", " ", plain)  # paths and addresses
    plain = re.sub(r"\S+\.(jpg|png|zip|newsdesk)\b", " ", plain)  # file names
    words = re.findall(r"[A-Za-z][A-Za-z-]+", plain)
    return [word for word in words if word not in KEPT]


def test_windows_and_dialogs_show_no_english(
    qtbot: QtBot,
    korean: None,
    person_window: PersonWindowFactory,
    demo_newsroom: Newsroom,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = person_window(demo_newsroom, "오세훈")
    window.open_article(_first_article(window))
    texts = [item for items in menu_scopes(window.menuBar()).values() for item in items]
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    window.editor.find_bar.open_bar(True)
    for index in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        texts += visible_texts(window)
    factories = _factories()
    for name in sorted(_dialog_classes()):
        dialog = factories[name](window, ui_settings, monkeypatch)
        qtbot.addWidget(dialog)
        dialog.show()
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                texts += visible_texts(dialog)
        texts += visible_texts(dialog)
        dialog.close()
    left = sorted({f"{word} in {text!r}" for text in texts for word in _english(text)})
    assert not left, "\n".join(left)


def test_site_settings_problems_are_explained_in_korean(
    qtbot: QtBot, korean: None, newsroom: Newsroom
) -> None:
    dialog = SiteSettingsDialog(newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["base_url"].setText("notaurl")
    dialog.edits["email"].setText("desk-at-news")
    dialog.edits["photo_badge"].setText("사진이 들어 있는 기사")
    problems = dialog.validate()
    assert (
        problems["base_url"] == "http:// 또는 https://로 시작하는 주소여야 합니다 (입력: 'notaurl')"
    )
    assert problems["email"] == "e-mail 주소가 아닙니다: 'desk-at-news'"
    assert problems["photo_badge"] == "8자 이하로 써 주세요 (지금 12자)"


def test_no_translation_keeps_an_english_gloss() -> None:
    """Every finished Korean translation, shown or not yet (a state name, an error), is Korean.

    Catches what a window walk cannot reach without data, like the outbox's states
    once read 대기 중 (queued).
    """
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[2] / "resources/translations/newsdesk_ko.ts"
    left = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [translation.text or ""] + [f.text or "" for f in translation.iter()]
            for text in forms:
                plain = re.sub(r"\(&\w\)|&\w|%\w", " ", text)  # mnemonics, placeholders
                words = [w for w in _english(plain) if w not in FORMATS]
                if words:
                    left.append(f"{context.findtext('name')}: {text!r}")
    assert not left, "\n".join(sorted(set(left)))
