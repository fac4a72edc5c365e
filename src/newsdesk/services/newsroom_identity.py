"""The newsroom's stable id: which newsroom an OS keyring entry belongs to.

The OS keyring belongs to the OS user, so every data folder (and every shared
PostgreSQL newsroom) opened on the PC sees the same entries. Keys made of a
target's name alone were shared by unrelated newsrooms that happened to pick
the same name (issue 13, item 13). Each newsroom therefore gets a random UUID,
written to its own database the first time it is needed: it travels with the
database (a backup restored, a folder moved or every desk of a shared database
keeps it) and two newsrooms created separately never share it.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError

from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import NewsroomSetting

NEWSROOM_ID = "newsroom_id"


def newsroom_id(newsroom: Newsroom) -> str:
    """This newsroom's id, created on first use.

    Two processes may ask at the same moment on a fresh database: both try to
    insert, the primary key lets one win, and the loser reads the winner's id.
    """
    stored = _read(newsroom)
    if stored is not None:
        return stored
    try:
        with newsroom.db.session() as session:
            session.add(NewsroomSetting(key=NEWSROOM_ID, value=str(uuid.uuid4())))
    except IntegrityError:
        pass  # another process created it first; its id is the one
    stored = _read(newsroom)
    if stored is None:  # the insert committed, or lost to one that did: never expected
        raise RuntimeError("the newsroom id was not stored in the database")
    return stored


def _read(newsroom: Newsroom) -> str | None:
    with newsroom.db.session() as session:
        row = session.get(NewsroomSetting, NEWSROOM_ID)
        return row.value if row is not None else None
