"""What a hand-off file may change on the receiving PC: never anyone's role, and
never a live (published, scheduled, approved…) article in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.services.handoff_files import with_manifest

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.handoff import export_handoff, import_handoff
from newsdesk.services.importing import person_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Person, Role


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    yield room
    room.close()


def _roles(room: Newsroom) -> dict[str, str]:
    with room.db.session() as session:
        return {p.name: p.role for p in session.scalars(select(Person))}


def _written_by(room: Newsroom, name: str, role: Role, headline: str) -> str:
    with room.db.session() as session:
        author_id = person_named(session, name, role).id
    return ArticleService(room).create(ArticleFields(headline=headline, author_id=author_id)).id


def test_unknown_author_arrives_as_a_reporter_whatever_the_file_says(
    newsroom: Newsroom, other: Newsroom, tmp_path: Path
) -> None:
    ids = [
        _written_by(newsroom, "관리자", Role.ADMIN, "관리자가 쓴 기사"),
        _written_by(newsroom, "편집장", Role.EDITOR, "편집장이 쓴 기사"),
    ]
    result = import_handoff(other, export_handoff(newsroom, ids, tmp_path / "a.newsdesk").path)
    assert result.added == ids
    assert _roles(other) == {"관리자": "reporter", "편집장": "reporter"}


def test_a_forged_role_changes_nobody(newsroom: Newsroom, other: Newsroom, tmp_path: Path) -> None:
    article_id = _written_by(newsroom, "김민수", Role.REPORTER, "기자 기사")
    with other.db.session() as session:
        person_named(session, "김민수", Role.REPORTER)
        person_named(session, "이데스크", Role.EDITOR)
    sent = export_handoff(newsroom, [article_id], tmp_path / "a.newsdesk").path

    def promote(manifest: dict[str, Any]) -> None:  # the role is not part of the content hash
        manifest["articles"][0]["author"]["role"] = "admin"

    import_handoff(other, with_manifest(sent, tmp_path / "승격.newsdesk", promote))
    assert _roles(other) == {"김민수": "reporter", "이데스크": "editor"}
