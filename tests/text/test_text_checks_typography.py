"""Quotes and brackets, double spaces and http links, located in the text as typed."""

from __future__ import annotations

import pytest

from newsdesk.text.checks import ArticleCheckInput, CheckLimits, Finding, Severity, check_article


def body_findings(body: str, **fields: str) -> list[Finding]:
    article = ArticleCheckInput(
        headline=fields.get("headline", "제목"),
        subheadline=fields.get("subheadline", ""),
        byline="기자",
        section="사회",
        body=body,
        summary=fields.get("summary", ""),
        published_year=2025,
    )
    return check_article(article, CheckLimits(body_min_chars=0))


def where(findings: list[Finding]) -> list[tuple[str, int, int, int]]:
    return [(f.code, f.line, f.column, f.length) for f in findings]


# --------------------------------------------------------------------------
# Quotes and brackets
# --------------------------------------------------------------------------


def test_unclosed_curly_quote_is_located_by_line_and_column() -> None:
    body = "첫 문단이다.\n\n둘째 문단이다.\n시장은 “예산을 늘리겠다고 말했다."
    findings = body_findings(body)
    assert where(findings) == [("quote-unbalanced", 4, 5, 1)]
    assert findings[0].severity == Severity.ERROR
    assert findings[0].message == "닫히지 않은 큰따옴표 “ (본문 4행 5열)"


def test_closing_quote_without_opening_one() -> None:
    findings = body_findings("시장은 예산을 늘리겠다”고 말했다.")
    assert where(findings) == [("quote-unbalanced", 1, 13, 1)]
    assert findings[0].message.startswith("여는 짝이 없는 큰따옴표 ”")


@pytest.mark.parametrize(
    ("text", "column", "code"),
    [
        ("그는 ‘안전 우선을 강조했다.", 4, "quote-unbalanced"),
        ("제목은 「갯골 축제였다.", 5, "quote-unbalanced"),
        ("책 『바람의 길을 읽었다.", 3, "quote-unbalanced"),
        ("시흥시(시장 임병택가 발표했다.", 4, "bracket-unbalanced"),
        ("[속보 시흥시 발표", 1, "bracket-unbalanced"),
        ("시흥시는 예산안을 발표했다).", 15, "bracket-unbalanced"),
        ("신간 《바다의 노래를 소개한다.", 4, "bracket-unbalanced"),
        ("그는 “좋다”고 했다”.", 12, "quote-unbalanced"),
    ],
)
def test_each_kind_of_mark(text: str, column: int, code: str) -> None:
    assert where(body_findings(text)) == [(code, 1, column, 1)]


def test_nesting_is_checked_with_a_stack() -> None:
    # The parenthesis opened inside the quote is closed after it: the quote is fine,
    # the parenthesis inside is what was left open, and the late ")" is stray.
    findings = body_findings("그는 “시 예산(2조 원이 적다”고 말했다) 전했다.")
    assert where(findings) == [
        ("bracket-unbalanced", 1, 9, 1),
        ("bracket-unbalanced", 1, 24, 1),
    ]
    assert "닫히지 않은 괄호 (" in findings[0].message
    assert "여는 짝이 없는 괄호 )" in findings[1].message


def test_nested_quotes_of_every_kind_pass() -> None:
    text = "그는 “시민들이 ‘「시흥」은 (우리의) 『자랑』’이라고 한다”며 \"'웃었다'\"고 했다."
    assert body_findings(text) == []


def test_straight_double_quotes_pair_within_a_paragraph_only() -> None:
    body = '그는 "좋다"라고 했고 "나쁘다라고 했다.\n\n둘째 문단의 "인용"은 멀쩡하다.\n\n"셋째도."'
    findings = body_findings(body)
    assert where(findings) == [("quote-unbalanced", 1, 14, 1)]


def test_straight_quote_direction_comes_from_its_neighbours() -> None:
    # The first quote closes nothing (it follows a word): it is the stray one.
    findings = body_findings('그는 좋다"라고 했고 "나쁘다"라고 했다.')
    assert where(findings) == [("quote-unbalanced", 1, 6, 1)]


def test_straight_single_quotes_as_korean_quotation_are_checked() -> None:
    findings = body_findings("'국민의힘 압승에 여야 반응 엇갈려")
    assert where(findings) == [("quote-unbalanced", 1, 1, 1)]
    assert findings[0].message.startswith("닫히지 않은 작은따옴표 '")
    assert body_findings("'국민의힘' 압승에 '여야' 반응 엇갈려") == []


@pytest.mark.parametrize(
    "text",
    [
        "He said don't and it's O'Neill's.",
        "the students' work",
        "'90s 음악과 '24 시즌",
        "키 5'10\"의 선수",
        "rock 'n' roll",
        "McDonald’s, don’t, ’90년대",
        "“Don't stop”이라고 적힌 현수막",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert body_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1) 예산 2) 조례 3) 청원",
        "가) 첫째\n나) 둘째",
        "a) 영어 b) 수학 ii) 과학",
        "**1)** 굵은 번호",
        "(1) 괄호 번호 (2) 다음",
        "좋아요 :) 그리고 :-) 또는 ^^)",
        "안건은 “1) 예산 2) 조례”다",
    ],
)
def test_enumerators_and_smileys_are_not_stray_brackets(text: str) -> None:
    assert body_findings(text) == []


