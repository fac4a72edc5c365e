"""Server storage: pragmas, schema version guard, restarts on the same port and data."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text, update
from tests.server.conftest import article_payload

from newsdesk.server.models import SCHEMA_VERSION, SchemaInfo
from newsdesk.server.storage import ServerStorageError, ServerStore
from newsdesk.server.testing import RunningServer, running_server


def test_sqlite_pragmas_and_tables(tmp_path: Path) -> None:
    store = ServerStore(tmp_path)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with store.session() as session:
        assert session.get(SchemaInfo, 1).version == SCHEMA_VERSION  # type: ignore[union-attr]
    store.dispose()
    assert (tmp_path / "server.sqlite3").is_file()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = ServerStore(tmp_path)
    with store.session() as session:
        session.execute(update(SchemaInfo).values(version=SCHEMA_VERSION + 1))
    store.dispose()
    with pytest.raises(ServerStorageError, match="newer than this newsdesk"):
        ServerStore(tmp_path)


def test_database_url_is_used(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    with running_server(tmp_path / "a", database_url=url) as live:
        headers = {"Authorization": f"Bearer {live.write_token}"}
        key = uuid.uuid4()
        response = httpx.put(
            f"{live.base_url}api/v1/articles/{key}", json=article_payload(1), headers=headers
        )
        assert response.status_code == 201
    assert (tmp_path / "elsewhere.db").is_file()
    assert not (tmp_path / "a" / "server-data" / "server.sqlite3").exists()


def test_restart_keeps_port_tokens_and_articles(server: RunningServer) -> None:
    headers = {"Authorization": f"Bearer {server.write_token}"}
    key = uuid.uuid4()
    url = f"{server.base_url}api/v1/articles/{key}"
    assert httpx.put(url, json=article_payload(1), headers=headers).status_code == 201
    server.stop()
    assert not server.running
    with pytest.raises(httpx.TransportError):
        httpx.get(server.base_url + "api/v1/health", timeout=2)
    server.start()
    assert server.running
    again = httpx.put(url, json=article_payload(1), headers=headers)
    assert again.status_code == 200 and again.json()["revision"] == 1
    server.restart()
    assert httpx.get(url, headers=headers).json()["revision"] == 1
