"""``newsdesk`` sub-commands of the editorial workflow (issue: roles, review,
revisions, checks, hand-off files). Each acts as the person named by
``--as NAME`` (or $NEWSDESK_USER), and the services enforce that person's role."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from newsdesk.cli import EXIT_ERROR, EXIT_OK, open_newsroom, print_json
from newsdesk.cli_handoff import add_handoff_commands
from newsdesk.services.articles import find_article
from newsdesk.services.errors import NewsdeskError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Person, Role

SEOUL = ZoneInfo("Asia/Seoul")
USER_ENV = "NEWSDESK_USER"


def add_workflow_commands(commands: Any) -> None:
    """Register the workflow sub-commands on cli.py's sub-parser collection."""
    submitting = commands.add_parser(
        "submit", help="run the checks and send a draft to the desk (송고)"
    )
    submitting.add_argument("article")
    submitting.add_argument("--note", default="")
    submitting.add_argument("--yes", action="store_true", help="confirm check warnings")
    for action, help_text in (
        ("withdraw", "take back a submission the desk has not started reviewing (송고 취소)"),
        ("review", "start reviewing a submitted article (editors)"),
        ("approve", "approve an article (editors)"),
        ("unschedule", "cancel a scheduled publication (editors)"),
    ):
        parser = commands.add_parser(action, help=help_text)
        parser.add_argument("article")
        parser.add_argument("--note", default="")
    returning = commands.add_parser("return", help="send an article back to its reporter")
    returning.add_argument("article")
    returning.add_argument("--note", required=True, help="what the reporter should change")
    scheduling = commands.add_parser("schedule", help="publish automatically at a time (editors)")
    scheduling.add_argument("article")
    scheduling.add_argument("--at", required=True, help="e.g. '2026-12-01 07:00' (Asia/Seoul)")
    scheduling.add_argument("--yes", action="store_true", help="confirm check warnings")

    checking = commands.add_parser("check", help="run the pre-publish checks")
    checking.add_argument(
        "article", nargs="?", help="number or id (default: every unpublished one)"
    )
    checking.add_argument("--json", action="store_true")

    history = commands.add_parser("history", help="an article's workflow history")
    history.add_argument("article")
    revisions = commands.add_parser("revisions", help="list an article's revisions")
    revisions.add_argument("article")
    diffing = commands.add_parser("diff", help="compare two revisions")
    diffing.add_argument("old")
    diffing.add_argument("new")
    restoring = commands.add_parser(
        "restore",
        help="restore a revision (as a new revision), or a backup FILE into an empty --data folder",
    )
    restoring.add_argument("revision", metavar="REVISION|FILE")

    commenting = commands.add_parser("comment", help="add or list editorial comments")
    commenting.add_argument("article")
    commenting.add_argument("text", nargs="?", help="omit to list the comments")

    people = commands.add_parser("people", help="list people, or add one")
    people.add_argument("--add", metavar="NAME")
    people.add_argument("--role", choices=[r.value for r in Role], default=Role.REPORTER.value)

    add_handoff_commands(commands)


def _open(args: argparse.Namespace) -> Newsroom:
    return open_newsroom(args)


def _actor(newsroom: Newsroom, args: argparse.Namespace) -> Person:
    name = getattr(args, "as_user", None) or os.environ.get(USER_ENV, "")
    with newsroom.db.session() as session:
        names = [p.name for p in session.scalars(select(Person).order_by(Person.name))]
        if not name:
            raise ValidationError(
                "--as", f"say who you are with --as NAME (people: {', '.join(names) or 'none'})"
            )
        person = session.scalar(select(Person).where(Person.name == name))
        if person is None:
            raise ValidationError("--as", f"no person named {name!r} (people: {', '.join(names)})")
        return person


def _article_id(newsroom: Newsroom, reference: str) -> str:
    with newsroom.db.session() as session:
        return find_article(session, reference).id


