"""``newsdesk handoff export|import|pending|apply``: hand-off files between offline PCs.

Importing never changes a live article in place: what the other PC changed
in a published, scheduled or approved article (or wrote before this PC's
edit) waits as a hand-off update. ``import`` says how many wait and names
them, ``pending`` lists them, and an editor applies one with
``newsdesk --as NAME handoff apply REVISION``.

Nor does a file make anything live: a new or fast-forwarded article arrives
at most submitted and unnumbered; ``import`` prints a "not live" line for
each one whose file claimed more (its status, number, times), and the desk
publishes it with ``newsdesk --as NAME publish``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom

SEOUL = ZoneInfo("Asia/Seoul")


def add_handoff_commands(commands: Any) -> None:
    """Register ``handoff`` and its actions on cli.py's sub-parser collection."""
    handoff = commands.add_parser("handoff", help="hand-off files between offline PCs")
    kinds = handoff.add_subparsers(dest="handoff_action", metavar="ACTION", required=True)
    exporting = kinds.add_parser("export", help="pack articles into a .newsdesk file")
    exporting.add_argument("articles", nargs="+")
    exporting.add_argument("-o", "--output", required=True, type=Path)
    importing = kinds.add_parser("import", help="merge a .newsdesk file")
    importing.add_argument("file", type=Path)
    kinds.add_parser("pending", help="list hand-off updates waiting for the desk")
    applying = kinds.add_parser("apply", help="apply a waiting hand-off update (editors)")
    applying.add_argument("revision", help="the update's revision id (or its first characters)")


def _update_id(newsroom: Newsroom, prefix: str) -> str:
    from newsdesk.services.handoff_review import HandoffReviewService

    pending = HandoffReviewService(newsroom).pending()
    found = [update.revision_id for update in pending if update.revision_id.startswith(prefix)]
    if len(found) != 1:
        waiting = ", ".join(update.revision_id[:8] for update in pending) or "none"
        raise ValidationError(
            "revision",
            f"{prefix!r} matches {len(found)} waiting hand-off updates (waiting: {waiting})",
        )
    return found[0]


def _import(newsroom: Newsroom, path: Path, actor_id: int | None) -> None:
    from newsdesk.services.handoff import import_handoff

    result = import_handoff(newsroom, path, actor_id=actor_id)
    print(
        f"{len(result.added)} added, {len(result.updated)} updated, "
        f"{len(result.skipped)} unchanged, {len(result.conflicts)} changed on both sides, "
        f"{len(result.waiting)} waiting for the desk"
    )
    for waiting in result.waiting:
        print(f"  waiting: {waiting.revision_id[:8]}  {waiting.headline} — {waiting.message}")
    for held in result.held_back:
        print(f"  not live: {held.article_id[:8]}  {held.headline} — {held.message}")
    for conflict in result.conflicts:
        print(f"  both changed: {conflict.headline} — {conflict.message}", file=sys.stderr)


def _pending(newsroom: Newsroom) -> None:
    from newsdesk.services.handoff_review import HandoffReviewService

    updates = HandoffReviewService(newsroom).pending()
    if not updates:
        print("no hand-off updates waiting")
    for update in updates:
        when = update.received_at.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M")
        number = f"no.{update.number}" if update.number is not None else update.article_id[:8]
        head = f"{update.revision_id[:8]}  {when}  {number:<9} {update.status:<10}"
        print(f"{head} {update.headline}")
        if update.new_headline != update.headline:
            print(f"          headline would become: {update.new_headline}")
        print(f"          {update.note}")


def run_handoff(
    newsroom: Newsroom,
    args: argparse.Namespace,
    actor_id: Callable[[], int],
    article_id: Callable[[str], str],
    *,
    acting: bool,
) -> None:
    """Run one ``handoff`` action; ``acting`` says whether ``--as`` (or the env) names someone."""
    action = args.handoff_action
    if action == "export":
        from newsdesk.services.handoff import export_handoff

        ids = [article_id(reference) for reference in args.articles]
        exported = export_handoff(newsroom, ids, args.output)
        print(f"wrote {exported.path}: {exported.articles} articles, {exported.photos} photos")
    elif action == "import":
        _import(newsroom, args.file, actor_id() if acting else None)
    elif action == "pending":
        _pending(newsroom)
    else:
        from newsdesk.services.handoff_review import HandoffReviewService

        revision = _update_id(newsroom, args.revision)
        article = HandoffReviewService(newsroom).apply(revision, actor_id())
        print(f"applied hand-off update {revision[:8]} to {article.headline!r} ({article.status})")
