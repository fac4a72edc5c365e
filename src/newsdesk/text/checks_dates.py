"""Impossible dates and clock times in Korean copy.

Typos in dates are the classic embarrassment of a local paper: "오는 89일"
(8일 or 9일?), "4월 31일", "13월". The patterns run on the *masked* prose of
:mod:`newsdesk.text.checks_typography`, so URLs ("/2024/13/…") and code never
match.

Errors are only raised where a reading as a duration or a set phrase is
ruled out — an error blocks publishing, so "지난 100일 동안", "1년 365일" and
"13월의 월급" (the year-end tax refund) must pass. Things that are probably
wrong but could be meant (2월 29일 with the year only implied, "오후 13시")
are warnings.
"""

from __future__ import annotations

import calendar
import re

from newsdesk.text.checks_masking import TextIssue

__all__ = ["find_impossible_dates"]

_SP = r"[ \u00a0]*"
# Patterns that start with a number begin with "(?=\d)" before their lookbehind:
# it lets the regex engine skip Hangul quickly (about 3x faster on articles).
_RANGE = r"[~∼〜\-–]"

# "2025년 2월 29일", "3월 30~31일", "13월". The year is optional, the day too.
_MONTH_RE = re.compile(
    rf"(?=\d)(?<![\d.,])(?:(?P<year>\d{{4}}){_SP}년{_SP})?(?P<month>\d{{1,2}}){_SP}월"
    rf"(?:{_SP}(?P<day>\d{{1,3}})(?:{_SP}{_RANGE}{_SP}(?P<day2>\d{{1,3}}))?{_SP}일)?"
    r"(?P<tail>의)?"
)
# "2024.2.30", "2024-02-30", "2024. 2. 30." (same separator twice).
_NUMERIC_DATE_RE = re.compile(
    r"(?=\d)(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[./-]) ?(?P<month>\d{1,2})"
    r"(?P=sep) ?(?P<day>\d{1,2})(?!\d)"
)
# A day named relative to the current or another month: always a day of month.
_QUALIFIERS = (
    "오는",
    "지난",
    "이달",
    "이번 ?달",
    "내달",
    "다음 ?달",
    "지난 ?달",
    "전달",
    "같은 ?달",
    "당월",
    "익월",
    "금월",
)
_RELATIVE_DAY_RE = re.compile(
    rf"(?P<qual>{'|'.join(sorted(_QUALIFIERS, key=len, reverse=True))}){_SP}"
    rf"(?P<day>\d{{1,4}})(?![\d,.]){_SP}일"
)
# After "N일", words that make it a length of time, not a date: "100일 동안".
_DURATION_RE = re.compile(
    rf"{_SP}(?:간|동안|새|사이|여|째|만|이상|이내|넘|가량|정도|남짓|내내|치|씩|짜리|차|에{_SP}걸쳐)"
)
# After "지난", particles too: "지난 100일은 힘들었다", "지난 100일의 기록".
_DURATION_PARTICLE_RE = re.compile(r"(?:은|는|이|가|을|를|의|도|과|와)")
# A bare "N일" is a date when a weekday or time of day follows: "32일(월) 오후".
_BARE_DAY_RE = re.compile(
    rf"(?=\d)(?<![\d.,~∼〜\-–])(?P<day>\d{{1,2}}){_SP}일{_SP}"
    r"(?:\((?:월|화|수|목|금|토|일)(?:요일)?\)|(?:오전|오후|새벽|아침|정오|자정)|[0-9]{1,2}시)"
)
_YEAR_WORDS = {
    "재작년": -2,
    "지난해": -1,
    "작년": -1,
    "전년": -1,
    "올해": 0,
    "금년": 0,
    "내년": 1,
    "이듬해": 1,
    "내후년": 2,
}
_YEAR_WORD_RE = re.compile(rf"(?:{'|'.join(_YEAR_WORDS)}){_SP}$")

# Clock times: "오후 13시", "25시 30분", "9시 75분", "25시까지".
_HALF_DAY_RE = re.compile(
    rf"(?P<half>오전|오후|새벽|아침|저녁|낮|밤){_SP}(?P<hour>\d{{1,2}})(?!\d){_SP}시(?!간)"
)
_CLOCK_RE = re.compile(
    rf"(?=\d)(?<![\d.,])(?P<hour>\d{{1,2}}){_SP}시(?:{_SP}(?P<minute>\d{{1,3}}){_SP}분"
    r"|(?=부터|까지|께|쯤|경))"
)


