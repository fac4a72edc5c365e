"""Handlers behind each ``newsdesk`` sub-command (argument parsing lives in cli.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from newsdesk.cli import EXIT_ERROR, EXIT_OK, open_newsroom, print_json
from newsdesk.services.articles import ArticleQuery, ArticleRow, ArticleService
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom

SEOUL = ZoneInfo("Asia/Seoul")


def expected_errors() -> tuple[type[BaseException], ...]:
    """Exception types that mean "the user can fix this", printed as one line."""
    from newsdesk.media.photo_import import PhotoImportError
    from newsdesk.publish.api_errors import ApiError
    from newsdesk.publish.payload import PayloadError
    from newsdesk.publish.static_site import ExportError
    from newsdesk.server.settings import SettingsError
    from newsdesk.server.storage import ServerStorageError
    from newsdesk.server.tokens import TokenError
    from newsdesk.site.errors import IncompleteFooterError
    from newsdesk.store.database import DatabaseError

    return (
        NewsdeskError,
        DatabaseError,
        PhotoImportError,
        IncompleteFooterError,
        ExportError,
        ApiError,
        PayloadError,
        SettingsError,
        ServerStorageError,
        TokenError,
    )


def _open(args: argparse.Namespace) -> Newsroom:
    return open_newsroom(args)


def _local(value: datetime | None) -> str:
    return value.astimezone(SEOUL).isoformat(timespec="seconds") if value else ""


def _row_json(row: ArticleRow) -> dict[str, object]:
    return {
        "id": row.id,
        "number": row.number,
        "status": row.status,
        "headline": row.headline,
        "section": row.section_name,
        "byline": row.byline,
        "updated_at": _local(row.updated_at),
        "published_at": _local(row.published_at),
        "has_photo": row.has_photo,
        "view_count": row.view_count,
    }


def _print_rows(rows: list[ArticleRow], as_json: bool) -> None:
    if as_json:
        print_json([_row_json(row) for row in rows])
        return
    for row in rows:
        number = f"no.{row.number}" if row.number else "-"
        photo = " [사진]" if row.has_photo else ""
        when = (row.published_at or row.updated_at).astimezone(SEOUL).strftime("%Y-%m-%d %H:%M")
        print(
            f"{number:>8}  {row.status:<11} {when}  {row.section_name:<5} "
            f"{row.headline}{photo}  ({row.byline})  {row.id[:8]}"
        )


def cmd_demo(args: argparse.Namespace) -> int:
    from newsdesk.services.demo import build_demo

    newsroom = _open(args)
    try:
        count = build_demo(newsroom)
    finally:
        newsroom.close()
    print(f"demo newsroom created in {newsroom.data_dir}: {count} articles")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from newsdesk.services.importing import MarkdownImporter
    from newsdesk.store.storage_errors import DiskFullError

    newsroom = _open(args)
    failed = 0
    try:
        importer = MarkdownImporter(newsroom)
        for path in args.files:
            try:
                article = importer.import_file(path)
            except DiskFullError:
                raise  # the next file would not fit either: one line, exit 1 (cli.main)
            except NewsdeskError as exc:
                failed += 1
                print(f"newsdesk: error: {exc}", file=sys.stderr)
                continue
            print(f"imported {path} -> {article.id} ({article.status})")
    finally:
        newsroom.close()
    done = len(args.files) - failed
    print(f"{done} imported, {failed} failed")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    newsroom = _open(args)
    try:
        query = ArticleQuery(statuses=tuple(args.status or ()))
        _print_rows(ArticleService(newsroom).rows(query, limit=args.limit), args.json)
    finally:
        newsroom.close()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    newsroom = _open(args)
    try:
        rows = ArticleService(newsroom).rows(ArticleQuery(text=args.term), limit=args.limit)
    finally:
        newsroom.close()
    _print_rows(rows, args.json)
    if not rows and not args.json:
        print(f"no articles match {args.term!r}", file=sys.stderr)
    return EXIT_OK


def cmd_site(args: argparse.Namespace) -> int:
    from newsdesk.services.site_profile import PROFILE_FIELDS, profile_values, update_profile

    newsroom = _open(args)
    try:
        if args.site_command == "set":
            update_profile(newsroom, {args.field: args.value})
        values = profile_values(newsroom)
    finally:
        newsroom.close()
    width = max(len(name) for name in PROFILE_FIELDS)
    for name, label in PROFILE_FIELDS.items():
        value = values[name]
        print(f"{name:<{width}}  {value if value != '' else '(비어 있음)'}  — {label}")
    missing = [
        label
        for name, label in PROFILE_FIELDS.items()
        if name in _footer_fields() and not str(values[name]).strip()
    ]
    if missing:
        print(f"missing legal footer fields: {', '.join(missing)}", file=sys.stderr)
    return EXIT_OK


def _footer_fields() -> set[str]:
    from newsdesk.services.site_profile import FOOTER_FIELDS

    return set(FOOTER_FIELDS)


def cmd_export(args: argparse.Namespace) -> int:
    from newsdesk.services.export import SiteExportService

    newsroom = _open(args)
    try:
        service = SiteExportService(newsroom)
        report = service.run(args.out_dir)
    finally:
        newsroom.close()
    print(
        f"exported to {report.out_dir}: {report.written} written, {report.unchanged} unchanged, "
        f"{report.removed} removed, {report.copied} photos copied"
    )
    for line in report.skipped:  # the rest of the site was written
        print(f"  skipped: {line}", file=sys.stderr)
    return EXIT_OK


def _more_commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    from newsdesk.cli_backup import BACKUP_COMMANDS
    from newsdesk.cli_outbox import OUTBOX_COMMANDS
    from newsdesk.cli_workflow import WORKFLOW_COMMANDS
    from newsdesk.server.cli import SERVER_COMMANDS

    return {**WORKFLOW_COMMANDS, **OUTBOX_COMMANDS, **SERVER_COMMANDS, **BACKUP_COMMANDS}


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    **_more_commands(),
    "demo": cmd_demo,
    "import": cmd_import,
    "list": cmd_list,
    "search": cmd_search,
    "site": cmd_site,
    "export": cmd_export,
}
