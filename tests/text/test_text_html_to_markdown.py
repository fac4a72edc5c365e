"""Clipboard HTML from Word, 한글 and browsers -> the body's Markdown.

The two press-release fixtures in ``clipboard/`` are what Word (``xmlns:o``,
``MsoNormal``, ``mso-list`` paragraphs, conditional comments) and 한글
(``<P CLASS=HStyle0><SPAN STYLE='font-weight:"bold"'>``, ``<TABLE border=1>``)
put on the clipboard; their Markdown is compared whole, then rendered.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from newsdesk.text.html_to_markdown import html_to_markdown, html_to_markdown_blocks
from newsdesk.text.markdown import render_markdown

CLIPBOARD = Path(__file__).parent / "clipboard"

WORD_MARKDOWN = """\
# 2026년 시흥 청소년 문화축제

**시흥시**는 오는 *5월 3일*부터 이틀간 **정왕동 *청소년수련관*** 일대에서 축제를 연다고 밝혔다.

## 주요 프로그램

- 공연 무대
    - 밴드 경연 (**청소년부**)
    - 댄스 공연
- 체험 부스

1. 온라인 접수
2. 현장 접수

> “청소년이 주인공인 축제로 만들겠다”

| 구분 | 일시 | 장소 |
| --- | --- | --- |
| 개막식 | 5월 3일<br>오후 2시 | 야외 \\| 주무대 |
| 폐막 공연은 추후 공지 |  |  |

자세한 내용은 [시흥시 누리집](https://www.siheung.go.kr/)에서 볼 수 있다\\[1\\]."""

HWP_MARKDOWN = """\
**시흥시, 5월 청소년 문화축제 연다**

시흥시는 **5월 3일**부터 이틀간 *정왕동 청소년수련관* 일대에서 축제를 연다고 밝혔다.

○ 참가 대상: 시흥시 거주 청소년

\\- 1. 학교 밖 청소년 포함

| 구분 | 내용 |
| --- | --- |
| 일시 | 2026. 5. 3.(토) ~ 5. 4.(일) |
| 문의 | 청소년정책과<br>031-310-0000 |

**※ 참고**: 우천 시 실내로 옮긴다.

시장은 “청소년이 주인공”이라고 말했다.\x20\x20
문의는 평일에만 받는다."""


def _fixture(name: str) -> str:
    return (CLIPBOARD / name).read_text(encoding="utf-8")


def test_word_press_release() -> None:
    assert html_to_markdown(_fixture("word_press_release.html")) == WORD_MARKDOWN


def test_hwp_press_release() -> None:
    assert html_to_markdown(_fixture("hwp_press_release.html")) == HWP_MARKDOWN


def test_the_pasted_markdown_renders_as_the_document_was() -> None:
    page = render_markdown(WORD_MARKDOWN)
    assert "<h2>2026년 시흥 청소년 문화축제</h2>" in page
    assert "<strong>정왕동 <em>청소년수련관</em></strong>" in page
    assert re.search(r"<li>공연 무대<ul>\s*<li>밴드 경연 \(<strong>청소년부</strong>\)</li>", page)
    assert "<ol>\n<li>온라인 접수</li>" in page
    assert "<blockquote>\n<p>“청소년이 주인공인 축제로 만들겠다”</p>" in page
    assert "<th>구분</th>" in page and "<td>5월 3일<br>오후 2시</td>" in page
    assert "<td>야외 | 주무대</td>" in page
    hwp = render_markdown(HWP_MARKDOWN)
    assert hwp.count("<tr>") == 3 and "<td>청소년정책과<br>031-310-0000</td>" in hwp
    assert "<p>- 1. 학교 밖 청소년 포함</p>" in hwp  # typed text, not a list
    assert "말했다.<br>\n문의는" in hwp
    assert "<table" not in render_markdown(html_to_markdown(_box_table()))


def _box_table() -> str:
    return "<TABLE border=1><TR><TD><P>※ 참고: 우천 시 실내</P></TD></TR></TABLE>"


@pytest.mark.parametrize(
    ("clipboard", "markdown"),
    [
        ("<p>앞<script>alert(1)</script>뒤</p>", "앞뒤"),
        ("<style>p{color:red}</style><p>본문</p>", "본문"),
        ("<p>가<!-- 주석 -->나</p>", "가나"),
        ('<p onclick="alert(1)" style="x">클릭</p>', "클릭"),
        ('<a href="javascript:alert(1)">링크</a>', "링크"),
        ('<a href=" JaVaScRiPt:alert(1)">링크</a>', "링크"),
        ('<a href="data:text/html,x">링크</a>', "링크"),
        ('<a href="#_ftn1">[1]</a>', "\\[1\\]"),
        ('<a href="https://a.kr/x y(1)">괄호</a>', "[괄호](https://a.kr/x%20y%281%29)"),
        ('<img src="x" onerror="alert(1)">사진 설명', "사진 설명"),
        ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "&lt;script>alert(1)&lt;/script>"),
        ('<span style="display:none">숨김</span>보임', "보임"),
        ("<iframe src=x>틀</iframe><p>끝</p>", "끝"),
    ],
)
def test_nothing_but_text_and_safe_links_comes_through(clipboard: str, markdown: str) -> None:
    assert html_to_markdown(clipboard) == markdown
    page = render_markdown(markdown).lower()
    for hostile in ("<script", "javascript:", "data:", "onclick", "onerror", "<iframe", "<img"):
        assert hostile not in page


