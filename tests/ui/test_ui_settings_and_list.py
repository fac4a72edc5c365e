"""Window settings round-trip, language choice, and the list panel's search and filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.i18n import LANGUAGE_KEY, effective_language, install_translators
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.articles.article_list_model import ARTICLE_ID_ROLE, STATUS_ROLE

TypeText = Callable[[QWidget, str], None]
WindowFactory = Callable[[Newsroom], MainWindow]


def test_geometry_splitter_and_last_article_round_trip(
    demo_newsroom: Newsroom, make_window: WindowFactory, ui_settings: QSettings
) -> None:
    first = make_window(demo_newsroom)
    first.resize(777, 555)
    first.splitter.setSizes([250, 260, 250])
    sizes = first.splitter.sizes()
    article_id = first.list_panel.model.article_id(3) or ""
    first.open_article(article_id)
    first.close()  # closeEvent writes the settings
    assert ui_settings.value("window/last_article") == article_id

    second = make_window(demo_newsroom)
    assert second.current_article_id == article_id
    assert (second.width(), second.height()) == (777, 555)
    assert second.splitter.sizes() == sizes
    assert second.list_panel.table.selectionModel().selectedRows()[0].row() == 3


def test_language_setting(ui_settings: QSettings) -> None:
    korean, english = QLocale(QLocale.Language.Korean), QLocale(QLocale.Language.English)
    assert effective_language(ui_settings, korean) == "ko"
    assert effective_language(ui_settings, english) == "en"
    ui_settings.setValue(LANGUAGE_KEY, "en")
    assert effective_language(ui_settings, korean) == "en"
    ui_settings.setValue(LANGUAGE_KEY, "ko")
    assert effective_language(ui_settings, english) == "ko"


def test_korean_translation_is_complete_enough_to_load(qapp: QApplication) -> None:
    translators = install_translators(qapp, "ko")
    try:
        assert translators, "newsdesk_ko.qm did not load"
        assert QApplication.translate("MainWindow", "&Save") != "&Save"
        assert QApplication.translate("ArticleListModel", "Headline") == "제목"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_search_box_filters_as_you_type(
    qtbot: QtBot, demo_window: MainWindow, type_text: TypeText
) -> None:
    panel = demo_window.list_panel
    assert panel.model.rowCount() == 30
    type_text(panel.search_box, "교육")
    service = ArticleService(demo_window.newsroom)
    expected = {row.id for row in service.rows(ArticleQuery(text="교육"), limit=500)}
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected), timeout=2000)
    shown = {panel.model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(panel.model.rowCount())}
    assert shown == expected
    panel.search_box.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 30, timeout=2000)


def test_status_and_section_filters(demo_window: MainWindow) -> None:
    panel = demo_window.list_panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("draft"))
    model = panel.model
    assert 0 < model.rowCount() < 30
    assert {model.index(r, 0).data(STATUS_ROLE) for r in range(model.rowCount())} == {"draft"}
    panel.status_filter.setCurrentIndex(0)
    panel.section_filter.setCurrentIndex(1)
    section_id = panel.section_filter.currentData()
    expected = ArticleService(demo_window.newsroom).count(ArticleQuery(section_id=section_id))
    assert model.rowCount() == expected


def test_selecting_a_row_opens_the_article(demo_window: MainWindow) -> None:
    table = demo_window.list_panel.table
    table.selectRow(5)
    article_id = demo_window.list_panel.model.article_id(5)
    assert demo_window.current_article_id == article_id
    saved = ArticleService(demo_window.newsroom).get(article_id or "")
    assert demo_window.editor.headline.text() == saved.headline
    assert demo_window.editor.body.toPlainText() == saved.body
    assert not demo_window.autosave.dirty
