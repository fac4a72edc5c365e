"""Pre-publish checks: required fields, photos, footer, lengths, ordering, API shape."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.text.checks import (
    ArticleCheckInput,
    CheckLimits,
    Finding,
    PhotoCheckInput,
    Severity,
    check_article,
    field_label,
    has_errors,
)

LONG_BODY = "시흥시는 올해 하반기 주민참여예산 사업 20건을 확정했다. " * 12
GOOD_PHOTO = PhotoCheckInput(
    caption="시흥시청 전경", credit="시흥시 제공", alt_text="시흥시청 건물"
)


def article(**changes: object) -> ArticleCheckInput:
    base = ArticleCheckInput(
        headline="시흥시, 주민참여예산 20건 확정",
        subheadline="",
        byline="홍길동 기자",
        section="사회",
        body=LONG_BODY,
        published_year=2025,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


def test_a_good_article_has_no_findings() -> None:
    assert check_article(article(photos=(GOOD_PHOTO,))) == []


# --------------------------------------------------------------------------
# Required fields
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "code"),
    [("headline", "headline-empty"), ("byline", "byline-empty"), ("section", "section-empty")],
)
@pytest.mark.parametrize("value", ["", "   ", "\u3000\n"])
def test_empty_required_field_is_an_error(field: str, code: str, value: str) -> None:
    findings = check_article(article(**{field: value}))
    assert codes(findings) == [code]
    finding = findings[0]
    assert finding.severity == Severity.ERROR
    assert (finding.field, finding.line, finding.column) == (field, 1, 1)
    assert "비어" in finding.message or "정해지지" in finding.message


def test_subheadline_and_summary_may_be_empty() -> None:
    assert check_article(article(subheadline="", summary="")) == []


def test_footer_incomplete_lists_the_missing_labels() -> None:
    findings = check_article(article(missing_footer_fields=("등록번호", "청소년보호책임자")))
    assert codes(findings) == ["footer-incomplete"]
    finding = findings[0]
    assert finding.severity == Severity.ERROR
    assert (finding.field, finding.line, finding.column) == ("site", 0, 0)
    assert "등록번호, 청소년보호책임자" in finding.message


# --------------------------------------------------------------------------
# Photos
# --------------------------------------------------------------------------


def test_each_missing_photo_text_is_its_own_error_on_the_right_photo() -> None:
    photos = (
        GOOD_PHOTO,
        PhotoCheckInput(caption="", credit="", alt_text=" "),
        PhotoCheckInput(caption="배곧 갯벌", credit="독자 제공", alt_text=""),
    )
    findings = check_article(article(photos=photos))
    assert [(f.field, f.code) for f in findings] == [
        ("photo:2", "photo-no-alt"),
        ("photo:2", "photo-no-caption"),
        ("photo:2", "photo-no-credit"),
        ("photo:3", "photo-no-alt"),
    ]
    assert all(f.severity == Severity.ERROR and f.line == 0 for f in findings)
    assert "사진 2" in findings[0].message


def test_photo_caption_typography_is_checked_too() -> None:
    photo = PhotoCheckInput(caption="김 시장이 “인사하고 있다", credit="시 제공", alt_text="시장")
    findings = check_article(article(photos=(photo,)))
    assert [(f.code, f.field, f.line, f.column) for f in findings] == [
        ("quote-unbalanced", "photo:1", 1, 7)
    ]
    assert "사진 1 설명 7번째 글자" in findings[0].message


# --------------------------------------------------------------------------
# Lengths
# --------------------------------------------------------------------------


def test_headline_longer_than_the_list_limit_is_a_warning() -> None:
    headline = "가" * 45
    findings = check_article(article(headline=headline))
    assert codes(findings) == ["headline-too-long"]
    finding = findings[0]
    assert finding.severity == Severity.WARNING
    assert (finding.line, finding.column, finding.length) == (1, 41, 5)  # the part that overflows
    assert "45자" in finding.message and "40자" in finding.message


def test_headline_exactly_at_the_limit_passes_and_the_limit_is_configurable() -> None:
    assert check_article(article(headline="가" * 40)) == []
    limits = CheckLimits(headline_max_chars=20)
    assert codes(check_article(article(headline="가" * 21), limits)) == ["headline-too-long"]


def test_headline_length_counts_syllables_not_decomposed_jamo() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "가" * 40)  # 80 code points, 40 syllables
    assert check_article(article(headline=decomposed)) == []


def test_short_body_is_a_warning_counted_without_spaces_or_markup() -> None:
    body = "**시흥시**는 [오늘](https://a.kr) 발표했다. " * 3
    findings = check_article(article(body=body))
    assert codes(findings) == ["body-too-short"]
    finding = findings[0]
    assert finding.severity == Severity.WARNING
    assert (finding.field, finding.line) == ("body", 0)
    assert "33자" in finding.message and "300자" in finding.message


def test_empty_body_is_reported_as_too_short() -> None:
    assert codes(check_article(article(body=""))) == ["body-too-short"]


def test_body_minimum_is_configurable() -> None:
    assert check_article(article(body="짧은 본문."), CheckLimits(body_min_chars=5)) == []


# --------------------------------------------------------------------------
# Ordering, has_errors, API
# --------------------------------------------------------------------------


def test_errors_come_first_then_field_order_then_position() -> None:
    findings = check_article(
        article(
            headline="가" * 41 + "  끝",  # warnings: too long, double space
            byline="",  # error
            body=LONG_BODY + "\n\n오는 89일  열린다. “닫히지 않음\n\n지난 32일 http://a.kr",
            summary="요약  문장",  # warning
            photos=(PhotoCheckInput("", "제공", "대체"),),  # error
            missing_footer_fields=("발행인",),  # error
        )
    )
    assert [(f.severity.value, f.field, f.code) for f in findings] == [
        ("error", "byline", "byline-empty"),
        ("error", "body", "date-impossible"),
        ("error", "body", "quote-unbalanced"),
        ("error", "body", "date-impossible"),
        ("error", "photo:1", "photo-no-caption"),
        ("error", "site", "footer-incomplete"),
        ("warning", "headline", "headline-too-long"),
        ("warning", "headline", "double-space"),
        ("warning", "body", "double-space"),
        ("warning", "body", "http-link"),
        ("warning", "summary", "double-space"),
    ]
    body = [f for f in findings if f.field == "body"]
    assert [(f.line, f.column) for f in body] == [(3, 1), (3, 14), (5, 1), (3, 7), (5, 8)]


def test_has_errors() -> None:
    warning = Finding("double-space", Severity.WARNING, "공백", "body", 1, 3, 2)
    error = Finding("headline-empty", Severity.ERROR, "제목", "headline", 1, 1)
    assert not has_errors([])
    assert not has_errors([warning])
    assert has_errors([warning, error])
    assert has_errors(iter([error]))  # any iterable
    assert has_errors(check_article(article(headline="")))
    assert not has_errors(check_article(article(body="짧다")))


def test_findings_are_frozen_and_severity_is_a_string() -> None:
    finding = check_article(article(headline=""))[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.line = 2  # type: ignore[misc]
    assert finding.severity == "error"
    assert f"{Severity.WARNING}" == "warning"


def test_published_year_defaults_to_the_current_year_in_seoul() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    year = datetime.now(ZoneInfo("Asia/Seoul")).year
    body = LONG_BODY + "\n\n행사는 2월 29일에 열린다."
    findings = check_article(article(body=body, published_year=None))
    import calendar

    expected = [] if calendar.isleap(year) else ["date-doubtful"]
    assert codes(findings) == expected


def test_field_labels() -> None:
    assert field_label("body") == "본문"
    assert field_label("headline") == "제목"
    assert field_label("photo:3") == "사진 3"
    assert field_label("site") == "사이트"


def test_messages_name_the_place() -> None:
    findings = check_article(article(headline="시흥시  예산", body=LONG_BODY + "\n\n“인용"))
    messages = {f.code: f.message for f in findings}
    assert messages["quote-unbalanced"] == "닫히지 않은 큰따옴표 “ (본문 3행 1열)"
    assert messages["double-space"] == "공백 2칸이 연속됩니다 (제목 4번째 글자)"


def test_a_5000_character_article_is_checked() -> None:
    # Timing is reported by the benchmark script, not asserted; this only
    # makes sure a long article goes through every check without surprises.
    paragraph = (
        "시흥시는 지난 10일 “2025년 예산(2조 1,430억 원)”을 발표했다. "
        "[자세히](https://www.siheung.go.kr/a_(b)) 보기.\n\n"
    )
    body = paragraph * (5000 // len(paragraph) + 1)
    assert len(body) > 5000
    assert check_article(article(body=body)) == []
