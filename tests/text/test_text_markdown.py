"""render_markdown: safety, Korean emphasis, lists as reporters type them, photos."""

from __future__ import annotations

import re
import threading
from html.parser import HTMLParser

import pytest

from newsdesk.text.markdown import render_markdown

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "del",
    "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q", "span", "blockquote",
    "ul", "ol", "li", "a", "img", "figure", "figcaption", "code", "pre", "kbd",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "div",
}  # fmt: skip


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> _Collector:
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector


def scheme(url: str) -> str | None:
    match = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", re.sub(r"[\t\n\r]", "", url))
    return match.group(1).lower() if match else None


def assert_safe(fragment: str) -> None:
    """What a browser would see: only allowed tags, no handlers, no script URLs."""
    for tag, attrs in parse(fragment).tags:
        assert tag in ALLOWED_TAGS, fragment
        for name, value in attrs.items():
            assert not name.startswith("on"), fragment
            assert name != "style", fragment
            if name in {"href", "src"}:
                assert scheme(value) in {None, "http", "https", "mailto"}, fragment
    lowered = fragment.lower()
    for needle in ("<script", "<iframe", "<style", "javascript:", "vbscript:", "data:", "alert("):
        assert needle not in lowered, fragment


HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    '<img src="https://ok.example/a.png" onerror="alert(1)">',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](<javascript:alert(1)>)",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript&#58;alert(1))",
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body { display: none }</style>",
    '<p style="position:fixed;top:0">덮기</p>',
    '<span style="background:url(javascript:alert(1))">x</span>',
    '<a onclick="alert(1)" href="https://ok.example">x</a>',
    '<div onmouseover="alert(1)">x</div>',
    "<svg onload=alert(1)></svg>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    '<object data="javascript:alert(1)"></object>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    "<!-- <script>alert(1)</script> -->",
    "**굵게**<script>alert(1)</script>는",
    "- 항목 <img src=x onerror=alert(1)>\n  - 중첩 [x](javascript:alert(1))",
    '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <a href="javascript:alert(1)">x</a> |',
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markdown_is_neutralised(source: str) -> None:
    assert_safe(render_markdown(source))


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markdown_is_neutralised_with_a_permissive_resolver(source: str) -> None:
    assert_safe(render_markdown(source, resolve_image=lambda src: src))


@pytest.mark.parametrize("bad_url", ["javascript:alert(1)", "JAVASCRIPT:x", "data:image/png,x"])
def test_a_resolver_returning_a_script_url_drops_the_image(bad_url: str) -> None:
    html = render_markdown("![a](photo:1)", resolve_image=lambda src: bad_url)
    assert "<img" not in html
    assert_safe(html)


def test_safe_markup_survives_sanitizing() -> None:
    html = render_markdown('[시청](https://www.siheung.go.kr "시흥시청") `코드` > no')
    assert '<a href="https://www.siheung.go.kr" title="시흥시청"' in html
    assert "<code>코드</code>" in html


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**교육부(장관)**는 밝혔다", "<strong>교육부(장관)</strong>는"),
        ('**"교육 개혁"**이라고 말했다', '<strong>"교육 개혁"</strong>이라고'),
        ("*강조*를 했다", "<em>강조</em>를"),
        ("**시흥시**가 18일", "<strong>시흥시</strong>가"),
        ("‘**핵심**’이다", "‘<strong>핵심</strong>’이다"),
    ],
)
def test_korean_emphasis_next_to_particles(source: str, expected: str) -> None:
    assert expected in render_markdown(source)


def test_text_is_kept_as_typed() -> None:
    html = render_markdown("그는 \"교육\"이라고 했다 -- 정말... '그렇다'\n다음 줄")
    assert '"교육"' in html
    assert "-- 정말..." in html
    assert "'그렇다'" in html
    assert "<br" not in html  # no nl2br: a single line break is a space


