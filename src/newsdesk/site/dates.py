"""Date formats of the public site, always in Asia/Seoul.

Articles carry timezone-aware datetimes from wherever they were written (a
reporter's laptop may be set to UTC). Readers of a Korean paper expect Korean
wall-clock time, and feeds/sitemaps want machine formats with an explicit
``+09:00`` offset, so every format goes through :data:`SEOUL` here and nowhere
else.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def to_seoul(moment: datetime) -> datetime:
    """Convert an aware datetime to Seoul time; naive input is a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime given to the site builder: {moment!r}")
    return moment.astimezone(SEOUL)


def korean_date(moment: datetime) -> str:
    """ "2022년 7월 29일" — the list pages' 작성일 column."""
    local = to_seoul(moment)
    return f"{local.year}년 {local.month}월 {local.day}일"


def stamp(moment: datetime) -> str:
    """ "2022.07.29 14:30" — the 입력/수정 line on article pages (minute precision)."""
    return to_seoul(moment).strftime("%Y.%m.%d %H:%M")


def rfc3339(moment: datetime) -> str:
    """ "2022-07-29T14:30:00+09:00" for Open Graph, JSON-LD and sitemaps."""
    return to_seoul(moment).replace(microsecond=0).isoformat()


def rfc822(moment: datetime) -> str:
    """ "Fri, 29 Jul 2022 14:30:00 +0900" for RSS; English names regardless of locale."""
    return format_datetime(to_seoul(moment).replace(microsecond=0))


def same_minute(first: datetime, second: datetime) -> bool:
    """Whether two instants show the same 입력/수정 minute.

    An article saved a few seconds after publishing must not show a 수정 line
    identical to its 입력 line.
    """
    return stamp(first) == stamp(second)


def seoul_day(moment: datetime) -> str:
    """ISO date of the Seoul calendar day, e.g. for "오늘" counters."""
    return to_seoul(moment).date().isoformat()