def _days_in(month: int, year: int | None) -> int:
    """Days in ``month``; February has 29 when the year is unknown."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year if year is not None else 2000, month)[1]


class _DateScan:
    def __init__(self, prose: str, base_year: int) -> None:
        self.prose = prose
        self.base_year = base_year
        self.issues: list[TextIssue] = []
        self.reported: list[tuple[int, int]] = []

    def claim(self, start: int, end: int) -> bool:
        """True the first time a span is reported: one finding per typo."""
        if any(start < old_end and old_start < end for old_start, old_end in self.reported):
            return False
        self.reported.append((start, end))
        return True

    def add(self, start: int, end: int, message: str, *, error: bool = True) -> None:
        if self.claim(start, end):
            code = "date-impossible" if error else "date-doubtful"
            self.issues.append(TextIssue(code, error, start, end - start, message))

    def year_word(self, start: int) -> int | None:
        """The year given by "내년 2월 29일"-style words just before ``start``."""
        found = _YEAR_WORD_RE.search(self.prose, max(0, start - 6), start)
        if found is None:
            return None
        return self.base_year + _YEAR_WORDS[found.group().strip(" \u00a0")]

    def check_day(self, start: int, end: int, month: int, day: int, year: int | None) -> None:
        """Day ``day`` of ``month``; ``year`` None when the text implies it."""
        span = self.prose[start:end]
        if day < 1 or day > _days_in(month, year):
            limit = _days_in(month, year)
            if month == 2 and year is not None and day == 29:
                self.add(start, end, f"있을 수 없는 날짜 '{span}' — {year}년은 윤년이 아닙니다")
            else:
                self.add(
                    start, end, f"있을 수 없는 날짜 '{span}' — {month}월은 {limit}일까지입니다"
                )
        elif month == 2 and day == 29 and year is None and not calendar.isleap(self.base_year):
            self.add(
                start,
                end,
                f"'{span}' — {self.base_year}년은 윤년이 아닙니다. 다른 해라면 연도를 적어 주세요",
                error=False,
            )

    def months(self) -> None:
        for match in _MONTH_RE.finditer(self.prose):
            month = int(match["month"])
            start = match.start()
            end = match.start("tail") if match["tail"] else match.end()
            if not 1 <= month <= 12:
                if month == 13 and match["tail"] and not match["day"]:
                    continue  # "13월의 월급": the year-end tax refund
                start = match.start("month")
                self.add(start, match.end("month") + 1, f"있을 수 없는 달 '{month}월'")
                continue
            if not match["day"]:
                continue
            year = int(match["year"]) if match["year"] else self.year_word(start)
            self.check_day(start, end, month, int(match["day"]), year)
            if match["day2"]:
                self.check_day(start, end, month, int(match["day2"]), year)

    def numeric(self) -> None:
        for match in _NUMERIC_DATE_RE.finditer(self.prose):
            month = int(match["month"])
            if not 1 <= month <= 12:
                self.add(match.start(), match.end(), f"있을 수 없는 날짜 '{match.group()}'")
            else:
                year = int(match["year"])
                self.check_day(match.start(), match.end(), month, int(match["day"]), year)

    def relative(self) -> None:
        for match in _RELATIVE_DAY_RE.finditer(self.prose):
            day = int(match["day"])
            if 1 <= day <= 31:
                continue
            if _DURATION_RE.match(self.prose, match.end()):
                continue  # "지난 100일 동안"
            if match["qual"] == "지난" and _DURATION_PARTICLE_RE.match(self.prose, match.end()):
                continue  # "지난 100일의 기록"
            self.add(
                match.start(),
                match.end(),
                f"있을 수 없는 날짜 '{match.group()}' — 한 달은 31일까지입니다",
            )

    def bare_days(self) -> None:
        for match in _BARE_DAY_RE.finditer(self.prose):
            day = int(match["day"])
            if 1 <= day <= 31:
                continue
            end = match.end("day") + 1
            self.add(match.start(), end, f"있을 수 없는 날짜 '{self.prose[match.start() : end]}'")

    def times(self) -> None:
        for match in _HALF_DAY_RE.finditer(self.prose):
            if int(match["hour"]) > 12:
                self.add_time(match.start(), match.end(), "오전·오후는 12시까지입니다")
        for match in _CLOCK_RE.finditer(self.prose):
            hour = int(match["hour"])
            minute = int(match["minute"]) if match["minute"] else 0
            if hour > 24 or minute > 59 or (hour == 24 and minute > 0):
                self.add_time(match.start(), match.end(), "하루는 24시, 한 시간은 59분까지입니다")

    def add_time(self, start: int, end: int, why: str) -> None:
        if self.claim(start, end):
            span = self.prose[start:end]
            message = f"이상한 시각 '{span}' — {why}"
            self.issues.append(TextIssue("time-doubtful", False, start, end - start, message))


def find_impossible_dates(prose: str, base_year: int) -> list[TextIssue]:
    """Impossible dates (errors) and doubtful dates and times (warnings).

    ``base_year`` is the year of publication: it decides "2월 29일" when the
    text names no year, and anchors "내년"/"지난해".
    """
    scan = _DateScan(prose, base_year)
    scan.months()
    scan.numeric()
    scan.relative()
    scan.bare_days()
    scan.times()
    scan.issues.sort(key=lambda issue: issue.offset)
    return scan.issues
