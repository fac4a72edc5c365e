"""Bad database URLs and unknown option values: one clear line, never a traceback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from tests.cli.conftest import run

from newsdesk.store.models import ArticleStatus

HAS_PSYCOPG = importlib.util.find_spec("psycopg") is not None


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("newsdesk: error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("url", "shown", "cause"),
    [
        ("bogus://x", "bogus://x", "unknown database kind 'bogus'"),
        ("garbage string", "'garbage string'", "not a valid database URL"),
        ("", "''", "not a valid database URL"),
        ("sqlite://x", "sqlite://x", "Invalid SQLite URL"),
        ("postgresql://u:s3cret@h:port/db", "u:***@h:port", "not a valid database URL"),
        ("sqlite+pysqlcipher:///x.db", "sqlite+pysqlcipher:///x.db", "'pysqlcipher3' is missing"),
        ("sqlite:////nonexistent/dir/x.db", "/nonexistent/dir/x.db", "/nonexistent/dir does not"),
    ],
)
def test_bad_database_url_is_one_line_naming_url_and_cause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, shown: str, cause: str
) -> None:
    code, out, err = run(capsys, "--data", str(tmp_path), "--database-url", url, "list")
    assert code == 1
    assert out == ""
    line = _one_error_line(err)
    assert shown in line
    assert cause in line
    assert "s3cret" not in line
    assert "sqlalche.me" not in line


def test_postgresql_without_its_driver(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://editor:s3cret@127.0.0.1:9/newsroom"
    code, _, err = run(capsys, "--data", str(tmp_path), "--database-url", url, "list")
    assert code == 1
    line = _one_error_line(err)
    assert "editor:***@127.0.0.1:9/newsroom" in line and "s3cret" not in line
    if not HAS_PSYCOPG:
        assert "driver is not installed" in line and "'psycopg'" in line


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("기사 메모\n" * 200, encoding="utf-8")
    url = f"sqlite:///{notes}"
    code, _, err = run(capsys, "--data", str(tmp_path), "--database-url", url, "list")
    assert code == 1
    assert "file is not a database" in _one_error_line(err)
    assert notes.read_text(encoding="utf-8") == "기사 메모\n" * 200


def test_server_database_url_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for url, cause in (
        ("bogus://x", "unknown database kind"),
        (f"sqlite:///{tmp_path}/missing/x.db", "missing does not exist"),
    ):
        argv = ["token", "list", "--server-data", str(tmp_path / "srv"), "--database-url", url]
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert cause in _one_error_line(err)


def test_unknown_status_is_an_error_listing_the_valid_ones(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--data", str(demo_dir), "list", "--status", "bogus")
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'bogus'" in err
    for status in ArticleStatus:
        assert status.value in err


def test_known_statuses_still_filter(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--data", str(demo_dir), "list", "--status", "draft", "--status", "published"
    )
    assert code == 0
    statuses = {line.split()[1] for line in out.splitlines()}
    assert statuses == {"draft", "published"}


@pytest.mark.parametrize(
    "argv",
    [
        ["people", "--add", "김기자", "--role", "boss"],
        ["outbox", "resolve", "1", "--keep", "mine"],
        ["target", "add", "t", "https://x.example", "--kind", "wordpress"],
    ],
)
def test_other_enum_options_reject_unknown_values(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--data", str(demo_dir), *argv)
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
