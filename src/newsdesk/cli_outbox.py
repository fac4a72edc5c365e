"""``newsdesk`` sub-commands for publishing to servers: targets, the outbox, 조회수.

``target`` manages where to publish (the token goes to the OS keyring),
``publish-server`` queues articles and sends them now, ``outbox`` shows and
steers queued work, ``views sync`` brings the server's view counts home.
Expected problems — including every API error, which already says what to
fix — print one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from newsdesk.cli import EXIT_ERROR, EXIT_OK, open_newsroom, print_json
from newsdesk.publish.api_errors import ApiError
from newsdesk.services.articles import find_article
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.outbox_jobs import JobRow, RunReport
from newsdesk.services.publish_targets import TargetService, TokenState
from newsdesk.store.models import Article, ArticleStatus


def add_outbox_commands(commands: Any) -> None:
    """Register ``target``, ``publish-server``, ``outbox`` and ``views`` on cli.py's parser."""
    target = commands.add_parser("target", help="servers to publish to (tokens in the OS keyring)")
    actions = target.add_subparsers(dest="target_action", metavar="ACTION", required=True)
    adding = actions.add_parser("add", help="add a newsdesk server")
    adding.add_argument("name")
    adding.add_argument("url", help="e.g. https://news.example.kr")
    adding.add_argument("--kind", default="newsdesk", choices=["newsdesk"])
    listing = actions.add_parser("list", help="list targets")
    listing.add_argument("--json", action="store_true")
    removing = actions.add_parser("remove", help="forget a target and its token")
    removing.add_argument("name")
    token = actions.add_parser("token", help="store a target's token (read from stdin)")
    token.add_argument("name")
    token.add_argument(
        "--adopt-earlier",
        action="store_true",
        help="use the token an earlier Newsdesk saved under this target name (shared by "
        "every data folder on this PC) — only if you set it for this newsroom",
    )
    moving = actions.add_parser("url", help="change a target's server address")
    moving.add_argument("name")
    moving.add_argument("url")

    publishing = commands.add_parser(
        "publish-server", help="send published articles to a server now (queued if offline)"
    )
    publishing.add_argument("--target", required=True)
    publishing.add_argument("articles", nargs="*", help="numbers or ids (default: all published)")

    outbox = commands.add_parser("outbox", help="queued pushes to servers")
    outbox_actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION")
    outbox_list = outbox_actions.add_parser("list", help="show jobs (default)")
    outbox_list.add_argument("--all", action="store_true", help="include sent and cancelled")
    outbox_list.add_argument("--json", action="store_true")
    for name, help_text in (("retry", "send a failed job again"), ("cancel", "drop a job")):
        action = outbox_actions.add_parser(name, help=help_text)
        action.add_argument("job", type=int)
    outbox_actions.add_parser("run", help="send every job that is due now")
    resolving = outbox_actions.add_parser("resolve", help="settle a conflict (409)")
    resolving.add_argument("job", type=int)
    resolving.add_argument("--keep", required=True, choices=["local", "server"])

    views = commands.add_parser("views", help="조회수 from a server")
    views_actions = views.add_subparsers(dest="views_action", metavar="ACTION", required=True)
    syncing = views_actions.add_parser("sync", help="copy the server's view counts")
    syncing.add_argument("--target", required=True)


