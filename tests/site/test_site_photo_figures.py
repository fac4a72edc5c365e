"""A photo referenced in the body is always a figure with its caption and credit.

python-markdown joins a photo reference typed right under a paragraph line (or
in the middle of one) into that paragraph; the page must still show the
figure, never a bare ``<img>`` without the caption and credit the reporter typed.
"""

from __future__ import annotations

import re

import pytest

from newsdesk.site.builder import PageBuilder
from newsdesk.site.photo_figures import place_photo_figures
from newsdesk.site.samples import sample_article, sample_photo, sample_site

CAPTION = "오이도 빨간 등대 앞 산책로"
CREDIT = "김민수 기자"
FIGURE = '<figure class="photo"><img src="u1"><figcaption>캡션</figcaption></figure>'


def _body(markdown: str) -> str:
    photo = sample_photo(1, caption=CAPTION, credit=CREDIT)
    article = sample_article(body_markdown=markdown, photos=(photo,))
    html = PageBuilder(sample_site()).article_html(article, list_page=1)
    start = html.index('<div class="article-body">')
    return html[start : html.index("</div>", start)]


@pytest.mark.parametrize(
    "markdown",
    [
        "첫 문단 끝.\n![현장](photo:1)\n\n다음 문단.",  # right under a paragraph line
        "앞 문장 ![현장](photo:1) 뒤 문장.",  # inside a paragraph
        "**굵게 ![현장](photo:1) 이어서**",  # inside emphasis
        "![현장](photo:1)다음 문단이 바로 붙었다.",  # at the start of a paragraph
        "- 항목 ![현장](photo:1)\n- 둘째",  # in a list item
        "> 인용문\n> ![현장](photo:1)",  # in a block quote
        "[![현장](photo:1)](https://www.siheung.go.kr)",  # a linked photo
        "## 소제목 ![현장](photo:1)",  # in a heading
        "| 구분 | 사진 |\n|---|---|\n| 등대 | ![현장](photo:1) |",  # in a table cell
        "\n\n![현장](photo:1)\n\n",  # alone (the figure it always was)
    ],
)
def test_a_photo_reference_anywhere_is_a_figure_with_caption_and_credit(markdown: str) -> None:
    body = _body(markdown)
    assert body.count("<figure") == 1
    figure = body[body.index("<figure") : body.index("</figure>")]
    assert CAPTION in figure and f"ⓒ {CREDIT}" in figure
    assert body.count("<img") == 1, "the photo is shown once, inside its figure"
    for block in ("p", "strong", "a", "h2"):  # a figure is never inside phrasing content
        for inner in re.findall(rf"<{block}\b[^>]*>(.*?)</{block}>", body, re.S):
            assert "<figure" not in inner, body
    assert not re.search(r"<(p|strong|a|h2)\b[^>]*>\s*</\1>", body), "no empty leftovers"


def test_the_text_around_the_photo_stays_in_order_with_its_formatting() -> None:
    body = _body("앞 **굵은 ![현장](photo:1) 글씨** 뒤")
    assert re.search(
        r"<p>앞 <strong>굵은</strong></p>\s*<figure.*</figure>\s*<p><strong>글씨</strong> 뒤</p>",
        body,
        re.S,
    ), body


def test_a_photo_in_a_heading_follows_the_heading() -> None:
    body = _body("## 앞 ![현장](photo:1) 뒤")
    assert re.search(r"<h2>앞\s+뒤</h2>\s*<figure", body), body


def test_a_photo_in_a_list_item_stays_in_the_item() -> None:
    body = _body("- 항목 ![현장](photo:1)\n- 둘째")
    assert re.search(r"<li>항목\s*<figure.*?</figure>\s*</li>\s*<li>둘째</li>", body, re.S), body


def test_empty_elements_the_reporter_wrote_are_kept() -> None:
    html = '<table><tr><td></td><td><img src="u1"></td></tr></table>'
    assert place_photo_figures(html, {"u1": FIGURE}) == (
        f"<table><tr><td></td><td>{FIGURE}</td></tr></table>"
    )


def test_other_images_and_text_are_left_alone() -> None:
    html = '<p>글 <img src="other"> 글</p>\n<p>&lt;img src="u1"&gt;</p>'
    assert place_photo_figures(html, {"u1": FIGURE}) == html


def test_a_linked_photo_leaves_no_empty_link_and_no_stray_space() -> None:
    body = _body("[![현장](photo:1)](https://www.siheung.go.kr) 링크 뒤")
    assert "<a " not in body
    assert re.search(r"</figure>\n<p>링크 뒤</p>", body), body
