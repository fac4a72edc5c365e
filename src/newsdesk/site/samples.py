"""Fixed sample views: golden tests, the template preview and the export benchmark.

Deterministic on purpose (no clock, no randomness without a seed) so that the
pages rendered from them can be compared byte for byte.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from newsdesk.site.dates import SEOUL
from newsdesk.site.model import ArticleView, LegalFooter, PhotoView, SiteView

SAMPLE_FOOTER = LegalFooter(
    masthead="시흥신문",
    registration_number="경기, 아00000",
    registration_date="2020년 3월 2일",
    publisher="홍길동",
    editor="김편집",
    youth_protection_officer="이보호",
    address="경기도 시흥시 시청로 20, 3층",
    phone="031-000-0000",
    email="news@siheung.example.kr",
)


def sample_site(*, list_page_size: int = 5, footer: LegalFooter = SAMPLE_FOOTER) -> SiteView:
    return SiteView(
        name="시흥신문",
        base_url="https://news.siheung.example.kr/",
        description="시흥의 오늘을 기록하는 지역 인터넷신문",
        list_page_size=list_page_size,
        footer=footer,
    )


def sample_photo(
    n: int, *, is_main: bool = False, caption: str = "", credit: str = ""
) -> PhotoView:
    sha = f"{n:02x}" * 32
    return PhotoView(
        sha256=sha,
        width=1200,
        height=800,
        caption=caption,
        credit=credit,
        alt_text=f"사진 {n} 설명",
        is_main=is_main,
        web_file=f"{sha[:2]}/{sha}-web.jpg",
        thumb_file=f"{sha[:2]}/{sha}-thumb.jpg",
    )


SAMPLE_BODY = """\
시흥시교육청은 29일 **교육부(장관)**는 물론 지역 학부모 단체와 함께 \
"교육 개혁"이라고 불리는 새 방과후 프로그램을 발표했다.

![현장 사진](photo:2)

프로그램은 다음과 같다.

- 초등 돌봄 교실 확대
- 중학생 진로 탐색 캠프

자세한 내용은 [시흥시 누리집](https://www.siheung.go.kr)에서 볼 수 있다.
"""


def sample_article(number: int | None = 302, **changes: object) -> ArticleView:
    """The golden article: main photo, an inline photo, a listed photo, tags, an update."""
    published = datetime(2022, 7, 29, 14, 30, tzinfo=SEOUL)
    fields: dict[str, object] = {
        "id": "7b0d6c1e-4f7a-4c53-9a55-2f7c8a1e0302",
        "number": number,
        "slug": "시흥시-방과후-프로그램-발표",
        "headline": "시흥시, 방과후 프로그램 새로 연다",
        "subheadline": "초등 돌봄 교실 확대·중학생 진로 캠프 신설",
        "body_markdown": SAMPLE_BODY,
        "summary": "",
        "section_name": "교육",
        "section_slug": "education",
        "byline": "김민수 기자",
        "tags": ("교육", "방과후", "시흥"),
        "published_at": published if number is not None else None,
        "updated_at": published + timedelta(hours=2, minutes=5),
        "view_count": 1234,
        "photos": (
            sample_photo(1, is_main=True, caption="29일 시흥시청에서 열린 발표회", credit="홍길동"),
            sample_photo(2, caption="학부모 간담회", credit="ⓒ 시흥신문"),
            sample_photo(3, caption="돌봄 교실 모습"),
        ),
    }
    fields.update(changes)
    return ArticleView(**fields)  # type: ignore[arg-type]


_SECTIONS = (("사회", "society"), ("교육", "education"), ("정치", "politics"), ("문화", "culture"))
_NAMES = ("김민수", "이영희", "박지훈", "최서연", "정하늘")
_WORDS = (
    "시흥시",
    "교육청",
    "주민",
    "의회",
    "예산",
    "학교",
    "도로",
    "축제",
    "복지",
    "환경",
    "개발",
    "안전",
    "문화",
    "청년",
    "일자리",
)


def synthetic_articles(
    count: int,
    *,
    seed: int = 1,
    start: datetime | None = None,
    photo: PhotoView | None = None,
    photo_share: float = 0.3,
    body_chars: tuple[int, int] = (1500, 5000),
) -> list[ArticleView]:
    """``count`` varied Korean articles numbered 1..count, ~4 per day, oldest first."""
    rng = random.Random(seed)
    start = start or datetime(2020, 1, 1, 9, 0, tzinfo=SEOUL)
    articles = []
    for number in range(1, count + 1):
        section, section_slug = _SECTIONS[number % len(_SECTIONS)]
        target = rng.randint(*body_chars)
        paragraphs: list[str] = []
        length = 0
        while length < target:
            sentence = " ".join(rng.choice(_WORDS) for _ in range(12)) + "에 대해 밝혔다."
            paragraph = " ".join([sentence] * rng.randint(2, 5))
            paragraphs.append(paragraph)
            length += len(paragraph)
        published = start + timedelta(hours=6 * number, minutes=rng.randint(0, 59))
        words = [rng.choice(_WORDS) for _ in range(4)]
        articles.append(
            ArticleView(
                id=f"00000000-0000-4000-8000-{number:012d}",
                number=number,
                slug="-".join(words),
                headline=f"{' '.join(words)} 소식 {number}",
                subheadline=f"{words[0]} 관련 부제목" if number % 2 else "",
                body_markdown="\n\n".join(paragraphs),
                summary="",
                section_name=section,
                section_slug=section_slug,
                byline=f"{rng.choice(_NAMES)} 기자",
                tags=tuple(words[:2]),
                published_at=published,
                updated_at=published + timedelta(minutes=rng.randint(0, 120)),
                view_count=rng.randint(0, 5000),
                photos=(photo,) if photo is not None and rng.random() < photo_share else (),
            )
        )
    return articles