def _with_newsroom(run: Callable[[Newsroom, argparse.Namespace], int]) -> Callable[..., int]:
    def handler(args: argparse.Namespace) -> int:
        newsroom = open_newsroom(args)
        try:
            return run(newsroom, args)
        except ApiError as exc:
            print(f"newsdesk: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        finally:
            newsroom.close()

    return handler


def _outbox(newsroom: Newsroom) -> OutboxService:
    return OutboxService(newsroom, TargetService(newsroom).client)


def _target(newsroom: Newsroom, args: argparse.Namespace) -> int:
    service = TargetService(newsroom)
    if args.target_action == "add":
        info = service.add(args.name, args.url, args.kind)
        print(f"added target {info.name} ({info.url}); now set its token:")
        print(f"  newsdesk target token {info.name}")
    elif args.target_action == "list":
        targets = service.list()
        if args.json:
            print_json([{**t.__dict__, "has_token": t.has_token} for t in targets])
        for t in [] if args.json else targets:
            state = "" if t.enabled else "  (disabled)"
            print(f"{t.name}\t{t.kind}\t{t.url}\t{_TOKEN_LABELS[t.token_state]}{state}")
    elif args.target_action == "remove":
        service.remove(args.name)
        print(f"removed target {args.name}")
    elif args.target_action == "url":
        info = service.set_url(args.name, args.url)
        print(f"target {info.name} now points to {info.url}")
        if info.token_state is TokenState.ADDRESS_CHANGED:
            print("its token was stored for the old address and is not sent to the new one;")
            print(f"  enter it again: newsdesk target token {info.name}")
    elif args.adopt_earlier:
        info = service.adopt_earlier_token(args.name)
        print(f"token of an earlier Newsdesk now belongs to {info.name} ({info.url}) only")
    else:
        service.get(args.name)
        if sys.stdin.isatty():
            value = getpass.getpass(f"token for {args.name} (input hidden): ")
        else:
            value = sys.stdin.readline()
        service.set_token(args.name, value)
        print(f"token for {args.name} stored in the OS keyring")
    return EXIT_OK


_TOKEN_LABELS = {
    TokenState.STORED: "token set",
    TokenState.MISSING: "NO TOKEN",
    TokenState.ADDRESS_CHANGED: "TOKEN FOR OLD ADDRESS (set it again)",
    TokenState.EARLIER_VERSION: "EARLIER VERSION'S TOKEN (set it, or --adopt-earlier)",
}


def _print_report(report: RunReport) -> int:
    for job_id in report.sent:
        print(f"job {job_id}: sent")
    for job_id, message in report.retrying:
        print(f"job {job_id}: queued, will retry — {message}", file=sys.stderr)
    for job_id, message in report.failed:
        print(f"job {job_id}: failed — {message}", file=sys.stderr)
    for job_id in report.conflicts:
        print(
            f"job {job_id}: conflict — the server has a newer version; "
            f"`newsdesk outbox resolve {job_id} --keep local|server`",
            file=sys.stderr,
        )
    if report.deferred:
        print(f"{len(report.deferred)} job(s) wait for the server to answer", file=sys.stderr)
    problems = report.retrying or report.failed or report.conflicts or report.deferred
    return EXIT_ERROR if problems else EXIT_OK


def publish_to_target(newsroom: Newsroom, args: argparse.Namespace) -> int:
    """Queue articles (default: every published one) for a target and send them now."""
    outbox = _outbox(newsroom)
    TargetService(newsroom).get(args.target)
    with newsroom.db.session() as session:
        if args.articles:
            ids = [find_article(session, reference).id for reference in args.articles]
        else:
            ids = list(
                session.scalars(
                    select(Article.id)
                    .where(
                        Article.status == ArticleStatus.PUBLISHED.value,
                        Article.deleted_at.is_(None),
                    )
                    .order_by(Article.number)
                )
            )
    for article_id in ids:
        outbox.enqueue(args.target, article_id, "put")
    print(f"queued {len(ids)} article(s) for {args.target}")
    return _print_report(outbox.run_due())


def _row_json(row: JobRow) -> dict[str, object]:
    data: dict[str, object] = dict(row.__dict__)
    data["next_attempt_at"] = row.next_attempt_at.isoformat()
    data["updated_at"] = row.updated_at.isoformat()
    data["label"] = row.label
    return data


def _outbox_command(newsroom: Newsroom, args: argparse.Namespace) -> int:
    outbox = _outbox(newsroom)
    action = args.outbox_action or "list"
    if action == "list":
        show_all = getattr(args, "all", False)
        rows = outbox.list() if show_all else outbox.list(["queued", "failed", "conflict"])
        if getattr(args, "json", False):
            print_json([_row_json(row) for row in rows])
            return EXIT_OK
        if not rows:
            print("the outbox is empty")
        for row in rows:
            number = f"no.{row.number}" if row.number else (row.article_id or "")[:8]
            print(f"{row.id}\t{row.target}\t{row.action}\t{number}\t{row.headline}\t{row.label}")
    elif action == "retry":
        outbox.retry(args.job)
        print(f"job {args.job} queued")
    elif action == "cancel":
        outbox.cancel(args.job)
        print(f"job {args.job} cancelled")
    elif action == "resolve":
        outbox.resolve_conflict(args.job, args.keep)
        print(f"job {args.job}: kept the {args.keep} version")
        if args.keep == "local":
            return _print_report(outbox.run_due())
    else:
        return _print_report(outbox.run_due())
    return EXIT_OK


def _views(newsroom: Newsroom, args: argparse.Namespace) -> int:
    changed = _outbox(newsroom).sync_view_counts(args.target)
    print(f"view counts updated for {changed} article(s)")
    return EXIT_OK


OUTBOX_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "target": _with_newsroom(_target),
    "publish-server": _with_newsroom(publish_to_target),
    "outbox": _with_newsroom(_outbox_command),
    "views": _with_newsroom(_views),
}
