"""Autosave: store, replace, pending after a 'crash', discard."""

from __future__ import annotations

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.autosave import AutosaveService
from newsdesk.services.newsroom import Newsroom


def test_store_replace_pending_discard(newsroom: Newsroom) -> None:
    autosave = AutosaveService(newsroom)
    article = ArticleService(newsroom).create(ArticleFields(headline="저장된 제목"))
    autosave.store(
        "editor-1", ArticleFields(headline="새 초안", body="가"), article_id=None, base_version=None
    )
    autosave.store(
        "editor-2",
        ArticleFields(headline="고친 제목", tags=["교육"]),
        article_id=article.id,
        base_version=1,
    )
    autosave.store(
        "editor-1",
        ArticleFields(headline="새 초안", body="가나다"),
        article_id=None,
        base_version=None,
    )
    pending = {draft.editor_key: draft for draft in autosave.pending()}
    assert set(pending) == {"editor-1", "editor-2"}
    assert pending["editor-1"].fields.body == "가나다"
    assert pending["editor-1"].article_id is None
    assert pending["editor-2"].headline_in_db == "저장된 제목"
    assert pending["editor-2"].fields.tags == ["교육"]
    assert pending["editor-2"].base_version == 1
    assert autosave.pending()[0].editor_key == "editor-1"  # newest first

    # Autosave never touches the article itself.
    stored = ArticleService(newsroom).get(article.id)
    assert (stored.headline, stored.version) == ("저장된 제목", 1)

    autosave.discard("editor-1")
    assert [d.editor_key for d in autosave.pending()] == ["editor-2"]


def test_autosave_survives_reopening_the_data_folder(
    newsroom: Newsroom, database_url: str | None
) -> None:
    AutosaveService(newsroom).store(
        "editor-x", ArticleFields(headline="정전 직전"), article_id=None, base_version=None
    )
    newsroom.close()
    reopened = Newsroom.open(newsroom.data_dir, database_url=database_url)
    try:
        (draft,) = AutosaveService(reopened).pending()
        assert draft.fields.headline == "정전 직전"
    finally:
        reopened.close()


def test_autosave_goes_with_a_purged_article(newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    article = service.create(ArticleFields(headline="지울 기사"))
    autosave = AutosaveService(newsroom)
    autosave.store("e", ArticleFields(headline="x"), article_id=article.id, base_version=1)
    service.trash(article.id)
    service.purge(article.id)
    assert autosave.pending() == []
