"""The workflow sub-commands of ``newsdesk``, run in-process on copies of the demo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.cli.conftest import run

from newsdesk.cli import main
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import RevisionService
from newsdesk.services.workflow import WorkflowService

CLEAN_BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)
HEADLINE = "배곧 해안 산책로 새로 연다"


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("newsdesk: error: ")
    return lines[0]


def write_markdown(path: Path, title: str, body: str, author: str = "김민수") -> Path:
    front = f"title: {title}\nauthor: {author}\nsection: 사회\ntags: [해안, 산책로]\n"
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return path


def import_article(capsys: pytest.CaptureFixture[str], data: Path, md: Path) -> str:
    code, out, err = run(capsys, "--data", str(data), "import", str(md))
    assert code == 0, err
    found = re.search(r"-> ([0-9a-f-]{36}) \(draft\)", out)
    assert found, out
    return found.group(1)


def with_room(data: Path) -> Newsroom:
    return Newsroom.open(data)


def test_draft_to_published_and_back_with_a_note(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    site = tmp_path / "site"
    article_id = import_article(
        capsys, demo_dir, write_markdown(tmp_path / "a.md", HEADLINE, CLEAN_BODY)
    )
    ref = article_id[:8]
    assert run(capsys, "--data", data, "site", "set", "export_dir", str(site))[0] == 0

    code, out, err = run(capsys, "--data", data, "--as", "김민수", "submit", ref)
    assert (code, out.strip(), err) == (0, f"{ref}: submitted", "")
    code, out, _ = run(capsys, "--data", data, "--as", "오세훈", "review", ref)
    assert (code, out.strip()) == (0, f"{ref}: in_review")
    note = "첫 문단에 날짜를 넣어 주세요"
    code, out, _ = run(capsys, "--data", data, "--as", "오세훈", "return", ref, "--note", note)
    assert (code, out.strip()) == (0, f"{ref}: returned")
    code, out, _ = run(capsys, "--data", data, "--as", "김민수", "submit", ref)
    assert (code, out.strip()) == (0, f"{ref}: submitted")
    code, out, _ = run(capsys, "--data", data, "--as", "오세훈", "approve", ref)
    assert (code, out.strip()) == (0, f"{ref}: approved")
    assert not (site / "articles").exists() or not list((site / "articles").glob("28-*"))

    # A reporter may not publish: one clear line, no traceback, nothing changes.
    code, out, err = run(capsys, "--data", data, "--as", "김민수", "publish", ref, "--yes")
    assert code == 1
    assert "permission" in one_error_line(err)
    assert out == ""

    code, out, err = run(capsys, "--data", data, "--as", "오세훈", "publish", ref, "--yes")
    assert code == 0, err
    assert f"published {ref} as no.28" in out
    assert f"site updated in {site}" in out
    (page,) = (site / "articles").glob("28-*.html")
    assert HEADLINE in page.read_text(encoding="utf-8")
    assert HEADLINE in (site / "index.html").read_text(encoding="utf-8")

    code, out, _ = run(capsys, "--data", data, "history", ref)
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 6
    assert [line.split()[3] for line in lines] == [
        "submit",
        "start_review",
        "return",
        "submit",
        "approve",
        "publish",
    ]
    assert "오세훈" in lines[2] and "in_review → returned" in lines[2] and note in lines[2]
    assert "김민수" in lines[0]

    code, out, err = run(capsys, "--data", data, "--as", "오세훈", "unpublish", "28")
    assert code == 0, err
    assert "unpublished 28" in out
    assert not list((site / "articles").glob("28-*.html"))
    assert HEADLINE not in (site / "index.html").read_text(encoding="utf-8")


def test_return_needs_a_note(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = import_article(capsys, demo_dir, write_markdown(tmp_path / "a.md", HEADLINE, CLEAN_BODY))[
        :8
    ]
    data = str(demo_dir)
    run(capsys, "--data", data, "--as", "김민수", "submit", ref)
    code, _, err = run(capsys, "--data", data, "--as", "오세훈", "return", ref, "--note", "  ")
    assert code == 1
    assert "note" in one_error_line(err)
    with pytest.raises(SystemExit) as exited:  # argparse: --note is required
        main(["--data", data, "--as", "오세훈", "return", ref])
    assert exited.value.code == 2
    capsys.readouterr()


def test_acting_person_must_be_named_and_known(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSDESK_USER", raising=False)
    code, _, err = run(capsys, "--data", str(demo_dir), "publish", "1", "--yes")
    assert code == 1
    line = one_error_line(err)
    assert "--as" in line
    for name in ("김민수", "이서연", "박준호", "최유진", "오세훈"):
        assert name in line
    code, _, err = run(capsys, "--data", str(demo_dir), "--as", "홍길동", "submit", "1")
    assert code == 1
    assert "홍길동" in one_error_line(err)
    # $NEWSDESK_USER works as a default.
    monkeypatch.setenv("NEWSDESK_USER", "김민수")
    code, _, err = run(capsys, "--data", str(demo_dir), "approve", "1")
    assert code == 1
    assert "permission" in one_error_line(err)


def test_invalid_transition_is_one_line(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data", str(demo_dir), "--as", "오세훈", "approve", "1")
    assert code == 1
    assert "published" in one_error_line(err)


def test_check_clean_imported_article(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = import_article(capsys, demo_dir, write_markdown(tmp_path / "a.md", HEADLINE, CLEAN_BODY))[
        :8
    ]
    code, out, err = run(capsys, "--data", str(demo_dir), "check", ref)
    assert (code, out.strip(), err) == (0, "no problems found", "")


def test_check_clean_demo_article(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data", str(demo_dir), "check", "1")
    assert (code, out.strip()) == (0, "no problems found")


def test_check_flags_defects_with_line_and_column(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        CLEAN_BODY + "\n\n시는 오는 89일 개장식을 연다.\n\n주민들은 “빨리 열렸으면 한다고 말했다.\n"
    )
    ref = import_article(capsys, demo_dir, write_markdown(tmp_path / "bad.md", HEADLINE, body))[:8]
    code, out, err = run(capsys, "--data", str(demo_dir), "check", ref)
    assert code == 1, err
    lines = out.strip().splitlines()
    assert "no problems found" not in out
    located = [re.search(r"\bbody:(\d+):(\d+)\s+error\b", line) for line in lines]
    places = {(int(m.group(1)), int(m.group(2))) for m in located if m}
    assert (17, 4) in places  # "89일" on the date line
    assert any(line_no == 19 for line_no, _ in places)  # the unclosed quote's line
    assert any("89" in line for line in lines)

    code, out, _ = run(capsys, "--data", str(demo_dir), "check", ref, "--json")
    assert code == 1
    assert '"severity": "error"' in out


def test_revisions_diff_restore_and_comments(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    first = write_markdown(tmp_path / "a.md", "시흥 교육청은 왜 나섰나", CLEAN_BODY)
    article_id = import_article(capsys, demo_dir, first)
    ref = article_id[:8]
    run(capsys, "--data", data, "--as", "김민수", "submit", ref)
    run(capsys, "--data", data, "--as", "오세훈", "review", ref)
    room = with_room(demo_dir)
    try:
        articles = ArticleService(room)
        current = articles.get(article_id)
        fields = ArticleFields.of(current)
        fields.headline = "시흥 교육청이 왜 나섰나"
        assert [h.action for h in WorkflowService(room).history(article_id)] == [
            "submit",
            "start_review",
        ]
        editor_id = next(p.id for p in articles.people() if p.name == "오세훈")
        articles.save(article_id, fields, expected_version=current.version, actor_id=editor_id)
        infos = RevisionService(room).for_article(article_id)
    finally:
        room.close()
    assert [i.reason for i in infos] == ["save", "start_review", "submit", "import"]
    newest, oldest = infos[0].id[:8], infos[-1].id[:8]  # oldest: the imported original

    code, out, _ = run(capsys, "--data", data, "revisions", ref)
    assert code == 0
    listed = out.strip().splitlines()
    assert [line.split()[0] for line in listed] == [i.id[:8] for i in infos]
    assert "save" in listed[0] and "오세훈" in listed[0]

    code, out, _ = run(capsys, "--data", data, "diff", oldest, newest)
    assert code == 0
    assert "== 제목 (headline)\n시흥 교육청[-은-]{+이+} 왜 나섰나" in out
    assert "== 상태 (status)" in out
    code, out, _ = run(capsys, "--data", data, "diff", newest, newest)
    assert out.strip() == "no differences"
    code, _, err = run(capsys, "--data", data, "diff", "zzzzzzzz", newest)
    assert code == 1
    assert "0 revisions" in one_error_line(err)

    # The reporter cannot restore while the article is with the desk; the editor can.
    code, _, err = run(capsys, "--data", data, "--as", "김민수", "restore", oldest)
    assert code == 1
    assert "permission" in one_error_line(err)
    code, out, err = run(capsys, "--data", data, "--as", "오세훈", "restore", oldest)
    assert code == 0, err
    assert out.startswith("restored; new revision ")
    code, out, _ = run(capsys, "--data", data, "revisions", ref)
    reasons = [line.split()[4] for line in out.strip().splitlines()]
    assert reasons == ["restore", "before-restore", "save", "start_review", "submit", "import"]
    assert "시흥 교육청은 왜 나섰나" in out.strip().splitlines()[0]

    code, out, _ = run(capsys, "--data", data, "--as", "오세훈", "comment", ref, "출처 확인")
    assert code == 0
    assert re.fullmatch(r"#\d+ \[열림\] \d\d-\d\d \d\d:\d\d 오세훈: 출처 확인", out.strip())
    run(capsys, "--data", data, "--as", "김민수", "comment", ref, "시청 자료입니다")
    code, out, _ = run(capsys, "--data", data, "comment", ref)
    assert [line.split(": ", 1)[1] for line in out.strip().splitlines()] == [
        "출처 확인",
        "시청 자료입니다",
    ]
    code, _, err = run(capsys, "--data", data, "--as", "오세훈", "comment", ref, "   ")
    assert code == 1
    assert "empty" in one_error_line(err)


def test_people_add(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(demo_dir)
    code, out, _ = run(capsys, "--data", data, "people")
    assert code == 0
    assert len(out.strip().splitlines()) == 5
    code, out, _ = run(capsys, "--data", data, "people", "--add", "홍길동", "--role", "editor")
    assert code == 0
    (row,) = [line for line in out.splitlines() if line.startswith("홍길동")]
    assert row.split()[1] == "editor"
    # The new editor can act at once.
    code, out, err = run(capsys, "--data", data, "--as", "홍길동", "unpublish", "1")
    assert code == 0, err
    # Adding again does not duplicate.
    code, out, _ = run(capsys, "--data", data, "people", "--add", "홍길동")
    assert [line.split()[0] for line in out.splitlines()].count("홍길동") == 1


def test_handoff_between_two_data_folders(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "two.newsdesk"
    code, out, err = run(
        capsys, "--data", str(demo_dir), "handoff", "export", "1", "2", "-o", str(package)
    )
    assert code == 0, err
    assert "2 articles" in out
    assert package.is_file()

    other = tmp_path / "other"
    code, out, err = run(capsys, "--data", str(other), "handoff", "import", str(package))
    assert code == 0, err
    assert out.startswith("2 added, 0 updated, 0 unchanged")
    code, out, err = run(capsys, "--data", str(other), "handoff", "import", str(package))
    assert code == 0, err
    assert out.startswith("0 added, 0 updated, 2 unchanged")
    code, out, _ = run(capsys, "--data", str(other), "list")
    assert len(out.strip().splitlines()) == 2
    assert "배곧 해안 산책로" in out
