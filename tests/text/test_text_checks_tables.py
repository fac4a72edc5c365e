"""Tables in the body (pasted from Word and 한글): the checks read each cell as its own text.

A quote opened in one cell and closed in another is two mistakes on the page;
the separator row, pipes, ``\\|`` escapes and ``<br>`` inside cells are layout,
not prose; tables written without outer pipes are tables too.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.text.checks import ArticleCheckInput, CheckLimits, Finding, check_article
from newsdesk.text.counts import count_text, markdown_to_plain
from newsdesk.text.html_to_markdown import html_to_markdown

CLIPBOARD = Path(__file__).parent / "clipboard"


def findings(body: str) -> list[tuple[str, int, int]]:
    article = ArticleCheckInput(
        headline="제목", subheadline="", byline="기자", section="사회", body=body,
        published_year=2026,
    )  # fmt: skip
    found: list[Finding] = check_article(article, CheckLimits(body_min_chars=0))
    return [(f.code, f.line, f.column) for f in found]


def test_a_quote_is_paired_inside_its_cell_only() -> None:
    body = "| 발언 | 내용 | 비고 |\n| --- | --- | --- |\n| 시장 | “좋다 | 끝” |\n"
    assert findings(body) == [("quote-unbalanced", 3, 8), ("quote-unbalanced", 3, 15)]


def test_quotes_and_brackets_closed_in_their_cells_pass() -> None:
    body = "| 구분 | 내용 |\n|:---|---:|\n| “가” | (나) \\| [다] |\n| 라 | 마<br>(바) |\n"
    assert findings(body) == []


def test_a_table_without_outer_pipes_is_a_table() -> None:
    body = "구분 | 내용\n--- | ---\n가   | “나\n"
    assert findings(body) == [("quote-unbalanced", 3, 7)]  # not double spaces: padding


def test_pasted_word_and_hwp_press_releases_check_clean() -> None:
    for name in ("word_press_release", "hwp_press_release"):
        markdown = html_to_markdown((CLIPBOARD / f"{name}.html").read_text(encoding="utf-8"))
        assert "|" in markdown
        assert findings(markdown) == [], name


def test_counts_read_a_line_break_in_a_cell_as_a_break() -> None:
    body = "| 일시 | 장소 |\n| --- | --- |\n| 5월 3일<br>오후 2시 | 야외 \\| 주무대 |"
    assert markdown_to_plain(body) == "일시 장소\n5월 3일\n오후 2시 야외 | 주무대"
    assert count_text(body).chars_no_spaces == len("일시장소5월3일오후2시야외|주무대")
