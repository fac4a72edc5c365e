"""The article list opens newest first and returns to that order when unsorted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.articles.article_list_model import COLUMN_HEADLINE, COLUMN_NUMBER
from newsdesk.ui.articles.article_list_panel import ArticleListPanel


def _numbers(panel: ArticleListPanel) -> list[int]:
    model = panel.model
    shown = (model.data(model.index(r, COLUMN_NUMBER)) for r in range(model.rowCount()))
    return [int(text) for text in shown if text]


def test_list_starts_newest_first_and_clearing_the_sort_restores_it(
    qtbot: QtBot, demo_newsroom: Newsroom
) -> None:
    panel = ArticleListPanel(ArticleService(demo_newsroom))
    qtbot.addWidget(panel)
    panel.model.reload()
    numbers = _numbers(panel)
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == 27

    panel.table.sortByColumn(COLUMN_HEADLINE, Qt.SortOrder.AscendingOrder)
    assert _numbers(panel) != numbers
    panel.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert _numbers(panel) == numbers
