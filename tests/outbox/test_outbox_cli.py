"""``newsdesk target / publish-server / outbox / views`` (handlers called directly
until cli.py registers them; the parser is built the way cli.py will build it)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from tests.outbox.conftest import MemoryKeyring, Newspaper, server_state

from newsdesk.cli_outbox import OUTBOX_COMMANDS, add_outbox_commands
from newsdesk.server.testing import RunningServer
from newsdesk.services.errors import ValidationError
from newsdesk.services.publish_targets import TargetService

pytestmark = pytest.mark.sqlite_only(
    "reopens by data folder (like the CLI's --data): the SQLite file"
)


def _run(paper: Newspaper, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="newsdesk")
    add_outbox_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    args.data = str(paper.newsroom.data_dir)
    args.database_url = None
    return OUTBOX_COMMANDS[args.command](args)


def test_target_setup_publish_and_views(
    server: RunningServer,
    paper: Newspaper,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = [paper.article("CLI 기사 하나", photo_seeds=(1,)), paper.article("CLI 기사 둘")]
    assert _run(paper, "target", "add", "site", server.base_url) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(server.write_token + "\n"))
    assert _run(paper, "target", "token", "site") == 0
    (((service, user), secret),) = memory_keyring.passwords.items()  # one entry, bound
    assert (service, user) == ("newsdesk", TargetService(paper.newsroom).tokens.user("site"))
    assert json.loads(secret) == {"url": server.base_url.rstrip("/"), "token": server.write_token}
    assert _run(paper, "target", "list") == 0
    assert "site\tnewsdesk\thttp://127.0.0.1" in capsys.readouterr().out

    assert _run(paper, "publish-server", "--target", "site") == 0
    out = capsys.readouterr().out
    assert "queued 2 article(s)" in out and out.count(": sent") == 2
    assert {row[0] for row in server_state(server).articles} == {a.replace("-", "") for a in ids}

    assert _run(paper, "outbox") == 0
    assert "the outbox is empty" in capsys.readouterr().out
    assert _run(paper, "outbox", "list", "--all") == 0
    assert capsys.readouterr().out.count("\tsent") == 2
    assert _run(paper, "views", "sync", "--target", "site") == 0
    assert "view counts updated" in capsys.readouterr().out

    # The token is in the keyring only: not in the database or any file of the data folder.
    for path in Path(paper.newsroom.data_dir).rglob("*"):
        if path.is_file():
            assert server.write_token.encode() not in path.read_bytes(), path


def test_offline_publish_queues_and_exits_1_then_run_sends(
    server: RunningServer,
    paper: Newspaper,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paper.article("오프라인 CLI 기사")
    _run(paper, "target", "add", "site", server.base_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(server.write_token))
    _run(paper, "target", "token", "site")
    server.stop()
    assert _run(paper, "publish-server", "--target", "site", "1") == 1
    err = capsys.readouterr().err
    assert "queued, will retry" in err and "cannot connect" in err
    assert _run(paper, "outbox", "list") == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("1\tsite\tput\tno.1\t오프라인 CLI 기사\tqueued")
    server.start()
    assert _run(paper, "outbox", "retry", "1") == 0
    assert _run(paper, "outbox", "run") == 0
    assert "job 1: sent" in capsys.readouterr().out


def test_bad_token_is_one_line_and_exit_1(
    server: RunningServer,
    paper: Newspaper,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paper.article("토큰 틀린 기사")
    _run(paper, "target", "add", "site", server.base_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("nd_not-the-token"))
    _run(paper, "target", "token", "site")
    assert _run(paper, "publish-server", "--target", "site") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newsdesk target token site" in err[0]
    assert "nd_not-the-token" not in err[0]
    assert _run(paper, "views", "sync", "--target", "site") == 1
    assert capsys.readouterr().err.startswith("newsdesk: error: the token for target site")


def test_bad_target_url_is_refused(paper: Newspaper) -> None:
    with pytest.raises(ValidationError, match="http"):
        _run(paper, "target", "add", "site", "ftp://example.kr")
    with pytest.raises(ValidationError, match="password"):
        _run(paper, "target", "add", "site", "https://user:pw@example.kr")


def test_publish_with_target_goes_through_the_real_cli(
    server: RunningServer,
    paper: Newspaper,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``newsdesk publish --target NAME`` (the issue's spelling) sends to the server."""
    from newsdesk.cli import main

    article_id = paper.article("목록 기사 CLI")
    data = str(paper.newsroom.data_dir)
    assert main(["--data", data, "target", "add", "site", server.base_url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(server.write_token))
    assert main(["--data", data, "target", "token", "site"]) == 0
    assert main(["--data", data, "publish", "--target", "site"]) == 0
    assert ": sent" in capsys.readouterr().out
    assert [row[0] for row in server_state(server).articles] == [article_id.replace("-", "")]
    assert main(["--data", data, "publish", "--target", "nowhere"]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_earlier_versions_token_adopted_on_request_and_address_change(
    server: RunningServer,
    paper: Newspaper,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paper.article("예전 토큰 CLI 기사")
    memory_keyring.passwords[("newsdesk", "target:site")] = server.write_token
    _run(paper, "target", "add", "site", server.base_url)
    capsys.readouterr()
    assert _run(paper, "target", "list") == 0
    assert "EARLIER VERSION'S TOKEN (set it, or --adopt-earlier)" in capsys.readouterr().out
    assert _run(paper, "publish-server", "--target", "site") == 1
    assert "--adopt-earlier" in capsys.readouterr().err

    assert _run(paper, "target", "token", "site", "--adopt-earlier") == 0
    assert "now belongs to site" in capsys.readouterr().out
    assert ("newsdesk", "target:site") not in memory_keyring.passwords
    assert _run(paper, "outbox", "retry", "1") == 0
    assert _run(paper, "outbox", "run") == 0
    assert "job 1: sent" in capsys.readouterr().out

    assert _run(paper, "target", "url", "site", "https://moved.example.kr/") == 0
    assert "newsdesk target token site" in capsys.readouterr().out
    assert _run(paper, "target", "list") == 0
    assert "https://moved.example.kr\tTOKEN FOR OLD ADDRESS" in capsys.readouterr().out
