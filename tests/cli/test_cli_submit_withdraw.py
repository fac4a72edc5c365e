"""``newsdesk submit`` runs the checks (``--yes`` confirms warnings, errors always
block) and ``newsdesk withdraw`` takes a submission back before the review."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.cli.conftest import run

CLEAN_BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def _import(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, body: str) -> str:
    md = tmp_path / "a.md"
    front = "title: 배곧 해안 산책로 새로 연다\nauthor: 김민수\nsection: 사회\n"
    md.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    code, out, err = run(capsys, "--data", str(data), "import", str(md))
    assert code == 0, err
    found = re.search(r"-> ([0-9a-f-]{36}) \(draft\)", out)
    assert found, out
    return found.group(1)[:8]


def test_submit_blocks_on_errors_and_asks_for_yes_on_warnings(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    broken = _import(capsys, demo_dir, tmp_path, CLEAN_BODY + "\n\n그는 “좋다고 했다.")
    code, out, err = run(capsys, "--data", data, "--as", "김민수", "submit", broken, "--yes")
    assert code == 1 and out == ""
    assert "checks failed" in err and "큰따옴표" in err
    assert "Traceback" not in err

    short = _import(capsys, demo_dir, tmp_path, "짧은 본문이다.")
    code, _, err = run(capsys, "--data", data, "--as", "김민수", "submit", short)
    assert code == 1 and "need confirmation" in err
    code, out, _ = run(capsys, "--data", data, "--as", "김민수", "submit", short, "--yes")
    assert (code, out.strip()) == (0, f"{short}: submitted")


def test_withdraw_before_the_review_only(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    ref = _import(capsys, demo_dir, tmp_path, CLEAN_BODY)
    assert run(capsys, "--data", data, "--as", "김민수", "submit", ref)[0] == 0
    code, _, err = run(capsys, "--data", data, "--as", "오세훈", "withdraw", ref)
    assert code == 1 and "permission denied" in err  # the author's, not the desk's
    code, out, _ = run(capsys, "--data", data, "--as", "김민수", "withdraw", ref)
    assert (code, out.strip()) == (0, f"{ref}: draft")

    assert run(capsys, "--data", data, "--as", "김민수", "submit", ref)[0] == 0
    assert run(capsys, "--data", data, "--as", "오세훈", "review", ref)[0] == 0
    code, _, err = run(capsys, "--data", data, "--as", "김민수", "withdraw", ref)
    assert code == 1 and "in_review" in err