def test_list_directly_after_a_paragraph_line_is_a_list() -> None:
    html = render_markdown("준비물은 다음과 같다.\n- 신분증\n- 수험표")
    assert "<p>준비물은 다음과 같다.</p>" in html
    assert "<li>신분증</li>" in html
    assert "<li>수험표</li>" in html


def test_numbered_list_after_a_paragraph_line() -> None:
    html = render_markdown("일정:\n1. 접수\n2. 심사")
    assert "<ol>" in html
    assert "<li>접수</li>" in html


def test_wrapped_line_starting_with_a_year_stays_text() -> None:
    html = render_markdown("행사는\n2024. 3월에 열렸다.")
    assert "<ol" not in html
    assert "2024. 3월에" in html


@pytest.mark.parametrize("source", ["*강조*로 시작한다", "-5도까지 내려갔다", "+3%p 올랐다"])
def test_line_starting_with_a_marker_but_no_space_is_not_a_list(source: str) -> None:
    html = render_markdown("앞 문장\n" + source)
    assert "<li>" not in html


def test_two_space_nested_lists_nest() -> None:
    html = render_markdown("- 시흥시\n  - 정왕동\n    - 1통\n  - 대야동\n- 안산시")
    assert re.sub(r"\s", "", html) == (
        "<ul><li>시흥시<ul><li>정왕동<ul><li>1통</li></ul></li><li>대야동</li></ul></li>"
        "<li>안산시</li></ul>"
    )


def test_ordered_list_nested_under_its_text_column() -> None:
    html = render_markdown("1. 첫째\n   - 세부\n2. 둘째")
    assert re.sub(r"\s", "", html) == "<ol><li>첫째<ul><li>세부</li></ul></li><li>둘째</li></ol>"


def test_four_space_nesting_still_works() -> None:
    html = render_markdown("- a\n    - b")
    assert re.sub(r"\s", "", html) == "<ul><li>a<ul><li>b</li></ul></li></ul>"


def test_switching_from_bullets_to_numbers_starts_a_new_list() -> None:
    html = render_markdown("- 돌봄\n  - 방과후\n1. 1단계\n2. 2단계")
    assert re.sub(r"\s", "", html) == (
        "<ul><li>돌봄<ul><li>방과후</li></ul></li></ul><ol><li>1단계</li><li>2단계</li></ol>"
    )


def test_paragraph_after_a_blank_line_ends_the_list() -> None:
    html = render_markdown("- a\n- b\n\n본문 계속")
    assert "<p>본문 계속</p>" in html


def test_fenced_code_is_untouched_by_the_list_preprocessor() -> None:
    html = render_markdown("설명\n```\n- a\n  - b\n1. c\n```\n")
    assert "<pre><code>- a\n  - b\n1. c\n</code></pre>" in html
    assert "<li>" not in html


def test_indented_code_is_untouched_by_the_list_preprocessor() -> None:
    html = render_markdown("설명\n\n    - a\n      - b\n\n끝")
    assert "<pre><code>- a\n  - b\n</code></pre>" in html
    assert "<li>" not in html


def test_horizontal_rule_is_not_taken_for_a_list() -> None:
    assert "<hr>" in render_markdown("앞\n\n* * *\n\n뒤")


@pytest.mark.parametrize(
    ("source", "tag"),
    [("# 소제목", "h2"), ("## 소제목", "h2"), ("### 소제목", "h3"), ("###### 소제목", "h4")],
)
def test_headings_start_below_the_page_headline(source: str, tag: str) -> None:
    assert render_markdown(source) == f"<{tag}>소제목</{tag}>"


def test_photo_reference_is_resolved() -> None:
    photos = {"photo:1": "media/ab/main.webp", "photo:2": "media/cd/second.webp"}
    html = render_markdown("![시흥시청 전경](photo:2)", resolve_image=photos.get)
    assert '<img alt="시흥시청 전경" src="media/cd/second.webp">' in html


