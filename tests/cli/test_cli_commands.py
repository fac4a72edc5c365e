"""The ``newsdesk`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from tests.cli.conftest import run

from newsdesk.cli import main
from newsdesk.paths import DATA_ENV, resolve_data_dir


def run_subprocess(
    *argv: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("newsdesk: error: ")
    return lines[0]


@pytest.mark.slow
def test_demo_fills_an_empty_folder_and_refuses_a_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data", data, "demo")
    assert code == 0
    assert "30 articles" in out
    code, _, err = run(capsys, "--data", data, "demo")
    assert code == 1
    assert "already holds articles" in _one_error_line(err)


def test_list_json(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data", str(demo_dir), "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 30
    expected = {
        "id", "number", "status", "headline", "section", "byline",
        "updated_at", "published_at", "has_photo", "view_count",
    }  # fmt: skip
    assert all(set(row) == expected for row in rows)
    published = [r for r in rows if r["status"] == "published"]
    assert len(published) == 27
    assert any(r["has_photo"] for r in rows)
    assert all(r["published_at"].endswith("+09:00") for r in published)
    numbers = [r["number"] for r in published]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    code, out, _ = run(capsys, "--data", str(demo_dir), "list", "--json", "--status", "draft")
    assert {r["status"] for r in json.loads(out)} == {"draft"}
    assert len(json.loads(out)) == 3


def test_search_json(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data", str(demo_dir), "search", "교육", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits
    assert any("교육" in hit["headline"] for hit in hits)
    code, out, err = run(capsys, "--data", str(demo_dir), "search", "쀍뛣")
    assert code == 0 and out == ""
    assert "no articles match" in err


def test_site_show_and_set(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(demo_dir)
    code, out, err = run(capsys, "--data", data, "site", "show")
    assert code == 0 and err == ""
    assert "발행인" in out and "청소년보호책임자" in out and "base_url" in out

    code, out, err = run(capsys, "--data", data, "site", "set", "phone", "031-123-4567")
    assert code == 0
    code, out, _ = run(capsys, "--data", data, "site", "show")
    phone_line = next(line for line in out.splitlines() if line.startswith("phone"))
    assert "031-123-4567" in phone_line

    code, out, err = run(capsys, "--data", data, "site", "set", "base_url", "notaurl")
    assert code == 1
    assert "base_url" in _one_error_line(err)

    code, _, err = run(capsys, "--data", data, "site", "set", "nonsense", "x")
    assert code == 1
    assert "unknown site field" in _one_error_line(err)


def test_import_good_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    Image.new("RGB", (400, 300), (1, 2, 3)).save(tmp_path / "p.jpg")
    good = tmp_path / "good.md"
    good.write_text(
        "---\ntitle: 시흥 갯벌 축제\nphotos:\n  - file: p.jpg\n    caption: 축제\n---\n본문\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.md"
    bad.write_text("---\nsubtitle: 제목이 없다\n---\n", encoding="utf-8")
    code, out, err = run(capsys, "--data", data, "import", str(bad), str(good))
    assert code == 1
    assert "bad.md" in _one_error_line(err)
    assert "1 imported, 1 failed" in out
    code, out, _ = run(capsys, "--data", data, "list", "--json")
    rows = json.loads(out)
    assert [r["headline"] for r in rows] == ["시흥 갯벌 축제"]
    assert rows[0]["has_photo"] is True


def test_export_twice_writes_zero_the_second_time(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = str(tmp_path / "site")
    code, out, _ = run(capsys, "--data", str(demo_dir), "export", "html", out_dir)
    assert code == 0
    assert "0 written" not in out
    code, out, _ = run(capsys, "--data", str(demo_dir), "export", "html", out_dir)
    assert code == 0
    assert " 0 written" in out and "0 removed" in out


def test_export_with_empty_footer_field_fails_with_one_line(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    assert run(capsys, "--data", data, "site", "set", "editor", "")[0] == 0
    assert run(capsys, "--data", data, "site", "set", "address", "")[0] == 0
    code, out, err = run(capsys, "--data", data, "export", "html", str(tmp_path / "site"))
    assert code == 1
    line = _one_error_line(err)
    assert "편집인" in line and "발행소 주소" in line
    assert "발행인" not in line.replace("발행소", "")
    assert out == ""


def test_publish_and_unpublish_by_number(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Publishing runs the pre-publish checks (newsdesk.text.checks).
    pytest.importorskip("newsdesk.text.checks", reason="pre-publish checks not in this tree yet")
    data = str(demo_dir)
    editor = ("--data", data, "--as", "오세훈")
    code, out, _ = run(capsys, *editor, "list", "--json", "--status", "draft")
    draft = json.loads(out)[0]
    code, out, err = run(capsys, *editor, "publish", "--yes", draft["id"][:8])
    assert code == 0, err
    assert "no.28" in out
    rows = {r["id"]: r for r in json.loads(run(capsys, *editor, "list", "--json")[1])}
    assert rows[draft["id"]]["number"] == 28
    assert rows[draft["id"]]["status"] == "published"

    code, _, err = run(capsys, *editor, "unpublish", "28")
    assert code == 0, err
    rows = {r["id"]: r for r in json.loads(run(capsys, *editor, "list", "--json")[1])}
    assert rows[draft["id"]]["status"] == "unpublished"
    assert rows[draft["id"]]["number"] == 28

    code, _, err = run(capsys, *editor, "unpublish", "28")
    assert code == 1
    _one_error_line(err)
    code, _, err = run(capsys, *editor, "publish", "9999")
    assert code == 1
    assert "9999" in _one_error_line(err)


def test_publish_without_a_person_is_refused(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("newsdesk.text.checks", reason="pre-publish checks not in this tree yet")
    monkeypatch.delenv("NEWSDESK_USER", raising=False)
    code, _, err = run(capsys, "--data", str(demo_dir), "publish", "1")
    assert code == 1
    assert "--as" in _one_error_line(err)


def test_help_mentions_the_desktop_app(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "desktop app" in out
    for command in ("demo", "import", "list", "search", "site", "publish", "export"):
        assert command in out


def test_data_option_wins_over_environment(tmp_path: Path) -> None:
    explicit, env_dir = tmp_path / "explicit", tmp_path / "env"
    assert resolve_data_dir(str(explicit), {DATA_ENV: str(env_dir)}) == explicit.resolve()
    assert resolve_data_dir(None, {DATA_ENV: str(env_dir)}) == env_dir.resolve()
    fallback = resolve_data_dir(None, {})
    assert fallback.name == "Newsdesk"
    assert fallback != env_dir.resolve()


def test_subprocess_environment_and_option_precedence(demo_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    via_env = run_subprocess("list", "--json", env={DATA_ENV: str(demo_dir)})
    assert via_env.returncode == 0, via_env.stderr
    assert len(json.loads(via_env.stdout)) == 30
    via_option = run_subprocess(
        "--data", str(empty), "list", "--json", env={DATA_ENV: str(demo_dir)}
    )
    assert via_option.returncode == 0, via_option.stderr
    assert json.loads(via_option.stdout) == []
    assert (empty / "newsdesk.sqlite3").exists()


def test_subprocess_bad_value_prints_one_line_no_traceback(tmp_path: Path) -> None:
    result = run_subprocess("--data", str(tmp_path / "d"), "site", "set", "base_url", "notaurl")
    assert result.returncode == 1
    assert "base_url" in _one_error_line(result.stderr)
    assert result.stdout == ""


def test_subprocess_search_json_is_utf8(demo_dir: Path) -> None:
    result = run_subprocess("--data", str(demo_dir), "search", "시흥", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and all("id" in hit for hit in hits)
    assert "시흥" in result.stdout  # not \\u-escaped
