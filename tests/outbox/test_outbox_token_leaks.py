"""After a whole CLI session with two data folders, no token is anywhere but the keyring.

Both newsrooms set targets named ``site``; one publishes to a real server, the
other meets a refusing server, a changed address, a missing token and an
earlier version's shared entry. Every line printed, every log record (httpx
and httpcore at DEBUG included), every outbox row and every file of both data
folders is then searched for each token.
"""

from __future__ import annotations

import argparse
import io
import logging
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import MemoryKeyring
from tests.outbox.conftest import TARGET, Newspaper
from tests.outbox.recording_server import recording_server

from newsdesk.cli_outbox import OUTBOX_COMMANDS, add_outbox_commands
from newsdesk.server.testing import RunningServer
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publish_targets import KEYRING_SERVICE
from newsdesk.services.target_tokens import legacy_user
from newsdesk.store.models import OutboxJob

pytestmark = pytest.mark.sqlite_only(
    "reopens by data folder (like the CLI's --data): the SQLite file"
)

A_TOKEN = "tokenOfNewsroomA-abcdefghijklmnopqrstuvwxyz012345"
EARLIER_TOKEN = "tokenOfAnEarlierVersion-abcdefghijklmnopqrstuv"


def _cli(folder: Path, monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    parser = argparse.ArgumentParser(prog="newsdesk")
    add_outbox_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    args.data = str(folder)
    args.database_url = None
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return OUTBOX_COMMANDS[args.command](args)


def test_no_token_in_output_logs_outbox_or_data_folders(
    paper: Newspaper,
    server: RunningServer,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    folder_a = paper.newsroom.data_dir
    folder_b = tmp_path / "newsroom-b"
    room_b = Newsroom.open(folder_b)
    try:
        Newspaper(room_b, paper.picture_dir).article("B의 기사")
    finally:
        room_b.close()
    paper.article("A의 기사")
    printed: list[str] = []

    def run(folder: Path, *argv: str, stdin: str = "") -> int:
        code = _cli(folder, monkeypatch, *argv, stdin=stdin)
        out = capsys.readouterr()
        printed.extend([out.out, out.err])
        return code

    # B: a real server and its real token.
    assert run(folder_b, "target", "add", TARGET, server.base_url) == 0
    assert run(folder_b, "target", "token", TARGET, stdin=server.write_token + "\n") == 0
    assert run(folder_b, "publish-server", "--target", TARGET) == 0

    with recording_server() as refusing, recording_server() as moved:
        # A: same target name, its own server; an earlier version's entry is in the keyring.
        memory_keyring.passwords[(KEYRING_SERVICE, legacy_user(TARGET))] = EARLIER_TOKEN
        assert run(folder_a, "target", "add", TARGET, refusing.url) == 0
        assert run(folder_a, "target", "list") == 0
        assert "EARLIER VERSION'S TOKEN" in printed[-2]
        assert run(folder_a, "publish-server", "--target", TARGET) == 1  # not sent
        assert refusing.requests == []
        assert run(folder_a, "target", "token", TARGET, stdin=A_TOKEN + "\n") == 0
        assert run(folder_a, "outbox", "retry", "1") == 0
        assert run(folder_a, "outbox", "run") == 1  # refused: 401, says which token to fix
        assert set(refusing.authorizations()) == {f"Bearer {A_TOKEN}"}
        assert run(folder_a, "target", "url", TARGET, moved.url) == 0
        assert "not sent to the new one" in printed[-2]
        assert run(folder_a, "outbox", "retry", "1") == 0
        assert run(folder_a, "outbox", "run") == 1
        assert moved.requests == []
        assert run(folder_a, "target", "list", "--json") == 0
        assert run(folder_a, "outbox", "list", "--all", "--json") == 0
        assert run(folder_b, "target", "list", "--json") == 0

    messages = "\n".join(printed)
    assert "is not sent to another address" in messages and "was refused" in messages
    assert "may belong to another newsroom" in messages
    with paper.newsroom.db.session() as session:
        outbox_rows = [
            f"{job.last_error} {job.detail}" for job in session.scalars(select(OutboxJob))
        ]
    files = [
        path.read_bytes()
        for folder in (folder_a, folder_b)
        for path in folder.rglob("*")
        if path.is_file()
    ]
    assert len(files) > 2  # the databases (and their WAL files) were searched
    assert "HTTP Request: PUT" in caplog.text  # httpx's own log lines were captured
    for token in (server.write_token, A_TOKEN, EARLIER_TOKEN):
        assert token not in messages
        assert token not in caplog.text
        assert not any(token in row for row in outbox_rows)
        assert not any(token.encode() in data for data in files)
