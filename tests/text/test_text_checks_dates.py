"""Impossible dates are errors, doubtful dates and times warnings; durations pass."""

from __future__ import annotations

import pytest

from newsdesk.text.checks import ArticleCheckInput, CheckLimits, Finding, Severity, check_article


def findings_for(body: str, year: int | None = 2025, **fields: str) -> list[Finding]:
    article = ArticleCheckInput(
        headline=fields.get("headline", "제목"),
        subheadline="",
        byline="기자",
        section="사회",
        body=body,
        published_year=year,
    )
    return check_article(article, CheckLimits(body_min_chars=0))


def where(findings: list[Finding]) -> list[tuple[str, int, int, int]]:
    return [(f.code, f.line, f.column, f.length) for f in findings]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("시의회는 오는 89일 본회의를 연다.", "오는 89일"),
        ("지난 510일 열린 행사에서", "지난 510일"),
        ("행사는 지난 510일", "지난 510일"),
        ("이달 32일까지 접수한다.", "이달 32일"),
        ("다음 달 40일에 개통", "다음 달 40일"),
        ("내달 0일 시행", "내달 0일"),
        ("2월 30일 개막", "2월 30일"),
        ("4월 31일 마감", "4월 31일"),
        ("6월 31일, 9월 31일, 11월 31일", "6월 31일"),
        ("3월 32일 개통", "3월 32일"),
        ("5월 0일", "5월 0일"),
        ("13월 중 발표", "13월"),
        ("0월 예정", "0월"),
        ("2025년 2월 29일 개최", "2025년 2월 29일"),
        ("2023년 2월 29일", "2023년 2월 29일"),
        ("1900년 2월 29일", "1900년 2월 29일"),
        ("내년 2월 29일에 만나자", "2월 29일"),  # 2026
        ("3월 30~32일", "3월 30~32일"),
        ("2025.2.29 작성", "2025.2.29"),
        ("2024-04-31 기준", "2024-04-31"),
        ("2024. 13. 5. 기준", "2024. 13. 5"),
        ("32일(월) 오후 2시", "32일"),
        ("45일 오전 10시 개막", "45일"),
    ],
)
def test_impossible_dates_are_errors(text: str, span: str) -> None:
    findings = findings_for(text)
    assert findings, text
    first = findings[0]
    assert (first.code, first.severity) == ("date-impossible", Severity.ERROR)
    start = text.index(span)
    assert (first.line, first.column, first.length) == (1, start + 1, len(span))
    assert span in first.message


def test_date_messages_say_why() -> None:
    messages = [f.message for f in findings_for("오는 89일과 4월 31일, 2025년 2월 29일, 13월")]
    assert messages == [
        "있을 수 없는 날짜 '오는 89일' — 한 달은 31일까지입니다 (본문 1행 1열)",
        "있을 수 없는 날짜 '4월 31일' — 4월은 30일까지입니다 (본문 1행 9열)",
        "있을 수 없는 날짜 '2025년 2월 29일' — 2025년은 윤년이 아닙니다 (본문 1행 17열)",
        "있을 수 없는 달 '13월' (본문 1행 31열)",
    ]


def test_dates_are_located_on_later_lines() -> None:
    body = "첫 문단.\n\n둘째 문단에서\n시는 지난 510일 열린 회의에서"
    assert where(findings_for(body)) == [("date-impossible", 4, 4, 7)]


def test_dates_in_the_headline_are_checked() -> None:
    findings = findings_for("본문", headline="시흥 갯골축제 오는 89일 개막")
    assert [(f.field, f.code, f.column) for f in findings] == [("headline", "date-impossible", 9)]


@pytest.mark.parametrize(
    "text",
    [
        "오는 29일",
        "지난 10일",
        "이달 31일",
        "7월 31일",
        "12월 31일",
        "2024년 2월 29일",
        "2000년 2월 29일",
        "지난해 2월 29일",  # 2024 when published in 2025
        "2월 28일",
        "1월 1일~12월 31일",
        "지난 100일 동안",
        "지난 100일간",
        "지난 365일 내내",
        "지난 1000일의 기록",
        "지난 100일은 길었다",
        "지난 45일 사이",
        "오는 100일 동안",
        "취임 100일 기념",
        "1년 365일",
        "D-100일",
        "13월의 월급",
        "2024.12.31",
        "2024-02-29",
        "11~12월",
        "3개월",
    ],
)
def test_possible_dates_and_durations_pass(text: str) -> None:
    assert findings_for(text) == []


def test_leap_day_without_a_year_is_only_a_warning_in_a_non_leap_year() -> None:
    findings = findings_for("오는 2월 29일 개막", year=2025)
    assert where(findings) == [("date-doubtful", 1, 4, 6)]
    assert findings[0].severity == Severity.WARNING
    assert "2025년은 윤년이 아닙니다" in findings[0].message
    assert findings_for("오는 2월 29일 개막", year=2028) == []


def test_year_words_are_relative_to_the_publication_year() -> None:
    assert findings_for("내년 2월 29일", year=2027) == []  # 2028
    assert where(findings_for("올해 2월 29일", year=2027)) == [("date-impossible", 1, 4, 6)]
    assert where(findings_for("작년 2월 29일", year=2025)) == []  # 2024


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("오후 13시에 시작", "오후 13시"),
        ("새벽 25시", "새벽 25시"),
        ("25시 30분 출발", "25시 30분"),
        ("9시 75분 도착", "9시 75분"),
        ("24시 10분", "24시 10분"),
        ("26시까지 운영", "26시"),
    ],
)
def test_doubtful_times_are_warnings(text: str, span: str) -> None:
    findings = findings_for(text)
    assert where(findings) == [("time-doubtful", 1, text.index(span) + 1, len(span))]
    assert findings[0].severity == Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "오후 2시",
        "오전 0시",
        "밤 12시",
        "24시 편의점",
        "24시간",
        "1시간 30분",
        "소설 '25시'",
        "14시 30분",
    ],
)
def test_ordinary_times_pass(text: str) -> None:
    assert findings_for(text) == []


def test_dates_inside_urls_and_code_are_ignored() -> None:
    body = (
        "[기사](https://news.example.kr/2024/13/45/오는-89일) 참고.\n\n"
        "`2월 30일`\n\n```\n오는 89일\n```"
    )
    assert findings_for(body) == []


def test_one_typo_is_one_finding() -> None:
    # "3월 32일(월)" matches both the month-day and the weekday rule.
    assert len(findings_for("3월 32일(월) 오후 2시")) == 1
