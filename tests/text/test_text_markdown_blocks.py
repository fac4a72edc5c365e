"""Format menu rules on plain lines: toggles, list continuation, isolated blocks."""

from __future__ import annotations

import pytest

from newsdesk.text.markdown import render_markdown
from newsdesk.text.markdown_blocks import (
    RULE,
    TABLE_SKELETON,
    Continuation,
    continue_list,
    isolated_block,
    toggle_bullets,
    toggle_heading,
    toggle_numbers,
    toggle_quote,
)


def test_heading_toggles_and_normalises_levels() -> None:
    assert toggle_heading(["현장 스케치"]) == ["## 현장 스케치"]
    assert toggle_heading(["## 현장 스케치"]) == ["현장 스케치"]
    assert toggle_heading(["# 하나", "### 둘", "- 셋"]) == ["## 하나", "## 둘", "## 셋"]
    assert toggle_heading(["가", "", "나"]) == ["## 가", "", "## 나"]
    assert toggle_heading([""]) == ["## "]  # an empty line: type the sub-heading next


def test_quote_wraps_a_paragraph_and_unwraps_it() -> None:
    quoted = toggle_quote(["“교육이 먼저”라고 말했다.", "", "둘째 줄"])
    assert quoted == ["> “교육이 먼저”라고 말했다.", ">", "> 둘째 줄"]
    assert toggle_quote(quoted) == ["“교육이 먼저”라고 말했다.", "", "둘째 줄"]
    assert "<blockquote>" in render_markdown("\n".join(quoted))
    assert toggle_quote([""]) == ["> "]


def test_bullets_and_numbers_toggle_and_convert() -> None:
    lines = ["배곧 해안 산책로", "야간 조명", "쉼터 12곳"]
    bullets = toggle_bullets(lines)
    assert bullets == ["- 배곧 해안 산책로", "- 야간 조명", "- 쉼터 12곳"]
    assert toggle_bullets(bullets) == lines
    numbers = toggle_numbers(bullets)
    assert numbers == ["1. 배곧 해안 산책로", "2. 야간 조명", "3. 쉼터 12곳"]
    assert toggle_numbers(numbers) == lines
    assert toggle_bullets(numbers) == bullets
    assert toggle_bullets([""]) == ["- "]
    assert toggle_numbers([]) == ["1. "]
    assert "<ol>" in render_markdown("문단\n" + "\n".join(numbers))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 첫째", Continuation("- 첫째", "- ")),
        ("  * 안쪽", Continuation("  * 안쪽", "  * ")),
        ("1. 하나", Continuation("1. 하나", "2. ")),
        ("9) 아홉", Continuation("9) 아홉", "10) ")),
        ("- ", Continuation("", None)),
        ("3.", Continuation("", None)),
        ("그냥 문장", None),
        ("-5도까지 떨어졌다", None),
    ],
)
def test_enter_continues_or_ends_a_list(line: str, expected: Continuation | None) -> None:
    assert continue_list(line) == expected


def test_table_and_rule_get_blank_lines_where_text_touches_them() -> None:
    table = "\n".join(TABLE_SKELETON)
    assert isolated_block(TABLE_SKELETON, "", "") == table + "\n"
    assert isolated_block(TABLE_SKELETON, "문단 끝", "") == "\n\n" + table + "\n"
    assert isolated_block(TABLE_SKELETON, "문단\n", "\n다음") == "\n" + table + "\n"
    assert isolated_block(TABLE_SKELETON, "문단\n\n", "\n\n다음") == table
    assert isolated_block((RULE,), "앞", "뒤") == "\n\n---\n\n"
    html = render_markdown("문단" + isolated_block((RULE,), "문단", "") + "다음")
    assert "<hr" in html and "<h" not in html.replace("<hr", "")
    source = "앞 문단" + isolated_block(TABLE_SKELETON, "앞 문단", "")
    assert "<p>앞 문단</p>" in render_markdown(source)  # the table is not part of the paragraph
