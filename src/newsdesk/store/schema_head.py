"""Is a database already at the newest schema? Answered without loading Alembic.

Importing Alembic costs ~0.15 s (it pulls in Mako and Pygments), and on almost
every start the database is already up to date. This module reads the head
revision straight from the shipped migration scripts and the database's
``alembic_version`` row; only when both are certain and equal does
:func:`~newsdesk.store.database.open_database` skip Alembic. Anything unusual
(a branch, a merge, a script written another way, no version table) answers
"unknown" and Alembic decides, exactly as before.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"

_QUOTED = r"""["']([^"']+)["']"""
_REVISION = re.compile(rf"^revision(?:\s*:[^=\n]+)?\s*=\s*{_QUOTED}\s*$", re.MULTILINE)
_DOWN = re.compile(rf"^down_revision(?:\s*:[^=\n]+)?\s*=\s*(?:None|{_QUOTED})\s*$", re.MULTILINE)
_PLAIN = re.compile(r"^(branch_labels|depends_on)(?:\s*:[^=\n]+)?\s*=\s*None\s*$", re.MULTILINE)
_NAMED = re.compile(r"^(?:revision|down_revision|branch_labels|depends_on)\b", re.MULTILINE)


def scripted_head(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The single head of a linear chain of migration scripts; None when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted(versions_dir.glob("*.py")):
        if script.name.startswith("__"):
            continue
        source = script.read_text(encoding="utf-8")
        revision = _REVISION.findall(source)
        down = _DOWN.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        # Every top-level assignment of these names must be one of the plain forms above.
        if len(_NAMED.findall(source)) != 2 + len(_PLAIN.findall(source)):
            return None
        if revision[0] in revisions:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return heads.pop()


def is_at_head(engine: Engine) -> bool:
    """True only when the database certainly records the scripts' head revision."""
    head = scripted_head()
    if head is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [row[0] for row in stored] == [head]
