"""The ``newsdesk`` command: the GUI's services, scriptable.

Expected problems (bad input, missing footer fields, unreadable files) print
one line to stderr and exit 1; only bugs show a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk import __version__
from newsdesk.paths import resolve_data_dir

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import ArticleStatus


def add_more_commands(commands: Any) -> None:
    """Sub-commands defined beside their handlers (workflow, server publishing, server)."""
    from newsdesk.cli_backup import add_backup_commands
    from newsdesk.cli_outbox import add_outbox_commands
    from newsdesk.cli_workflow import add_workflow_commands
    from newsdesk.server.cli import add_server_commands

    add_workflow_commands(commands)
    add_outbox_commands(commands)
    add_server_commands(commands)
    add_backup_commands(commands)


EXIT_OK = 0
EXIT_ERROR = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk — a newsroom editor. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument(
        "--data", metavar="DIR", help="data folder (default: $NEWSDESK_DATA, else the user folder)"
    )
    parser.add_argument(
        "--as", dest="as_user", metavar="NAME", help="act as this person (default: $NEWSDESK_USER)"
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use this SQLAlchemy URL instead of the data folder's SQLite file",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="fill an empty data folder with a sample Korean newsroom")

    importing = commands.add_parser("import", help="import Markdown files with YAML front matter")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.md")

    listing = commands.add_parser("list", help="list articles, newest first")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    statuses = [status.value for status in ArticleStatus]
    listing.add_argument(
        "--status",
        action="append",
        choices=statuses,
        metavar="STATUS",
        help=f"only this status (repeatable): {', '.join(statuses)}",
    )
    listing.add_argument("--limit", type=int, default=100)

    searching = commands.add_parser("search", help="search headlines and bodies (Korean-aware)")
    searching.add_argument("term")
    searching.add_argument("--json", action="store_true")
    searching.add_argument("--limit", type=int, default=50)

    site = commands.add_parser("site", help="show or change the site profile and legal footer")
    site_commands = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    site_commands.add_parser("show", help="print every field")
    setting = site_commands.add_parser("set", help="change one field")
    setting.add_argument("field")
    setting.add_argument("value")

    publishing = commands.add_parser(
        "publish", help="publish articles by number or id (editors; checks run first)"
    )
    publishing.add_argument("articles", nargs="*", metavar="ARTICLE")
    publishing.add_argument("--yes", action="store_true", help="confirm check warnings")
    publishing.add_argument(
        "--target",
        metavar="NAME",
        help="send to this publish target's server instead (default: every published article)",
    )
    unpublishing = commands.add_parser("unpublish", help="take articles off the site (editors)")
    unpublishing.add_argument("articles", nargs="+")
    add_more_commands(commands)

    export = commands.add_parser("export", help="write the public site")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    html = export_kinds.add_parser("html", help="static HTML site into a folder")
    html.add_argument("out_dir", type=Path, metavar="OUTDIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `newsdesk FILE.newsdesk` (how a file manager opens a hand-off file): the GUI imports it.
    if argv and argv[0].lower().endswith(".newsdesk") and Path(argv[0]).is_file():
        return _run_gui(_parser().parse_args(argv[1:]), [Path(argv[0])])
    args = _parser().parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    from newsdesk.cli_commands import COMMANDS, expected_errors

    handler: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    try:
        return handler(args)
    except expected_errors() as exc:
        print(f"newsdesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _run_gui(args: argparse.Namespace, open_files: list[Path] | None = None) -> int:
    try:
        from newsdesk.ui.app.startup import run_gui
    except ImportError as exc:
        print(f"newsdesk: error: the desktop app cannot start ({exc})", file=sys.stderr)
        return EXIT_ERROR
    return run_gui(
        resolve_data_dir(args.data), database_url=args.database_url, open_files=open_files or []
    )


def open_newsroom(args: argparse.Namespace) -> Newsroom:
    """The newsroom the command works on; says where the pre-upgrade copy went, if one was made."""
    from newsdesk.services.newsroom import Newsroom

    newsroom = Newsroom.open(resolve_data_dir(args.data), database_url=args.database_url)
    if newsroom.db.upgrade_backup is not None:
        print(
            "newsdesk: the database was upgraded for this version; the copy from before is "
            f"{newsroom.db.upgrade_backup}",
            file=sys.stderr,
        )
    return newsroom


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