def test_unknown_photo_is_removed_not_left_broken() -> None:
    html = render_markdown("본문 ![없는 사진](photo:9) 계속", resolve_image=lambda src: None)
    assert "<img" not in html
    assert "본문" in html and "계속" in html


def test_lone_removed_photo_leaves_no_empty_paragraph() -> None:
    assert render_markdown("![a](photo:3)\n\n본문") == "<p>본문</p>"


def test_without_resolver_only_http_images_survive() -> None:
    html = render_markdown(
        "![a](photo:1) ![b](media/x.jpg) ![c](https://img.example/c.jpg) ![d](http://i.example/d.png)"
    )
    srcs = [attrs["src"] for tag, attrs in parse(html).tags if tag == "img"]
    assert srcs == ["https://img.example/c.jpg", "http://i.example/d.png"]


def test_every_image_src_goes_through_the_resolver() -> None:
    seen: list[str] = []

    def resolver(src: str) -> str | None:
        seen.append(src)
        return None

    render_markdown(
        '![a](photo:1) ![b](media/x.jpg) ![c](https://img.example/c.jpg) <img src="local.png">',
        resolve_image=resolver,
    )
    assert seen == ["photo:1", "media/x.jpg", "https://img.example/c.jpg", "local.png"]


def test_resolved_url_is_attribute_escaped() -> None:
    html = render_markdown("![a](photo:1)", resolve_image=lambda src: 'x.jpg?a=1&b="2"')
    assert 'src="x.jpg?a=1&amp;b=&quot;2&quot;"' in html


def test_external_links_get_rel_internal_ones_do_not() -> None:
    html = render_markdown(
        "[외부](https://news.example/a) [내부](/articles/302) [메일](mailto:desk@x.kr)"
    )
    assert '<a href="https://news.example/a" rel="noopener noreferrer">외부</a>' in html
    assert '<a href="/articles/302">내부</a>' in html
    assert '<a href="mailto:desk@x.kr">메일</a>' in html


def test_author_supplied_rel_and_target_are_dropped() -> None:
    html = render_markdown('<a href="/x" rel="opener" target="_blank">x</a>')
    assert html == '<p><a href="/x">x</a></p>'


def test_tables_keep_alignment_without_style_attributes() -> None:
    html = render_markdown("| 구분 | 금액 |\n|:--|--:|\n| 예산 | 100 |")
    assert '<th align="left">구분</th>' in html
    assert '<td align="right">100</td>' in html
    assert "style" not in html


def test_footnotes_work_and_do_not_leak_into_the_next_render() -> None:
    html = render_markdown("본문[^1]\n\n[^1]: 출처: 통계청")
    assert 'href="#fn:1"' in html
    assert '<li id="fn:1">' in html
    assert "footnote" not in render_markdown("다른 기사")


def test_raw_ids_other_than_footnotes_are_dropped() -> None:
    assert render_markdown('<sup id="location">x</sup>') == "<p><sup>x</sup></p>"


def test_decomposed_hangul_is_normalised() -> None:
    decomposed = "\u1112\u1161\u11ab\u1100\u1173\u11af"  # 한글 as jamo
    assert render_markdown(decomposed) == "<p>한글</p>"


def test_renders_are_independent_across_threads() -> None:
    sources = [f"# 제목 {i}\n\n본문[^n]\n\n[^n]: 주석 {i}\n- a\n  - b" for i in range(8)]
    expected = [render_markdown(s) for s in sources]
    results: dict[int, list[str]] = {}

    def work(index: int) -> None:
        results[index] = [render_markdown(s) for s in sources * 5]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for output in results.values():
        assert output == expected * 5


def test_windows_line_endings_and_tab_indents() -> None:
    html = render_markdown("목록\r\n- a\r\n\t- b\r\n")
    assert re.sub(r"\s", "", html) == "<p>목록</p><ul><li>a<ul><li>b</li></ul></li></ul>"
