"""Photo references are placed as blocks of their own, whatever the cursor position."""

from __future__ import annotations

import pytest

from newsdesk.text.photo_refs import photo_block_edit, photo_reference

REF = "![등대](photo:1)"


def _apply(text: str, position: int, refs: list[str] | None = None) -> tuple[str, int]:
    edit = photo_block_edit(text, position, refs or [REF])
    return text[: edit.start] + edit.replacement + text[edit.end :], edit.cursor


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("", 0, f"{REF}\n\n"),
        ("첫 문단.\n둘째 줄.", 0, f"{REF}\n\n첫 문단.\n둘째 줄."),  # start of the body
        ("앞 문장. 뒤 문장.", 6, f"앞 문장.\n\n{REF}\n\n뒤 문장."),  # middle of a paragraph
        ("첫 줄\n둘째 줄", 3, f"첫 줄\n\n{REF}\n\n둘째 줄"),  # end of a paragraph line
        ("문단 1\n\n문단 2", 5, f"문단 1\n\n{REF}\n\n문단 2"),  # an empty line
        ("문단 1\n\n\n\n문단 2", 6, f"문단 1\n\n{REF}\n\n문단 2"),  # among blank lines
        ("끝 문장.", 5, f"끝 문장.\n\n{REF}\n\n"),  # end of the body
        ("끝 문장.\n\n  ", 8, f"끝 문장.\n\n{REF}\n\n"),
        ("- 항목\n    - 하위", 4, f"- 항목\n\n{REF}\n\n    - 하위"),  # indentation kept
    ],
)
def test_the_reference_is_its_own_block(text: str, position: int, expected: str) -> None:
    result, cursor = _apply(text, position)
    assert result == expected
    assert result[:cursor].endswith(f"{REF}\n\n")


def test_several_references_are_separate_blocks() -> None:
    result, _ = _apply("앞\n뒤", 1, ["![](photo:1)", "![](photo:2)"])
    assert result == "앞\n\n![](photo:1)\n\n![](photo:2)\n\n뒤"


def test_alt_text_stays_on_one_line_with_its_brackets_escaped() -> None:
    assert photo_reference(3, "[속보] 시흥\n등대") == r"![\[속보\] 시흥 등대](photo:3)"
    assert photo_reference(1) == "![](photo:1)"
