"""``newsdesk token``, ``serve-config`` and ``serve`` handlers, called directly."""

from __future__ import annotations

import argparse
import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk.server.cli import SERVER_COMMANDS, add_server_commands
from newsdesk.server.storage import ServerStore
from newsdesk.server.testing import TEST_FOOTER
from newsdesk.server.tokens import find_token, hash_token


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsdesk")
    add_server_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return SERVER_COMMANDS[args.command](args)


def test_token_create_list_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = ["--server-data", str(tmp_path)]
    assert run(["token", "create", "편집국", "--scope", "read", *where]) == 0
    token = capsys.readouterr().out.strip()
    assert len(token) >= 40
    store = ServerStore(tmp_path)
    with store.session() as session:
        row = find_token(session, token)
        assert row is not None and row.scope == "read"
        assert row.token_hash == hash_token(token) and token not in row.token_hash
    store.dispose()
    assert token.encode() not in (tmp_path / "server.sqlite3").read_bytes()

    assert run(["token", "create", "편집국", *where]) == 1
    assert "already exists" in capsys.readouterr().err
    assert run(["token", "list", *where]) == 0
    listed = capsys.readouterr().out
    assert "편집국\tread" in listed and token not in listed
    assert run(["token", "revoke", "편집국", *where]) == 0
    assert run(["token", "revoke", "편집국", *where]) == 1
    assert "no token named" in capsys.readouterr().err


def test_serve_config_set_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = ["--server-data", str(tmp_path)]
    assert run(["serve-config", "set", "name", "시흥신문", *where]) == 0
    assert "still missing" in capsys.readouterr().err
    assert run(["serve-config", "set", "base_url", "https://news.example.kr", *where]) == 0
    assert run(["serve-config", "set", "list_page_size", "abc", *where]) == 1
    assert "list_page_size" in capsys.readouterr().err
    assert run(["serve-config", "set", "colour", "red", *where]) == 1
    capsys.readouterr()
    assert run(["serve-config", "show", *where]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "시흥신문" and shown["base_url"] == "https://news.example.kr/"
    on_disk = json.loads((tmp_path / "site_settings.json").read_text(encoding="utf-8"))
    assert on_disk["name"] == "시흥신문"


def test_serve_refuses_incomplete_footer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--server-data", str(tmp_path)]
    run(["serve-config", "set", "name", "시흥신문", *where])
    capsys.readouterr()
    assert run(["serve", "--port", "1", *where]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "serve-config set" in err
    assert all(field in err for field in TEST_FOOTER)


def test_serve_without_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_uvicorn(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvicorn":
            raise ImportError("No module named 'uvicorn'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_uvicorn)
    assert run(["serve", "--server-data", str(tmp_path)]) == 1
    assert "install newsdesk[server]" in capsys.readouterr().err


def test_serve_runs_uvicorn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import uvicorn
    from fastapi import FastAPI

    where = ["--server-data", str(tmp_path)]
    for name, value in {"name": "시흥신문", **TEST_FOOTER}.items():
        assert run(["serve-config", "set", name, value, *where]) == 0
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert run(["serve", "--port", "8181", *where]) == 0
    assert seen["port"] == 8181 and seen["host"] == "127.0.0.1"
    assert isinstance(seen["app"], FastAPI)
