"""``newsdesk handoff import|pending|apply``: a published article arrives on another PC
unnumbered and submitted, changed there it comes back as an update waiting for the
desk, which only an editor applies."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.conftest import run

from newsdesk.services.articles import ArticleFields, ArticleService, find_article
from newsdesk.services.newsroom import Newsroom


def _edit_headline(data: Path, reference: str, headline: str) -> str:
    room = Newsroom.open(data)
    try:
        with room.db.session() as session:
            article_id = find_article(session, reference).id
        service = ArticleService(room)
        article = service.get(article_id)
        fields = ArticleFields.of(article)
        fields.headline = headline
        service.save(article_id, fields, expected_version=article.version)
        return article_id
    finally:
        room.close()


def test_published_article_waits_for_an_editor(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, laptop = str(demo_dir), str(tmp_path / "laptop")
    out_file, back_file = str(tmp_path / "out.newsdesk"), str(tmp_path / "back.newsdesk")
    assert run(capsys, "--data", desk, "handoff", "export", "1", "-o", out_file)[0] == 0
    code, out, err = run(capsys, "--data", laptop, "handoff", "import", out_file)
    assert code == 0, err
    # The laptop gets it waiting for a desk, unnumbered: a file makes nothing live there.
    [summary, held] = out.splitlines()
    assert summary.startswith("1 added, 0 updated")
    assert held.startswith("  not live: ")
    assert (
        "배곧 해안 산책로 2.4km 새로 연다 — arrived as submitted; the file said published as no. 1"
        in held
    )
    article_id = _edit_headline(Path(laptop), held.split()[2], "노트북에서 고친 제목")
    assert held.split()[2] == article_id[:8]
    assert run(capsys, "--data", laptop, "handoff", "export", article_id, "-o", back_file)[0] == 0

    code, out, err = run(capsys, "--data", desk, "handoff", "import", back_file)
    assert code == 0, err
    assert out.startswith(
        "0 added, 0 updated, 0 unchanged, 0 changed on both sides, 1 waiting for the desk\n"
    )
    waiting = out.splitlines()[1]
    assert waiting.startswith("  waiting: ")
    assert "시흥시, 배곧 해안 산책로 2.4km 새로 연다 — it is published here" in waiting
    revision = waiting.split()[1]

    code, out, _ = run(capsys, "--data", desk, "handoff", "pending")
    assert code == 0 and out.startswith(revision)
    assert "no.1" in out and "published" in out
    assert "headline would become: 노트북에서 고친 제목" in out
    code, out, _ = run(capsys, "--data", desk, "list")
    assert "노트북에서 고친 제목" not in out and "배곧 해안 산책로 2.4km" in out

    code, _, err = run(capsys, "--data", desk, "--as", "김민수", "handoff", "apply", revision)
    assert code == 1 and "permission denied" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data", desk, "--as", "오세훈", "handoff", "apply", "ffff")
    assert code == 1 and "matches 0 waiting hand-off updates" in err

    code, out, err = run(capsys, "--data", desk, "--as", "오세훈", "handoff", "apply", revision)
    assert code == 0, err
    assert out == f"applied hand-off update {revision} to '노트북에서 고친 제목' (published)\n"
    assert run(capsys, "--data", desk, "handoff", "pending")[1] == "no hand-off updates waiting\n"
    code, out, _ = run(capsys, "--data", desk, "revisions", "1")
    assert "handoff-applied" in out.splitlines()[0] and "오세훈" in out.splitlines()[0]
