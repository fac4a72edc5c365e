"""Store: the Alembic-free "already at head?" check used when a database opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsdesk.store.database import open_database
from newsdesk.store.migrate import head_revision
from newsdesk.store.schema_head import is_at_head, scripted_head


def test_scripted_head_is_alembics_head() -> None:
    assert scripted_head() == head_revision()


def _script(folder: Path, name: str, revision: str, down: str) -> None:
    (folder / name).write_text(
        f'revision = "{revision}"\ndown_revision = {down}\nbranch_labels = None\n'
        "depends_on = None\n",
        encoding="utf-8",
    )


def test_unusual_scripts_answer_unknown(tmp_path: Path) -> None:
    _script(tmp_path, "a.py", "a", "None")
    _script(tmp_path, "b.py", "b", '"a"')
    assert scripted_head(tmp_path) == "b"
    _script(tmp_path, "c.py", "c", '"a"')  # a branch: two heads
    assert scripted_head(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')  # a merge
    assert scripted_head(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = "b"\ndepends_on = "a"\n')
    assert scripted_head(tmp_path) is None


def test_fresh_and_reopened_databases(tmp_path: Path) -> None:
    db = open_database(tmp_path / "data")
    try:
        assert is_at_head(db.engine)
    finally:
        db.dispose()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    open_database(tmp_path / "data").dispose()
    code = (
        "import sys; from pathlib import Path; "
        "from newsdesk.store.database import open_database; "
        f"open_database(Path({str(tmp_path / 'data')!r})).dispose(); "
        "assert 'alembic' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
