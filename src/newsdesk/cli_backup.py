"""``newsdesk backup FILE`` and ``newsdesk restore FILE``: the GUI's backups, scriptable.

``backup`` reads the data folder (``--data``) without opening it through
SQLAlchemy, so backing up a newsroom from an older Newsdesk never upgrades
it first. ``restore`` writes into ``--data``, which must be empty. Problems
(a damaged archive, a non-empty folder) are :class:`BackupError`, printed as
one line by cli.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsdesk.cli import EXIT_OK
from newsdesk.cli_workflow import WORKFLOW_COMMANDS
from newsdesk.paths import resolve_data_dir
from newsdesk.services.backup import create_backup
from newsdesk.services.backup_format import BACKUP_SUFFIX, BackupError
from newsdesk.services.backup_restore import restore_backup


def add_backup_commands(commands: Any) -> None:
    """Register ``backup`` on cli.py's parser.

    ``restore`` already restores revisions (cli_workflow.py); its argument
    names a backup when it is a file or ends in ``.zip`` (see
    :func:`restore_revision_or_backup`), which a revision id never does.
    """
    backing = commands.add_parser(
        "backup", help="write one archive of the database and photos (safe while the app runs)"
    )
    backing.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="archive to write (.zip); a folder gets a dated name",
    )


def megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"


def _summary(counts: dict[str, int]) -> str:
    return (
        f"{counts.get('articles', 0)} articles, {counts.get('photos', 0)} photos, "
        f"{counts.get('revisions', 0)} revisions, {counts.get('comments', 0)} comments"
    )


def _refuse_database_url(args: argparse.Namespace, command: str) -> None:
    if args.database_url:
        raise BackupError(
            Path(args.database_url),
            f"`newsdesk {command}` works on a data folder's SQLite database; "
            "back up a database server with its own tools",
        )


def cmd_backup(args: argparse.Namespace) -> int:
    _refuse_database_url(args, "backup")
    report = create_backup(resolve_data_dir(args.data), args.file)
    print(
        f"backup written to {report.path}: {_summary(report.counts)} "
        f"({megabytes(report.size)}, {report.seconds:.1f} s)"
    )
    for sha in report.missing:
        print(f"newsdesk: warning: photo {sha} has no original in the photo store", file=sys.stderr)
    return EXIT_OK


def is_backup_argument(value: str) -> bool:
    """``restore ARG``: a backup file rather than a revision id?"""
    return value.lower().endswith(BACKUP_SUFFIX) or Path(value).expanduser().is_file()


def restore_revision_or_backup(args: argparse.Namespace) -> int:
    """``newsdesk restore``: a backup FILE, else (cli_workflow.py) a revision."""
    if is_backup_argument(args.revision):
        return cmd_restore(args, Path(args.revision))
    return WORKFLOW_COMMANDS["restore"](args)


def cmd_restore(args: argparse.Namespace, archive: Path) -> int:
    """Restore ``archive`` into the (empty) data folder; never opens it before."""
    _refuse_database_url(args, "restore")
    data_dir = resolve_data_dir(args.data)
    report = restore_backup(archive, data_dir)
    manifest = report.manifest
    print(f"restored {archive} (made {manifest.created_at}) into {report.data_dir}")
    print(f"  {_summary(report.counts)}; integrity_check ok")
    if report.upgraded:
        before, after = manifest.schema_revision, report.schema_revision
        print(f"  database upgraded from schema {before} to {after}")
    if report.regenerated:
        print(f"  derivatives regenerated for {report.regenerated} photo(s)")
    for problem in report.problems:
        print(f"newsdesk: warning: {problem}", file=sys.stderr)
    print(f"open it with: newsdesk --data {report.data_dir}")
    return EXIT_OK


BACKUP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "restore": restore_revision_or_backup,
}