def _with_newsroom(run: Callable[[Newsroom, argparse.Namespace], int]) -> Callable[..., int]:
    def handler(args: argparse.Namespace) -> int:
        newsroom = _open(args)
        try:
            return run(newsroom, args)
        finally:
            newsroom.close()

    return handler


def _transition(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.workflow import WorkflowService

    action = {"review": "start_review"}.get(args.command, args.command)
    actor = _actor(newsroom, args)
    article = WorkflowService(newsroom).transition(
        _article_id(newsroom, args.article), actor.id, action, args.note
    )
    print(f"{args.article}: {article.status}")
    return EXIT_OK


def _submit(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.workflow import WorkflowService

    actor = _actor(newsroom, args)
    article = WorkflowService(newsroom).submit(
        _article_id(newsroom, args.article), actor.id, confirm_warnings=args.yes, note=args.note
    )
    print(f"{args.article}: {article.status}")
    return EXIT_OK


def _schedule(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.workflow import WorkflowService

    try:
        when = datetime.fromisoformat(args.at)
    except ValueError:
        raise ValidationError("--at", f"not a date and time: {args.at!r}") from None
    when = when.replace(tzinfo=SEOUL) if when.tzinfo is None else when
    actor = _actor(newsroom, args)
    WorkflowService(newsroom).schedule(
        _article_id(newsroom, args.article), actor.id, when, confirm_warnings=args.yes
    )
    print(f"{args.article}: scheduled for {when.astimezone(SEOUL):%Y-%m-%d %H:%M} (Asia/Seoul)")
    return EXIT_OK


def publish_command(newsroom: Newsroom, args: argparse.Namespace) -> int:
    """Publish (checks first) or unpublish, then refresh the configured site folder."""
    from newsdesk.services.workflow import WorkflowService

    if args.command == "publish" and getattr(args, "target", None):
        from newsdesk.cli_outbox import publish_to_target

        return publish_to_target(newsroom, args)
    if not args.articles:
        raise ValidationError("articles", f"name the articles to {args.command}")
    actor = _actor(newsroom, args)
    workflow = WorkflowService(newsroom)
    for reference in args.articles:
        article_id = _article_id(newsroom, reference)
        if args.command == "publish":
            article = workflow.publish(article_id, actor.id, confirm_warnings=args.yes)
            print(f"published {reference} as no.{article.number}")
        else:
            workflow.transition(article_id, actor.id, "unpublish")
            print(f"unpublished {reference}")
    if workflow.last_export is not None:
        report = workflow.last_export
        print(
            f"site updated in {report.out_dir}: {report.written} written, {report.removed} removed"
        )
    return EXIT_OK


def _check(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.prepublish import check_stored_article
    from newsdesk.store.models import Article, ArticleStatus
    from newsdesk.text.checks import Severity

    if args.article:
        targets = [(_article_id(newsroom, args.article), args.article)]
    else:
        with newsroom.db.session() as session:
            targets = [
                (a.id, a.headline)
                for a in session.scalars(
                    select(Article).where(
                        Article.status != ArticleStatus.PUBLISHED.value,
                        Article.deleted_at.is_(None),
                    )
                )
            ]
    report: list[dict[str, object]] = []
    errors = 0
    for article_id, label in targets:
        for finding in check_stored_article(newsroom, article_id):
            errors += finding.severity == Severity.ERROR
            report.append({"article": article_id, "label": label, **finding.__dict__})
            if not args.json:
                where = f"{finding.field}:{finding.line}:{finding.column}"
                print(f"{label}  {where}  {finding.severity}  {finding.message}")
    if args.json:
        print_json(report)
    elif not report:
        print("no problems found")
    return EXIT_ERROR if errors else EXIT_OK


def _history(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.workflow import WorkflowService

    for entry in WorkflowService(newsroom).history(_article_id(newsroom, args.article)):
        when = entry.at.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M")
        note = f"  — {entry.note}" if entry.note else ""
        print(
            f"{when}  {entry.actor:<6} {entry.action:<12} "
            f"{entry.from_status} → {entry.to_status}{note}"
        )
    return EXIT_OK


def _revisions(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.revisions import RevisionService

    for info in RevisionService(newsroom).for_article(_article_id(newsroom, args.article)):
        when = info.created_at.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M:%S")
        who = info.author or "—"  # an import has no author; keep the columns
        print(f"{info.id[:8]}  {when}  {who:<6} {info.reason:<16} {info.headline}")
    return EXIT_OK


def _resolve_revision(newsroom: Newsroom, prefix: str) -> str:
    from newsdesk.store.models import Revision

    with newsroom.db.session() as session:
        found = session.scalars(select(Revision.id).where(Revision.id.startswith(prefix))).all()
    if len(found) != 1:
        raise ValidationError("revision", f"{prefix!r} matches {len(found)} revisions")
    return found[0]


def _diff(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.revisions import RevisionService
    from newsdesk.text.diff import Op

    diff = RevisionService(newsroom).compare(
        _resolve_revision(newsroom, args.old), _resolve_revision(newsroom, args.new)
    )
    if diff.unchanged:
        print("no differences")
    for change in diff.fields:
        rendered = "".join(
            s.text
            if s.op == Op.EQUAL
            else f"[-{s.text}-]"
            if s.op == Op.DELETE
            else f"{{+{s.text}+}}"
            for s in change.segments
        )
        print(f"== {change.label} ({change.field})\n{rendered}")
    for photo in diff.photos:
        for line in photo.lines():
            print(f"== 사진 ({photo.sha256[:10]}) {line}")
    return EXIT_OK


def _restore(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.revisions import RevisionService

    actor = _actor(newsroom, args)
    new_id = RevisionService(newsroom).restore(_resolve_revision(newsroom, args.revision), actor.id)
    print(f"restored; new revision {new_id[:8]}")
    return EXIT_OK


def _comment(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.comments import CommentService

    service = CommentService(newsroom)
    article_id = _article_id(newsroom, args.article)
    if args.text:
        service.add(article_id, _actor(newsroom, args).id, args.text)
    for comment in service.for_article(article_id):
        state = "해결" if comment.resolved_at else "열림"
        when = comment.created_at.astimezone(SEOUL).strftime("%m-%d %H:%M")
        print(f"#{comment.id} [{state}] {when} {comment.author}: {comment.body}")
    return EXIT_OK


def _people(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.importing import person_named

    if args.add:
        with newsroom.db.session() as session:
            person_named(session, args.add.strip(), Role(args.role))
    with newsroom.db.session() as session:
        for person in session.scalars(select(Person).order_by(Person.name)):
            print(f"{person.name:<8} {person.role:<9} {person.display_byline()}")
    return EXIT_OK


def _handoff(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.cli_handoff import run_handoff

    acting = bool(getattr(args, "as_user", None) or os.environ.get(USER_ENV))
    run_handoff(
        newsroom,
        args,
        lambda: _actor(newsroom, args).id,
        lambda reference: _article_id(newsroom, reference),
        acting=acting,
    )
    return EXIT_OK


WORKFLOW_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "submit": _with_newsroom(_submit),
    "withdraw": _with_newsroom(_transition),
    "review": _with_newsroom(_transition),
    "approve": _with_newsroom(_transition),
    "return": _with_newsroom(_transition),
    "unschedule": _with_newsroom(_transition),
    "schedule": _with_newsroom(_schedule),
    "publish": _with_newsroom(publish_command),
    "unpublish": _with_newsroom(publish_command),
    "check": _with_newsroom(_check),
    "history": _with_newsroom(_history),
    "revisions": _with_newsroom(_revisions),
    "diff": _with_newsroom(_diff),
    "restore": _with_newsroom(_restore),
    "comment": _with_newsroom(_comment),
    "people": _with_newsroom(_people),
    "handoff": _with_newsroom(_handoff),
}


def workflow_errors() -> tuple[type[BaseException], ...]:
    return (NewsdeskError,)
