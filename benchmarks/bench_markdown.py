"""Timing of the text layer on Korean articles; prints median milliseconds.

Run: ``python benchmarks/bench_markdown.py``. No asserts: figures are for
DESIGN.md §4 and for spotting regressions by eye.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from newsdesk.text.counts import count_text
from newsdesk.text.markdown import render_markdown

_PARAGRAPHS = [
    '**시흥시**는 18일 시청 대회의실에서 "교육 개혁" 추진 계획을 발표하고, '
    "내년도 교육 예산을 *역대 최대* 규모인 1,200억 원으로 편성했다고 밝혔다.",
    "임병택 시장은 [보도자료](https://www.siheung.go.kr/news/302)를 통해 "
    "**교육부(장관)**는 지역 교육청과 협력해야 한다며 `교육 특구` 지정을 요청했다.",
    "주요 내용은 다음과 같다.\n- 초등 돌봄 교실 확대\n  - 방과후 프로그램 20개 신설\n"
    "  - 돌봄 전담 인력 충원\n- 중학교 무상 교복 지원",
    "![시흥시청 전경](photo:1)",
    "> 교육이 곧 도시의 미래다. 아이 한 명 한 명이 꿈을 키울 수 있도록 돕겠다.",
    "## 향후 일정\n\n1. 3월 시의회 보고\n2. 4월 시민 공청회\n3. 6월 시행",
    "시는 이번 계획에 따라 정왕동, 대야동, 은행동 등 원도심 지역의 학교 시설 개선에도 "
    "예산을 우선 배정할 방침이다. 자세한 내용은 교육청소년과(031-310-0000)로 문의하면 된다.",
]


def make_article(target_chars: int) -> str:
    parts: list[str] = []
    length = 0
    index = 0
    while length < target_chars:
        paragraph = _PARAGRAPHS[index % len(_PARAGRAPHS)]
        parts.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:target_chars]


def _photo(src: str) -> str | None:
    return f"media/{src.removeprefix('photo:')}.webp" if src.startswith("photo:") else None


def median_ms(action: Callable[[], object], repeats: int) -> float:
    action()  # warm-up: builds the per-thread Markdown instance and the cleaner
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    small = make_article(5_000)
    large = make_article(100_000)
    render_small = median_ms(lambda: render_markdown(small, resolve_image=_photo), 200)
    render_large = median_ms(lambda: render_markdown(large, resolve_image=_photo), 20)
    counts_small = median_ms(lambda: count_text(small), 500)
    print(f"render_markdown  {len(small):>7,} chars: {render_small:7.2f} ms (median)")
    print(f"render_markdown  {len(large):>7,} chars: {render_large:7.2f} ms (median)")
    print(f"count_text       {len(small):>7,} chars: {counts_small:7.2f} ms (median)")


if __name__ == "__main__":
    main()
