"""Two saves of one article at the same moment: one wins, the other gets the conflict message.

Both saves are held at their flush until both have passed the version check,
which is the race that used to surface as a raw ``StaleDataError``.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import event

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ConflictError, NewsdeskError
from newsdesk.services.newsroom import Newsroom


def _race(newsroom: Newsroom, article_id: str, version: int) -> list[object]:
    both_checked = threading.Barrier(2, timeout=10)
    held: set[int] = set()

    def hold_first_flush(session: Any, _context: Any, _instances: Any) -> None:
        ident = threading.get_ident()
        if ident not in held:  # only the article's flush; later flushes go straight on
            held.add(ident)
            both_checked.wait()

    event.listen(newsroom.db._sessions, "before_flush", hold_first_flush)
    results: list[object] = [None, None]

    def save(slot: int) -> None:
        fields = ArticleFields(headline=f"동시 저장 {slot}", body=f"{slot}번 기자의 문장")
        try:
            results[slot] = ArticleService(newsroom).save(
                article_id, fields, expected_version=version
            )
        except Exception as exc:
            results[slot] = exc

    threads = [threading.Thread(target=save, args=(slot,)) for slot in (0, 1)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        event.remove(newsroom.db._sessions, "before_flush", hold_first_flush)
    return results


@pytest.mark.parametrize("trial", range(5))
def test_simultaneous_saves_one_wins_one_gets_a_conflict(newsroom: Newsroom, trial: int) -> None:
    service = ArticleService(newsroom)
    article = service.create(ArticleFields(headline="원래 제목", body="원래 문장"))

    results = _race(newsroom, article.id, article.version)

    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1, results
    assert isinstance(errors[0], ConflictError), repr(errors[0])
    assert isinstance(errors[0], NewsdeskError)  # the CLI prints it as one line
    assert errors[0].article_id == article.id
    winner = next(r for r in results if not isinstance(r, Exception))
    stored = service.get(article.id)
    assert stored.version == article.version + 1
    assert stored.headline == winner.headline  # type: ignore[attr-defined]
