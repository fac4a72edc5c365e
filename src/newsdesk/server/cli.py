"""``newsdesk serve``, ``newsdesk token`` and ``newsdesk serve-config``.

Registered into the main parser by :func:`add_server_commands`; handlers are in
:data:`SERVER_COMMANDS`. Only ``serve`` needs FastAPI/uvicorn (the ``server``
extra) — tokens and settings can be prepared on a machine without them.
Problems print one line and exit 1, like every other newsdesk command.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from newsdesk.server.settings import (
    ALL_FIELDS,
    SettingsError,
    load_settings,
    require_servable,
    save_settings,
    with_field,
)
from newsdesk.server.storage import ServerStorageError, ServerStore, resolve_server_dir
from newsdesk.server.tokens import SCOPES, TokenError, create_token, list_tokens, revoke_token

EXIT_OK = 0
EXIT_ERROR = 1
_EXPECTED = (SettingsError, ServerStorageError, TokenError)


def _add_location(parser: argparse.ArgumentParser, *, database: bool = True) -> None:
    parser.add_argument(
        "--server-data",
        metavar="DIR",
        help="server data folder (default: $NEWSDESK_SERVER_DATA, else <user data>/server)",
    )
    if database:
        parser.add_argument(
            "--database-url",
            dest="server_database_url",
            metavar="URL",
            help="SQLAlchemy URL of the server database (default: SQLite in the data folder)",
        )


def add_server_commands(commands: Any) -> None:
    """Add the server's sub-commands to the main parser's sub-parsers."""
    serve = commands.add_parser("serve", help="run the reference site server (API + site)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    _add_location(serve)

    token = commands.add_parser("token", help="create, list or revoke server API tokens")
    token_commands = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    creating = token_commands.add_parser("create", help="make a token (printed once)")
    creating.add_argument("name")
    creating.add_argument("--scope", choices=SCOPES, default="write")
    _add_location(creating)
    _add_location(token_commands.add_parser("list", help="names, scopes and last use"))
    revoking = token_commands.add_parser("revoke", help="delete a token")
    revoking.add_argument("name")
    _add_location(revoking)

    config = commands.add_parser("serve-config", help="show or change the served site's profile")
    config_commands = config.add_subparsers(
        dest="serve_config_command", metavar="ACTION", required=True
    )
    _add_location(config_commands.add_parser("show", help="print every field"), database=False)
    setting = config_commands.add_parser("set", help="change one field: " + ", ".join(ALL_FIELDS))
    setting.add_argument("field")
    setting.add_argument("value")
    _add_location(setting, database=False)


def _fail(message: str) -> int:
    print(f"newsdesk: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except _EXPECTED as exc:
            return _fail(str(exc))

    run.__doc__ = handler.__doc__
    return run


def _store(args: argparse.Namespace) -> ServerStore:
    return ServerStore(
        resolve_server_dir(args.server_data),
        database_url=getattr(args, "server_database_url", None),
    )


def serve(args: argparse.Namespace) -> int:
    """Run the server until Ctrl+C."""
    try:
        import uvicorn

        from newsdesk.server.app import create_app
    except ImportError:
        return _fail("the server needs FastAPI and uvicorn: install newsdesk[server]")
    data_dir = resolve_server_dir(args.server_data)
    require_servable(load_settings(data_dir))
    app = create_app(data_dir, database_url=args.server_database_url)
    print(f"newsdesk: serving {data_dir} on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True, log_level="info")
    return EXIT_OK


def token(args: argparse.Namespace) -> int:
    """Token management; the plain token is printed only by ``create``."""
    store = _store(args)
    try:
        with store.session() as session:
            if args.token_command == "create":
                secret = create_token(session, args.name, args.scope)
                print(secret)
                print(
                    f"token {args.name!r} ({args.scope}) created; it is shown only now",
                    file=sys.stderr,
                )
            elif args.token_command == "list":
                for info in list_tokens(session):
                    used = (
                        info.last_used_at.isoformat(timespec="seconds")
                        if info.last_used_at
                        else "-"
                    )
                    created = info.created_at.isoformat(timespec="seconds")
                    print(f"{info.name}\t{info.scope}\tcreated {created}\tlast used {used}")
            else:
                revoke_token(session, args.name)
                print(f"token {args.name!r} revoked", file=sys.stderr)
    finally:
        store.dispose()
    return EXIT_OK


def serve_config(args: argparse.Namespace) -> int:
    """Show the site profile or change one field (saved atomically)."""
    data_dir = resolve_server_dir(args.server_data)
    settings = load_settings(data_dir)
    if args.serve_config_command == "set":
        settings = with_field(settings, args.field, args.value)
        data_dir.mkdir(parents=True, exist_ok=True)
        save_settings(data_dir, settings)
    print(json.dumps(settings.as_flat_dict(), ensure_ascii=False, indent=2))
    missing = settings.missing_fields()
    if missing:
        print("still missing before serving: " + ", ".join(missing), file=sys.stderr)
    return EXIT_OK


SERVER_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "serve": _guarded(serve),
    "token": _guarded(token),
    "serve-config": _guarded(serve_config),
}
