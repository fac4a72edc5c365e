"""Character-level diff for Korean text (no spaces inside words)."""

from __future__ import annotations

import itertools

import pytest

from newsdesk.text.diff import Op, Segment, diff_text, new_side, old_side


def joined(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments)


def test_equal_text_is_one_equal_segment() -> None:
    text = "시흥시는 오늘 발표했다.\n둘째 줄\n"
    assert diff_text(text, text) == [Segment(Op.EQUAL, text)]


def test_both_empty() -> None:
    assert diff_text("", "") == []


def test_pure_insert() -> None:
    assert diff_text("", "새 기사") == [Segment(Op.INSERT, "새 기사")]
    segments = diff_text("시흥시는 발표했다.", "시흥시는 오늘 발표했다.")
    changed = [s for s in segments if s.op != Op.EQUAL]
    assert len(changed) == 1
    assert changed[0].op == Op.INSERT
    assert changed[0].text.strip() == "오늘"  # which space goes with it is a free choice
    assert diff_text("첫째\n", "첫째\n둘째\n") == [
        Segment(Op.EQUAL, "첫째\n"),
        Segment(Op.INSERT, "둘째\n"),
    ]


def test_pure_delete() -> None:
    assert diff_text("지울 글", "") == [Segment(Op.DELETE, "지울 글")]
    assert diff_text("첫째\n둘째\n셋째\n", "첫째\n셋째\n") == [
        Segment(Op.EQUAL, "첫째\n"),
        Segment(Op.DELETE, "둘째\n"),
        Segment(Op.EQUAL, "셋째\n"),
    ]


def test_korean_particle_change_is_one_character_not_a_word() -> None:
    assert diff_text("교육청은", "교육청이") == [
        Segment(Op.EQUAL, "교육청"),
        Segment(Op.DELETE, "은"),
        Segment(Op.INSERT, "이"),
    ]
    segments = diff_text("시흥교육청은 과밀학급을 줄인다", "시흥교육청이 과밀학급을 줄였다")
    assert [s for s in segments if s.op != Op.EQUAL] == [
        Segment(Op.DELETE, "은"),
        Segment(Op.INSERT, "이"),
        Segment(Op.DELETE, "인"),
        Segment(Op.INSERT, "였"),
    ]


def test_multi_line_with_one_changed_line() -> None:
    old = "첫 문단은 그대로다.\n예산은 30억 원이다.\n마지막 문단.\n"
    new = "첫 문단은 그대로다.\n예산은 35억 원이다.\n마지막 문단.\n"
    assert diff_text(old, new) == [
        Segment(Op.EQUAL, "첫 문단은 그대로다.\n예산은 3"),
        Segment(Op.DELETE, "0"),
        Segment(Op.INSERT, "5"),
        Segment(Op.EQUAL, "억 원이다.\n마지막 문단.\n"),
    ]


def test_segments_are_merged_and_never_empty() -> None:
    segments = diff_text("가나다\n라마바\n", "가나다라\n라마\n사\n")
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in itertools.pairwise(segments))


def test_sides_show_what_each_column_shows() -> None:
    segments = diff_text("교육청은", "교육청이")
    assert old_side(segments) == [Segment(Op.EQUAL, "교육청"), Segment(Op.DELETE, "은")]
    assert new_side(segments) == [Segment(Op.EQUAL, "교육청"), Segment(Op.INSERT, "이")]


CASES = [
    ("", ""),
    ("", "한 줄\n"),
    ("한 줄\n", ""),
    ("교육청은", "교육청이"),
    ("시흥시 배곧동", "시흥시 정왕동 배곧"),
    ("첫째\n둘째\n셋째", "첫째\n둘째 고침\n셋째\n넷째"),
    ("a\r\nb\r\n", "a\nb\n"),
    ("“인용”이라고 말했다.\n\n문단\n", "‘인용’이라고 했다.\n문단\n\n"),
    ("가" * 50 + "\n" + "나" * 50, "나" * 50 + "\n" + "가" * 50),
    ("😀 이모지 포함\n", "😃 이모지 포함!\n"),
    ("no newline at end", "no newline at end\n"),
]


@pytest.mark.parametrize(("old", "new"), CASES)
def test_old_and_new_sides_rebuild_the_texts_exactly(old: str, new: str) -> None:
    segments = diff_text(old, new)
    assert joined(old_side(segments)) == old
    assert joined(new_side(segments)) == new
    assert {s.op for s in segments} <= set(Op)
    if old == new:
        assert all(s.op == Op.EQUAL for s in segments)
    else:
        assert any(s.op != Op.EQUAL for s in segments)


@pytest.mark.parametrize(("old", "new"), CASES)
def test_deletions_come_before_insertions_in_each_change(old: str, new: str) -> None:
    segments = diff_text(old, new)
    for before, after in itertools.pairwise(segments):
        assert not (before.op == Op.INSERT and after.op == Op.DELETE)
