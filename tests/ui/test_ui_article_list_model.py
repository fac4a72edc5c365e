"""The article list model, driven through data()/rowCount() without any window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from newsdesk.services.articles import ArticleFields, ArticleQuery, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.articles.article_list_model import (
    ARTICLE_ID_ROLE,
    COLUMN_COUNT,
    COLUMN_HEADLINE,
    COLUMN_NUMBER,
    COLUMN_PHOTO,
    COLUMN_SECTION,
    COLUMN_STATUS,
    ROW_ROLE,
    SORT_ROLE,
    STATUS_ROLE,
    ArticleListModel,
)


def _headlines(model: ArticleListModel) -> list[str]:
    return [model.index(row, COLUMN_HEADLINE).data() for row in range(model.rowCount())]


def test_first_page_only_then_fetch_more(qapp: QApplication, demo_newsroom: Newsroom) -> None:
    service = ArticleService(demo_newsroom)
    model = ArticleListModel(service, page_size=7)
    model.reload()
    assert model.rowCount() == 7
    assert model.columnCount() == COLUMN_COUNT
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == service.count() == 30
    ids = [model.index(row, 0).data(ARTICLE_ID_ROLE) for row in range(model.rowCount())]
    assert len(set(ids)) == 30  # no page fetched twice


def test_data_roles(qapp: QApplication, newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    section = service.sections()[0] if service.sections() else None
    article = service.create(
        ArticleFields(headline="시흥시 교육청 발표", section_id=section.id if section else None)
    )
    model = ArticleListModel(service)
    model.reload()
    assert model.rowCount() == 1
    assert model.index(0, COLUMN_HEADLINE).data() == "시흥시 교육청 발표"
    assert model.index(0, COLUMN_STATUS).data() == "Draft"
    assert model.index(0, COLUMN_STATUS).data(STATUS_ROLE) == "draft"
    assert model.index(0, COLUMN_NUMBER).data() == ""
    assert model.index(0, COLUMN_PHOTO).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, COLUMN_HEADLINE).data(ARTICLE_ID_ROLE) == article.id
    assert model.index(0, COLUMN_HEADLINE).data(ROW_ROLE).id == article.id
    assert model.headerData(COLUMN_HEADLINE, Qt.Orientation.Horizontal) == "Headline"
    assert model.row_of(article.id) == 0


def test_untitled_article_has_a_label(qapp: QApplication, newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    service.create(ArticleFields())
    model = ArticleListModel(service)
    model.reload()
    assert model.index(0, COLUMN_HEADLINE).data() == "(untitled)"


def test_search_query_uses_core_search(qapp: QApplication, demo_newsroom: Newsroom) -> None:
    service = ArticleService(demo_newsroom)
    model = ArticleListModel(service)
    model.set_query(ArticleQuery(text="교육"))
    expected = {row.id for row in service.rows(ArticleQuery(text="교육"), limit=1000)}
    found = {model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())}
    assert found == expected
    assert 0 < len(found) < 30


def test_status_and_section_filters(qapp: QApplication, demo_newsroom: Newsroom) -> None:
    service = ArticleService(demo_newsroom)
    model = ArticleListModel(service)
    model.set_query(ArticleQuery(statuses=("draft",)))
    statuses = {model.index(r, 0).data(STATUS_ROLE) for r in range(model.rowCount())}
    assert statuses == {"draft"}
    section = service.sections()[0]
    model.set_query(ArticleQuery(section_id=section.id))
    names = {model.index(r, COLUMN_SECTION).data() for r in range(model.rowCount())}
    assert names == {section.name}


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_number(qapp: QApplication, demo_newsroom: Newsroom, order: Qt.SortOrder) -> None:
    model = ArticleListModel(ArticleService(demo_newsroom))
    model.reload()
    model.sort(COLUMN_NUMBER, order)
    keys = [model.index(r, COLUMN_NUMBER).data(SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
