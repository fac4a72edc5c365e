"""Shared setup for service tests that work on a copy of the demo newsroom."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Person


def person_id(newsroom: Newsroom, name: str) -> int:
    """The id of a demo person by name (the demo's names are fixed)."""
    with newsroom.db.session() as session:
        found = session.scalar(select(Person.id).where(Person.name == name))
    assert found is not None, name
    return found


@pytest.fixture
def room(demo_newsroom: Newsroom) -> Newsroom:
    """A private copy of the demo newsroom, under the short name these tests use."""
    return demo_newsroom
