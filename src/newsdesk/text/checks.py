"""Pre-publish checks: what must be fixed (errors) or confirmed (warnings).

Qt-free so the publish service, ``newsdesk check`` and the editor share one
verdict. Every finding names its field and, for text, the line and column in
the text as typed (1-based, in code points), so the GUI can jump there.

What is checked, and why it is an error or only a warning:

- Errors block publishing, so they are raised only where the text cannot be
  right: an empty headline, byline or section; a photo without caption,
  credit (copyright) or alt text (accessibility); unbalanced quotes and
  brackets; impossible dates ("오는 89일", "2월 30일", "13월"); the legally
  required footer incomplete (신문법 §21).
- Warnings need a human's confirmation: a headline too long for the list
  page, a body below the minimum length, ``http://`` links, double spaces,
  doubtful dates and times ("2월 29일" in a non-leap year when the text names
  no year, "오후 13시").

Double spaces: a run of two or more spaces *between* characters on a line.
Leading indentation (Markdown structure), trailing spaces (invisible; two of
them are Markdown's line break), code and table-row padding are not flagged.
"..." is deliberately not flagged: many papers keep it, and noise makes
people click warnings away.

Dates are in :mod:`~newsdesk.text.checks_dates`, quotes, spacing and links
in :mod:`~newsdesk.text.checks_typography`, both working on the masked prose
of :mod:`~newsdesk.text.checks_masking`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from newsdesk.text.checks_dates import find_impossible_dates
from newsdesk.text.checks_masking import PreparedText, TextIssue, prepare_markdown, prepare_plain
from newsdesk.text.checks_typography import find_double_spaces, find_http_links, find_unbalanced
from newsdesk.text.counts import count_text

__all__ = [
    "ArticleCheckInput",
    "CheckLimits",
    "Finding",
    "PhotoCheckInput",
    "Severity",
    "check_article",
    "field_label",
    "has_errors",
]

_SEOUL = ZoneInfo("Asia/Seoul")


class Severity(StrEnum):
    """ERROR blocks publishing; WARNING needs the user's confirmation."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem, located so the editor can jump to it.

    ``line``/``column`` are 1-based, counted in code points of the field's
    text as given (a GUI using UTF-16 positions must convert for characters
    outside the BMP). ``line`` is 0 when the finding is about the field as a
    whole (a missing photo credit, a short body).
    """

    code: str
    severity: Severity
    message: str
    field: str
    line: int
    column: int
    length: int = 0


@dataclass(frozen=True)
class PhotoCheckInput:
    caption: str
    credit: str
    alt_text: str


@dataclass(frozen=True)
class ArticleCheckInput:
    """The article as the checks see it: plain values, no database objects."""

    headline: str
    subheadline: str
    byline: str
    section: str
    body: str  # Markdown
    summary: str = ""
    photos: tuple[PhotoCheckInput, ...] = ()
    missing_footer_fields: tuple[str, ...] = ()  # Korean labels, computed by the caller
    published_year: int | None = None  # None: the current year in Asia/Seoul


@dataclass(frozen=True)
class CheckLimits:
    """Newsroom-tunable limits.

    ``headline_max_chars``: what fits one line of the list page (spaces
    count, as they take room). ``body_min_chars``: 글자수 without spaces of
    the reader-visible body — the figure reporters are assigned lengths in.
    """

    headline_max_chars: int = 40
    body_min_chars: int = 300


_FIELD_LABELS = {
    "headline": "제목",
    "subheadline": "부제",
    "byline": "기자명",
    "section": "섹션",
    "body": "본문",
    "summary": "요약",
    "site": "사이트",
}
_FIELD_ORDER = ("headline", "subheadline", "byline", "section", "body", "summary")
_MULTILINE_FIELDS = frozenset({"body", "summary"})


def field_label(field: str) -> str:
    """Korean name of a finding's field: "본문", "사진 2"."""
    if field.startswith("photo:"):
        return f"사진 {field.partition(':')[2]}"
    return _FIELD_LABELS.get(field, field)


def has_errors(findings: Iterable[Finding]) -> bool:
    """True if anything blocks publishing."""
    return any(finding.severity == Severity.ERROR for finding in findings)


def _sort_key(finding: Finding) -> tuple[int, int, int, int, int, str]:
    if finding.field in _FIELD_ORDER:
        rank, photo = _FIELD_ORDER.index(finding.field), 0
    elif finding.field.startswith("photo:"):
        number = finding.field.partition(":")[2]
        rank, photo = len(_FIELD_ORDER), int(number) if number.isdigit() else 0
    else:
        rank, photo = len(_FIELD_ORDER) + 1, 0
    severity = 0 if finding.severity == Severity.ERROR else 1
    return (severity, rank, photo, finding.line, finding.column, finding.code)


