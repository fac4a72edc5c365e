"""Trash dialog: restore, delete permanently, empty the trash."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from newsdesk.services.articles import ArticleFields, ArticleQuery, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.articles.trash_dialog import ID_ROLE, TrashDialog


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_restore_delete_and_empty(
    qtbot: QtBot, newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ArticleService(newsroom)
    ids = [service.create(ArticleFields(headline=f"삭제할 기사 {n}")).id for n in range(4)]
    for article_id in ids[:3]:
        service.trash(article_id)
    dialog = TrashDialog(newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 3
    assert not dialog.restore_button.isEnabled()

    def select(article_id: str) -> None:
        dialog.tree.clearSelection()
        for index in range(dialog.tree.topLevelItemCount()):
            item = dialog.tree.topLevelItem(index)
            item.setSelected(item.data(0, ID_ROLE) == article_id)

    select(ids[0])
    assert dialog.selected_ids() == [ids[0]]
    with qtbot.waitSignal(dialog.restored) as blocker:
        dialog.restore_button.click()
    assert blocker.args == [ids[0]]
    assert service.get(ids[0]).deleted_at is None
    assert dialog.tree.topLevelItemCount() == 2

    select(ids[1])
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.delete_button.click()
    assert service.count(ArticleQuery(trashed=True)) == 2
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert service.count(ArticleQuery(trashed=True)) == 1
    assert dialog.tree.topLevelItemCount() == 1

    dialog.empty_button.click()
    assert service.count(ArticleQuery(trashed=True)) == 0
    assert dialog.tree.topLevelItemCount() == 0
    assert not dialog.empty_button.isEnabled()
    assert service.count() == 2  # the restored one and the one never trashed
