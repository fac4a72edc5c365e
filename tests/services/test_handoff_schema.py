"""Hostile values inside a well-formed hand-off file: refused with a message naming
the file, the article and the field — never a traceback, never a partial import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.services.handoff_files import (
    rehash,
    room_state,
    with_manifest,
    with_manifest_text,
)

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.handoff import HandoffError, export_handoff, import_handoff
from newsdesk.services.handoff_json import locate_deep_nesting
from newsdesk.services.importing import person_named, section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publishing import publish
from newsdesk.store.models import Role

HEADLINE = "보낸 기사"


@pytest.fixture
def sent(newsroom: Newsroom, tmp_path: Path) -> tuple[Path, str]:
    """A valid file: one published article with a section, an author and one photo."""
    with newsroom.db.session() as session:
        section_id = section_named(session, "사회").id
        author_id = person_named(session, "김민수", Role.REPORTER).id
    article = ArticleService(newsroom).create(
        ArticleFields(headline=HEADLINE, body="본문\n", section_id=section_id, author_id=author_id)
    )
    photo = tmp_path / "p.jpg"
    Image.new("RGB", (320, 240), (10, 120, 200)).save(photo, "JPEG")
    list(PhotoService(newsroom).add_files(article.id, [photo], [PhotoDetails("캡션")]))
    publish(newsroom, article.id)
    path = export_handoff(newsroom, [article.id], tmp_path / "기사묶음.newsdesk").path
    return path, article.id


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    ArticleService(room).create(ArticleFields(headline="이미 있는 기사"))
    yield room
    room.close()


def _refused(room: Newsroom, path: Path, article_id: str, field: str, *reasons: str) -> str:
    before = room_state(room)
    with pytest.raises(HandoffError) as caught:
        import_handoff(room, path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: "), message
    assert f"article #1 (id {article_id}" in message, message
    assert f"'{field}'" in message, message
    assert caught.value.field == field
    assert caught.value.entry.startswith("article #1")
    for reason in reasons:
        assert reason in message, message
    assert room_state(room) == before
    return message


def _set(field: str, value: Any, *, photo: bool = False) -> Callable[[dict[str, Any]], None]:
    def edit(manifest: dict[str, Any]) -> None:
        article = manifest["articles"][0]
        (article["photos"][0] if photo else article)[field] = value
        rehash(article)

    return edit


@pytest.mark.parametrize(
    ("field", "value", "photo", "reason"),
    [
        ("number", 2**63, False, "from 1 to 2,147,483,647"),
        ("number", 0, False, "from 1 to"),
        ("number", True, False, "whole number"),
        ("position", 2**63, True, "from 0 to 10,000"),
        ("width", -1, True, "from 0 to"),
        ("created_at", "0001-01-01T00:00:00+09:00", False, "years 1970–2200"),
        ("updated_at", "9999-12-31T23:59:59-09:00", False, "years 1970–2200"),
        ("published_at", "2026-11-20T10:00:00", False, "UTC offset"),
        ("published_at", "2026-11-20", False, "RFC 3339"),
        ("headline", "x" * 301, False, "longer than 300"),
        ("byline", "기" * 201, False, "longer than 200"),
        ("tags", ["태그"] * 31, False, "at most 30"),
        ("tags", ["x" * 101], False, "item #1 is longer than 100"),
        ("caption", 7, True, "must be text"),
        ("is_main", 1, True, "true or false"),
        ("known_hashes", ["nothex"], False, "SHA-256"),
        ("status", "live", False, "must be one of"),
        ("slug", "가" * 200, False, "600 bytes long in UTF-8; at most 80"),
        ("slug", "../../x", False, "cannot be part of a file name"),
    ],
)
def test_out_of_range_values_are_refused(
    other: Newsroom,
    sent: tuple[Path, str],
    tmp_path: Path,
    field: str,
    value: Any,
    photo: bool,
    reason: str,
) -> None:
    path, article_id = sent
    bad = with_manifest(path, tmp_path / "나쁜값.newsdesk", _set(field, value, photo=photo))
    _refused(other, bad, article_id, field, reason, "invalid manifest.json")


def test_lone_surrogate_is_refused_before_it_reaches_the_hash(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    path, article_id = sent

    def surrogate(manifest: dict[str, Any]) -> None:
        manifest["articles"][0]["body"] = "본문 \ud800 끝"  # cannot be hashed (or stored)

    bad = with_manifest(path, tmp_path / "깨진글자.newsdesk", surrogate, ascii_only=True)
    _refused(other, bad, article_id, "body", "lone surrogate (U+D800")


def test_json_nested_ten_thousand_deep(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    path, _article_id = sent
    deep = "[" * 10_000 + "]" * 10_000
    bad = with_manifest_text(
        path,
        tmp_path / "깊은.newsdesk",
        lambda text: text.replace('"tags": []', f'"tags": [{deep}]'),
    )
    before = room_state(other)
    with pytest.raises(HandoffError) as caught:
        import_handoff(other, bad)
    message = str(caught.value)
    assert message.startswith("깊은.newsdesk: manifest.json is nested more than 32 levels"), message
    assert "article #1, field 'tags' (line " in message, message
    assert room_state(other) == before


def test_moderate_nesting_is_a_field_error(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    path, article_id = sent
    bad = with_manifest(path, tmp_path / "중첩.newsdesk", _set("summary", [[[["깊다"]]]]))
    _refused(other, bad, article_id, "summary", "must be text")


def test_five_thousand_digit_integer(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    path, article_id = sent
    bad = with_manifest_text(
        path,
        tmp_path / "큰수.newsdesk",
        lambda text: text.replace('"number": 1', '"number": 1' + "7" * 5_000),
    )
    _refused(other, bad, article_id, "number", "a number with 5,001 digits")


def test_key_given_twice(other: Newsroom, sent: tuple[Path, str], tmp_path: Path) -> None:
    path, article_id = sent
    bad = with_manifest_text(
        path,
        tmp_path / "두번.newsdesk",
        lambda text: text.replace('"headline": ', '"headline": "몰래", "headline": ', 1),
    )
    _refused(other, bad, article_id, "headline", "appears twice")


def test_unknown_and_missing_fields(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    path, article_id = sent

    def extra(manifest: dict[str, Any]) -> None:
        manifest["articles"][0]["role_override"] = "admin"

    bad = with_manifest(path, tmp_path / "덤.newsdesk", extra)
    _refused(other, bad, article_id, "'role_override'", "is not part of the hand-off format")

    def missing(manifest: dict[str, Any]) -> None:
        del manifest["articles"][0]["summary"]

    bad = with_manifest(path, tmp_path / "빠짐.newsdesk", missing)
    _refused(other, bad, article_id, "summary", "is missing")


def test_author_fields_are_checked(other: Newsroom, sent: tuple[Path, str], tmp_path: Path) -> None:
    path, article_id = sent

    def long_name(manifest: dict[str, Any]) -> None:
        manifest["articles"][0]["author"]["name"] = "김" * 101
        rehash(manifest["articles"][0])

    bad = with_manifest(path, tmp_path / "이름.newsdesk", long_name)
    message = _refused(other, bad, article_id, "name", "longer than 100")
    assert "author: field 'name'" in message


def test_deep_nesting_is_located_without_recursion() -> None:
    prefix = '{"format": "x", "articles": [{"id": "a"}, {"body": "[[[[", "tags": '
    # depth 3 is the article object, so the 30th bracket is the 33rd level
    column = len(prefix) + 30
    expected = f"article #2, field 'tags' (line 1, column {column})"
    assert locate_deep_nesting(prefix + "[" * 50) == expected
    assert locate_deep_nesting('{"files": ' + "{" * 40).startswith("field 'files' (line 1")


def test_section_names_with_the_same_slug(
    other: Newsroom, sent: tuple[Path, str], tmp_path: Path
) -> None:
    """ "사회" and "사회!" slug alike; the second section must not break the import."""
    path, article_id = sent
    with other.db.session() as session:
        section_named(session, "사회!")

    result = import_handoff(other, path)
    assert result.added == [article_id]
    received = ArticleService(other).get(article_id)
    assert received.section is not None and received.section.name == "사회"
    assert {s.slug for s in ArticleService(other).sections()} == {"사회", "사회-2"}
