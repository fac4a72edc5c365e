"""The newsroom's people: who can act in the app (reporters, editors, admins).

On a single PC the user picks who they are at start-up; this is the small
use case behind that choice, so the GUI adds people through a service like
every other change.
"""

from __future__ import annotations

from sqlalchemy import select

from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Person, Role

MAX_NAME = 100


class PeopleService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def list(self) -> list[Person]:
        """Active people, by name."""
        with self.newsroom.db.session() as session:
            return list(
                session.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.name))
            )

    def get(self, person_id: int) -> Person | None:
        with self.newsroom.db.session() as session:
            return session.get(Person, person_id)

    def add(self, name: str, role: str) -> Person:
        """A new person; an existing name is refused (names identify people in the CLI)."""
        name = name.strip()
        if not name:
            raise ValidationError("name", "is empty")
        if len(name) > MAX_NAME:
            raise ValidationError("name", f"longer than {MAX_NAME} characters")
        if role not in {r.value for r in Role}:
            raise ValidationError("role", f"unknown role {role!r}")
        with self.newsroom.db.session() as session:
            if session.scalar(select(Person.id).where(Person.name == name)) is not None:
                raise ValidationError("name", f"{name!r} already exists")
            person = Person(name=name, role=role)
            session.add(person)
            session.flush()
            session.refresh(person)
            return person