@pytest.mark.parametrize(
    ("clipboard", "markdown"),
    [
        ('<b style="font-weight:normal" id="docs-internal-guid-1"><p>보통</p></b>', "보통"),
        ('<span style="font-weight:700">굵게</span>는', "**굵게**는"),
        ("<b>교육부(장관)</b>는", "**교육부(장관)**는"),
        ("<b> 앞뒤 공백 </b>글자", "**앞뒤 공백** 글자"),
        ("<b>가</b><b>나</b> <b>다</b>", "**가나 다**"),
        ("<i><b>둘 다</b></i>", "***둘 다***"),
        ("m<sup>2</sup> H<sub>2</sub>O", "m<sup>2</sup> H<sub>2</sub>O"),
        ("<code>a*b</code> 코드", "`a*b` 코드"),
        ("<h3>작은 제목 #</h3>", "### 작은 제목 \\#"),
        ("<h5>더 작은</h5>", "#### 더 작은"),
        ("<ol start=3><li>셋</li><li>넷</li></ol>", "3. 셋\n4. 넷"),
        (
            "<ul><li><p>문단 1</p><p>문단 2</p></li><li>둘</li></ul>",
            "- 문단 1\n\n    문단 2\n\n- 둘",
        ),
        ("<ul><li>가</li><ul><li>나</li></ul></ul>", "- 가\n    - 나"),
        ("<pre>x = 1\n  y = 2</pre>", "```\nx = 1\n  y = 2\n```"),
        ("<p>위</p><hr><p>아래</p>", "위\n\n---\n\n아래"),
        ("<blockquote><p>인용</p><ul><li>목록</li></ul></blockquote>", "> 인용\n>\n> - 목록"),
        ("<p>한 줄<br><br>다음 문단</p>", "한 줄\n\n다음 문단"),
        ("Version:0.9\nStartHTML:00000097\n<html><body>본문</body></html>", "본문"),
    ],
)
def test_formatting(clipboard: str, markdown: str) -> None:
    assert html_to_markdown(clipboard) == markdown


@pytest.mark.parametrize(
    "text",
    [
        "1. 로 시작하는 문장",
        "# 해시태그",
        "> 꺾쇠",
        "- 줄표 항목",
        "*별표* 와 _밑줄_ 그리고 snake_case, 3*4",
        "[대괄호](괄호) ![느낌표]",
        "`백틱` \\역슬래시",
        "<b>태그처럼 보이는 글</b> & &amp; 엔티티",
        "---",
        "가 | 나",
    ],
)
def test_text_that_looks_like_markdown_stays_text(text: str) -> None:
    markdown = html_to_markdown(f"<p>{html.escape(text)}</p>")
    page = render_markdown(markdown)
    assert page.startswith("<p>") and page.endswith("</p>"), (markdown, page)
    assert html.unescape(re.sub(r"<[^>]+>", "", page)) == text, markdown


def test_blocks_say_what_they_are() -> None:
    kinds = [b.kind for b in html_to_markdown_blocks(_fixture("word_press_release.html"))]
    assert kinds == [
        "heading", "paragraph", "heading", "list", "list", "quote", "table", "paragraph",
    ]  # fmt: skip
    assert [b.kind for b in html_to_markdown_blocks("<span>한 <b>줄</b></span>")] == ["paragraph"]


def test_decomposed_hangul_is_normalised() -> None:
    assert html_to_markdown("<p>\u1112\u1161\u11ab\u1100\u1173\u11af</p>") == "한글"