def test_one_broken_paragraph_does_not_flag_the_rest() -> None:
    body = "“열린 따옴표\n계속되는 같은 문단\n\n다음 문단 “정상”\n\n# 소제목 (괄호\n본문 “정상”"
    findings = body_findings(body)
    assert where(findings) == [("quote-unbalanced", 1, 1, 1), ("bracket-unbalanced", 6, 7, 1)]


def test_a_quote_may_span_lines_of_one_paragraph() -> None:
    assert body_findings("그는 “첫 줄에서 시작해\n둘째 줄에서 끝난다”고 말했다.") == []


def test_markdown_link_and_image_syntax_is_not_counted() -> None:
    body = (
        "[“인용된 기사 제목](https://a.kr/x)” 참고.\n\n"  # quote wraps the link text
        "![사진 (1](photo:1)\n\n"  # alt text is not prose
        "[위키](https://ko.wikipedia.org/wiki/시흥_(도시)) 참조.\n\n"
        '[제목][1]\n\n[1]: https://a.kr/(x "제목"'
    )
    assert body_findings(body) == []


def test_urls_are_masked_but_the_brackets_around_them_count() -> None:
    assert body_findings("누리집(https://www.siheung.go.kr)에서 확인") == []
    assert body_findings("주소: https://a.kr/q?x=(1 과 'https://b.kr/'") == []
    findings = body_findings("누리집(https://www.siheung.go.kr 에서 확인")
    assert where(findings) == [("bracket-unbalanced", 1, 4, 1)]


def test_code_is_ignored() -> None:
    body = (
        "본문 “정상”\n\n"
        '```python\nprint("("  )  # http://x 2월 30일\n```\n\n'
        "~~~\n“열림\n~~~\n\n"
        "    들여쓴 코드 (괄호  “열림 http://x\n\n"
        '인라인 `f(x  "` 코드'
    )
    assert body_findings(body) == []


def test_an_unclosed_fence_hides_the_rest_as_code_like_the_renderer() -> None:
    assert body_findings("문단\n\n```\n“열림\n\n(괄호") == []


def test_headline_and_subheadline_are_checked_too() -> None:
    findings = body_findings("본문", headline="시장 “재선 도전", subheadline="부제 (가칭")
    assert [(f.field, f.code, f.line, f.column) for f in findings] == [
        ("headline", "quote-unbalanced", 1, 4),
        ("subheadline", "bracket-unbalanced", 1, 4),
    ]
    assert findings[0].message == "닫히지 않은 큰따옴표 “ (제목 4번째 글자)"


def test_columns_count_code_points_and_ignore_carriage_returns() -> None:
    findings = body_findings("한 줄\r\n둘째 😀 “줄")
    assert where(findings) == [("quote-unbalanced", 2, 6, 1)]


# --------------------------------------------------------------------------
# Double spaces
# --------------------------------------------------------------------------


def test_double_spaces_inside_a_line_are_warned_about() -> None:
    findings = body_findings("첫 줄.\n시흥시는  18일   발표했다.")
    assert where(findings) == [("double-space", 2, 5, 2), ("double-space", 2, 10, 3)]
    assert all(f.severity == Severity.WARNING for f in findings)
    assert findings[1].message == "공백 3칸이 연속됩니다 (본문 2행 10열)"


def test_nbsp_and_ideographic_space_count_as_spaces() -> None:
    assert where(body_findings("가\u00a0 나\u3000\u3000다")) == [
        ("double-space", 1, 2, 2),
        ("double-space", 1, 5, 2),
    ]


def test_indentation_trailing_line_breaks_tables_and_code_are_not_double_spaces() -> None:
    body = (
        "줄 끝의 두 칸은 Markdown 줄바꿈  \n다음 줄\n\n"
        "- 목록\n  - 들여쓴 목록\n\n"
        "| 구분   | 값  |\n|---|---|\n| 가    | 1   |\n\n"
        "`a  b` 코드"
    )
    assert body_findings(body) == []


# --------------------------------------------------------------------------
# http links
# --------------------------------------------------------------------------


def test_http_links_are_warned_about_wherever_they_appear() -> None:
    body = (
        "[시청](http://www.siheung.go.kr/main)과 http://a.kr/x_(y), 에서\n"
        '<http://b.kr> 그리고 HTTP://C.KR 와 <a href="http://d.kr">d</a>'
    )
    findings = body_findings(body)
    assert where(findings) == [
        ("http-link", 1, 6, 29),
        ("http-link", 1, 38, 17),
        ("http-link", 2, 2, 11),
        ("http-link", 2, 19, 11),
        ("http-link", 2, 42, 11),
    ]
    assert findings[0].severity == Severity.WARNING
    assert "http://www.siheung.go.kr/main" in findings[0].message
    assert "https://" in findings[0].message


def test_https_links_are_fine() -> None:
    assert body_findings("[시청](https://www.siheung.go.kr) https://a.kr") == []


def test_http_in_summary_is_found() -> None:
    findings = body_findings("본문", summary="자세한 내용은 http://a.kr 참고")
    assert [(f.field, f.code, f.line, f.column) for f in findings] == [
        ("summary", "http-link", 1, 9)
    ]


def test_a_two_line_subheadline_is_located_by_line_and_column() -> None:
    findings = body_findings("본문", subheadline="첫 줄 부제\n둘째 줄 “부제")
    assert [(f.field, f.line, f.column) for f in findings] == [("subheadline", 2, 6)]
    assert findings[0].message == "닫히지 않은 큰따옴표 “ (부제 2행 6열)"