def _locate(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset``; lines end at "\\n" (a "\\r" before it is harmless)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


class _Collector:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(
        self,
        code: str,
        error: bool,
        message: str,
        field: str,
        line: int = 0,
        column: int = 0,
        length: int = 0,
    ) -> None:
        severity = Severity.ERROR if error else Severity.WARNING
        self.findings.append(Finding(code, severity, message, field, line, column, length))

    def add_issues(
        self, field: str, text: str, issues: Iterable[TextIssue], *, label: str | None = None
    ) -> None:
        """Turn offsets into line/column and say where in the message too."""
        name = label or field_label(field)
        for issue in issues:
            line, column = _locate(text, issue.offset)
            if field in _MULTILINE_FIELDS or "\n" in text:
                where = f"{name} {line}행 {column}열"
            else:
                where = f"{name} {column}번째 글자"
            message = f"{issue.message} ({where})"
            self.add(issue.code, issue.is_error, message, field, line, column, issue.length)


def _text_issues(prepared: PreparedText, base_year: int) -> list[TextIssue]:
    return [
        *find_unbalanced(prepared),
        *find_impossible_dates(prepared.prose, base_year),
        *find_double_spaces(prepared),
        *find_http_links(prepared),
    ]


def _check_required(article: ArticleCheckInput, out: _Collector) -> None:
    if not article.headline.strip():
        out.add("headline-empty", True, "제목이 비어 있습니다", "headline", 1, 1)
    if not article.byline.strip():
        out.add("byline-empty", True, "기자명(바이라인)이 비어 있습니다", "byline", 1, 1)
    if not article.section.strip():
        out.add("section-empty", True, "섹션이 정해지지 않았습니다", "section", 1, 1)
    if article.missing_footer_fields:
        labels = ", ".join(article.missing_footer_fields)
        message = f"사이트 하단의 법정 표시 사항이 비어 있습니다: {labels} (사이트 설정에서 입력)"
        out.add("footer-incomplete", True, message, "site")


def _check_photos(article: ArticleCheckInput, out: _Collector, base_year: int) -> None:
    for number, photo in enumerate(article.photos, start=1):
        field = f"photo:{number}"
        if not photo.caption.strip():
            out.add("photo-no-caption", True, f"사진 {number}에 설명(캡션)이 없습니다", field)
        else:
            caption = prepare_plain(photo.caption)
            issues = _text_issues(caption, base_year)
            out.add_issues(field, photo.caption, issues, label=f"사진 {number} 설명")
        if not photo.credit.strip():
            out.add("photo-no-credit", True, f"사진 {number}에 출처(저작권자)가 없습니다", field)
        if not photo.alt_text.strip():
            message = f"사진 {number}에 대체 텍스트가 없습니다 (화면 낭독기용 사진 설명)"
            out.add("photo-no-alt", True, message, field)


def _check_lengths(article: ArticleCheckInput, limits: CheckLimits, out: _Collector) -> None:
    headline = article.headline.strip()
    length = len(unicodedata.normalize("NFC", headline))
    if length > limits.headline_max_chars:
        if unicodedata.is_normalized("NFC", headline):
            # Highlight what does not fit, in the headline as typed.
            lead = len(article.headline) - len(article.headline.lstrip())
            column, excess = (
                lead + limits.headline_max_chars + 1,
                length - limits.headline_max_chars,
            )
        else:
            column, excess = 1, len(article.headline)
        message = (
            f"제목이 목록에 맞는 길이보다 깁니다: {length}자 (최대 {limits.headline_max_chars}자)"
        )
        out.add("headline-too-long", False, message, "headline", 1, column, excess)
    body_chars = count_text(article.body).chars_no_spaces
    if body_chars < limits.body_min_chars:
        message = f"본문이 너무 짧습니다: 공백 빼고 {body_chars}자 (최소 {limits.body_min_chars}자)"
        out.add("body-too-short", False, message, "body")


def _current_seoul_year() -> int:
    return datetime.now(_SEOUL).year


def check_article(article: ArticleCheckInput, limits: CheckLimits = CheckLimits()) -> list[Finding]:
    """All findings for one article: errors first, then by field and position."""
    base_year = article.published_year or _current_seoul_year()
    out = _Collector()
    _check_required(article, out)
    for field in ("headline", "subheadline", "summary"):
        text: str = getattr(article, field)
        if text.strip():
            out.add_issues(field, text, _text_issues(prepare_plain(text), base_year))
    if article.body.strip():
        out.add_issues(
            "body", article.body, _text_issues(prepare_markdown(article.body), base_year)
        )
    _check_photos(article, out, base_year)
    _check_lengths(article, limits, out)
    unique = {(f.code, f.field, f.line, f.column): f for f in reversed(out.findings)}
    return sorted(unique.values(), key=_sort_key)
