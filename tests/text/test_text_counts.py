"""글자수 / 원고지 counts and the plain-text view they are computed on."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest

from newsdesk.text.counts import TextCounts, count_text, markdown_to_plain
from newsdesk.text.markdown import render_markdown


def test_empty_text_counts_zero() -> None:
    assert count_text("") == TextCounts(chars=0, chars_no_spaces=0, manuscript_pages=0)


def test_whitespace_only_has_no_pages() -> None:
    assert count_text("\n\n   \n").manuscript_pages == 0


def test_korean_sentence() -> None:
    counts = count_text("시흥시는 18일 예산안을 발표했다.")
    assert counts == TextCounts(chars=19, chars_no_spaces=16, manuscript_pages=1)


def test_mixed_korean_and_latin() -> None:
    counts = count_text("AI 교육 2026")
    assert (counts.chars, counts.chars_no_spaces) == (10, 8)


def test_line_breaks_are_not_characters_but_spaces_are() -> None:
    counts = count_text("첫 문단\n\n둘째 문단\r\n셋째")
    assert counts.chars == len("첫 문단") + len("둘째 문단") + len("셋째")
    assert counts.chars_no_spaces == 9


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\t"])
def test_every_kind_of_space_is_excluded_from_chars_no_spaces(space: str) -> None:
    counts = count_text(f"가{space}나")
    assert counts.chars == 3
    assert counts.chars_no_spaces == 2


def test_decomposed_hangul_counts_as_syllables() -> None:
    composed = "대한민국 교육"
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > len(composed)  # the test input really is jamo
    assert count_text(decomposed) == count_text(composed)
    assert count_text(decomposed).chars == 7


@pytest.mark.parametrize(
    ("length", "pages"), [(1, 1), (199, 1), (200, 1), (201, 2), (400, 2), (1001, 6)]
)
def test_manuscript_pages_are_200_character_sheets(length: int, pages: int) -> None:
    assert count_text("가" * length).manuscript_pages == pages


def test_spaces_count_towards_manuscript_pages() -> None:
    assert count_text("가 " * 100 + "나").manuscript_pages == 2  # 201 chars incl. spaces


def test_markdown_syntax_is_not_counted() -> None:
    plain_counts = count_text("교육부는 개혁을 말했다")
    marked_up = count_text("**교육부**는 [개혁](https://example.com/very/long/url)을 *말했다*")
    assert marked_up == plain_counts


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("# 제목 #", "제목"),
        ("### 소제목", "소제목"),
        ("**교육부(장관)**는", "교육부(장관)는"),
        ("__굵게__ _기울임_", "굵게 기울임"),
        ("*강조*를", "강조를"),
        ('[시청](https://siheung.go.kr "제목")에서', "시청에서"),
        ("[참고][1]\n\n[1]: https://example.com", "참고"),
        ("사진 ![전경](photo:1) 설명", "사진  설명"),
        ("- 하나\n  - 둘\n1. 셋", "하나\n둘\n셋"),
        ("> 인용문\n> > 중첩", "인용문\n중첩"),
        ("`코드`를 실행", "코드를 실행"),
        ("```python\nx = 1\n```\n다음", "x = 1\n\n다음"),
        ("각주[^1]\n\n[^1]: 출처", "각주\n\n출처"),
        ("<끝>", "<끝>"),
        ("<사진=시흥시 제공>", "<사진=시흥시 제공>"),
        ("<b>굵게</b><br>다음", "굵게\n다음"),  # a line break, not counted as a character
        ("\\*별표\\* snake_case 3 * 4", "*별표* snake_case 3 * 4"),
        ("AT&amp;T", "AT&T"),
        ("앞\n\n---\n\n뒤", "앞\n\n뒤"),
        ("제목\n===", "제목"),
        ("| 구분 | 금액 |\n|:--|--:|\n| 예산 | 100 |", "구분 금액\n예산 100"),
        ("<https://example.com>", "https://example.com"),
    ],
)
def test_markdown_to_plain(source: str, plain: str) -> None:
    assert markdown_to_plain(source) == plain


def test_code_content_is_kept_verbatim() -> None:
    assert markdown_to_plain("```\n**not bold** # x\n```") == "**not bold** # x"


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_plain_text_matches_what_the_rendered_page_shows() -> None:
    article = (
        "# 시흥시, 교육 예산 역대 최대\n\n"
        '**시흥시**는 18일 "교육 개혁"을 위한 예산안을 발표했다. 임병택 *시장*은\n'
        "[보도자료](https://www.siheung.go.kr/news/1)를 통해 밝혔다.\n"
        "- 초등 돌봄 확대\n  - 방과후 교실\n1. 1단계\n\n"
        "![시청 전경](photo:1)\n\n> 교육이 미래다.\n\n"
        "`예산` 총액은 1,200억 원이다. <끝>\n"
    )
    parser = _TextOnly()
    parser.feed(render_markdown(article, resolve_image=lambda src: "x.jpg"))
    rendered = re.sub(r"\s", "", "".join(parser.parts))
    assert re.sub(r"\s", "", markdown_to_plain(article)) == rendered
