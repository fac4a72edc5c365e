"""Slugs and file names: Hangul kept, byte caps, Windows-safe."""

from __future__ import annotations

import unicodedata

import pytest

from newsdesk.text.slugs import make_slug, safe_filename

WINDOWS_ILLEGAL = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("시흥시, 2026년 예산 ‘역대 최대’", "시흥시-2026년-예산-역대-최대"),
        ("Hello World", "hello-world"),
        ("SIHEUNG 시청 AI 교육", "siheung-시청-ai-교육"),
        ("  --앞뒤 구두점!!--  ", "앞뒤-구두점"),
        ("가...나///다   라", "가-나-다-라"),
        ("[속보] 경기도·시흥시 협약 (종합)", "속보-경기도-시흥시-협약-종합"),
        ("snake_case & 100%", "snake-case-100"),
        ("Москва Ελλάδα", "москва-ελλάδα"),
    ],
)
def test_make_slug(title: str, slug: str) -> None:
    assert make_slug(title) == slug


def test_slug_is_nfc_so_macos_and_windows_titles_agree() -> None:
    title = "교육청 발표"
    slug = make_slug(unicodedata.normalize("NFD", title))
    assert slug == "교육청-발표"
    assert unicodedata.is_normalized("NFC", slug)


@pytest.mark.parametrize("title", ["", "   ", "!!!", "…‘’“”", "\x00\x1f"])
def test_slug_is_never_empty(title: str) -> None:
    assert make_slug(title) == "article"


def test_byte_cap_does_not_cut_a_hangul_syllable() -> None:
    slug = make_slug("가" * 100)  # 300 bytes
    assert slug == "가" * 26  # 78 bytes; a 27th syllable would need 81
    assert len(slug.encode("utf-8")) <= 80


@pytest.mark.parametrize("max_bytes", [8, 9, 10, 11, 20, 31, 80])
def test_byte_cap_holds_for_any_limit(max_bytes: int) -> None:
    slug = make_slug("시흥시 교육 예산 2026 발표 Seoul 경기", max_bytes=max_bytes)
    assert 0 < len(slug.encode("utf-8")) <= max_bytes
    assert slug.encode("utf-8").decode("utf-8") == slug


def test_byte_cap_leaves_no_trailing_dash() -> None:
    # "가나-다": the cut falls right after the dash.
    assert make_slug("가나 다라", max_bytes=9) == "가나"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("CON", "con-1"),
        ("con", "con-1"),
        ("Prn", "prn-1"),
        ("aux", "aux-1"),
        ("NUL", "nul-1"),
        ("COM1", "com1-1"),
        ("com9", "com9-1"),
        ("LPT1", "lpt1-1"),
        ("lpt9", "lpt9-1"),
        ("COM¹", "com¹-1"),
        ("CON.txt", "con-txt"),
        ("console", "console"),
        ("com10", "com10"),
    ],
)
def test_windows_reserved_names_are_avoided(name: str, slug: str) -> None:
    assert make_slug(name) == slug


def test_too_small_limit_is_an_error() -> None:
    with pytest.raises(ValueError):
        make_slug("가", max_bytes=3)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("시청 전경.JPG", "시청-전경.jpg"),
        ("IMG_0001.jpeg", "img-0001.jpeg"),
        ("CON.txt", "con-1.txt"),
        ("nul.tar.gz", "nul-tar.gz"),
        ("lpt1.PNG", "lpt1-1.png"),
        ('a<b>c:d"e/f\\g|h?i*j.png', "a-b-c-d-e-f-g-h-i-j.png"),
        ("../../etc/passwd", "etc-passwd"),
        ("report.pdf. ", "report.pdf"),
        (".bashrc", "bashrc"),
        ("???.png", "file.png"),
        ("", "file"),
        ("사진.한글", "사진-한글"),
        ("보도자료", "보도자료"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_caps_bytes_including_the_extension() -> None:
    name = safe_filename("가" * 100 + ".webp", max_bytes=40)
    assert name == "가" * 11 + ".webp"  # 33 + 5 bytes; a 12th syllable would need 41
    assert len(name.encode("utf-8")) <= 40


@pytest.mark.parametrize(
    "name", ["CON", "a" * 300, "가" * 300 + ".jpg", "x\x00y\x1f.txt", " 사진 .. ", "COM1.jpg"]
)
def test_safe_filename_is_always_windows_legal(name: str) -> None:
    result = safe_filename(name)
    assert result
    assert not set(result) & WINDOWS_ILLEGAL
    assert not result.endswith((".", " "))
    assert result.split(".")[0].lower() not in {"con", "prn", "aux", "nul", "com1", "lpt1"}
    assert len(result.encode("utf-8")) <= 120
