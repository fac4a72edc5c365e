"""Importing Markdown files with YAML front matter."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import ImportFileError, MarkdownImporter
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article, ArticleStatus, Photo
from newsdesk.store.search import search_articles

FULL = """---
id: 0b7c1a52-2f44-4d7e-9a55-3f2f4d1c9e01
title: 시흥교육청, 과밀학급 해소 나선다
subtitle: 2027년까지 12개 학교 증축
author: 이서연
byline: 이서연 기자 (교육팀)
section: 교육
date: 2026-07-29 14:30
tags: [교육, 과밀학급, "#시흥"]
status: published
summary: 과밀학급 해소 계획 요약
photos:
  - file: img/school.jpg
    caption: 증축 예정인 정왕초등학교
    credit: 사진=이서연
    alt: 학교 건물 전경
  - file: img/second.jpg
    caption: 두 번째 사진
    main: true
---

**교육부(장관)**는 시흥교육청은 발표했다.
"""


def _jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 480), colour).save(path, "JPEG")
    return path


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _article_count(newsroom: Newsroom) -> int:
    with newsroom.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Article)) or 0)


def _photo_count(newsroom: Newsroom) -> int:
    with newsroom.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Photo)) or 0)


def test_front_matter_all_fields_and_photos(newsroom: Newsroom, tmp_path: Path) -> None:
    _jpeg(tmp_path / "img" / "school.jpg", (10, 120, 200))
    _jpeg(tmp_path / "img" / "second.jpg", (200, 120, 10))
    source = _write(tmp_path / "기사.md", FULL)
    article = MarkdownImporter(newsroom).import_file(source)

    stored = ArticleService(newsroom).get(article.id)
    assert stored.id == "0b7c1a52-2f44-4d7e-9a55-3f2f4d1c9e01"
    assert stored.headline == "시흥교육청, 과밀학급 해소 나선다"
    assert stored.subheadline == "2027년까지 12개 학교 증축"
    assert stored.author is not None and stored.author.name == "이서연"
    assert stored.byline == "이서연 기자 (교육팀)"
    assert stored.section is not None and stored.section.name == "교육"
    assert stored.tags == ["교육", "과밀학급", "시흥"]
    assert stored.summary == "과밀학급 해소 계획 요약"
    assert stored.status == ArticleStatus.PUBLISHED.value
    assert stored.number == 1
    # Naive dates are Seoul time: 14:30 KST is 05:30 UTC.
    assert stored.published_at == datetime(2026, 7, 29, 5, 30, tzinfo=UTC)
    assert stored.body.startswith("**교육부(장관)**는")
    photos = stored.photos
    assert [(p.original_name, p.position, p.is_main) for p in photos] == [
        ("school.jpg", 0, False),
        ("second.jpg", 1, True),
    ]
    assert (photos[0].caption, photos[0].credit, photos[0].alt_text) == (
        "증축 예정인 정왕초등학교",
        "사진=이서연",
        "학교 건물 전경",
    )
    assert stored.main_photo is not None and stored.main_photo.original_name == "second.jpg"
    with newsroom.db.session() as session:
        assert [h.article_id for h in search_articles(session, "교육청")] == [stored.id]


def test_reimport_with_same_id_updates_instead_of_duplicating(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    _jpeg(tmp_path / "img" / "school.jpg", (10, 120, 200))
    _jpeg(tmp_path / "img" / "second.jpg", (200, 120, 10))
    source = _write(tmp_path / "a.md", FULL)
    importer = MarkdownImporter(newsroom)
    importer.import_file(source)
    _write(source, FULL.replace("과밀학급 해소 나선다", "과밀학급 해소 착수"))
    again = importer.import_file(source)
    assert _article_count(newsroom) == 1
    assert ArticleService(newsroom).get(again.id).headline.endswith("착수")
    assert _photo_count(newsroom) == 2
    assert again.number == 1


def test_minimal_file_is_a_draft(newsroom: Newsroom, tmp_path: Path) -> None:
    article = MarkdownImporter(newsroom).import_file(
        _write(tmp_path / "min.md", "---\ntitle: 짧은 기사\n---\n본문만 있다.\n")
    )
    assert article.status == ArticleStatus.DRAFT.value
    assert article.number is None
    assert article.body == "본문만 있다.\n"


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "bad-yaml.md": ("---\ntitle: [열린 괄호\n---\n본문\n".encode(), "not valid YAML"),
    "no-title.md": ("---\nsubtitle: 제목 없음\n---\n본문\n".encode(), "title"),
    "unknown.md": ("---\ntitle: 제목\ncolour: blue\n---\n".encode(), "colour"),
    "euc-kr.md": ("---\ntitle: 한글 제목\n---\n본문\n".encode("euc-kr"), "UTF-8"),
    "bad-date.md": ("---\ntitle: 제목\ndate: 7월 29일쯤\n---\n".encode(), "date"),
    "bad-status.md": ("---\ntitle: 제목\nstatus: approved\n---\n".encode(), "status"),
    "missing-photo.md": (
        "---\ntitle: 사진 없음\nstatus: published\nphotos:\n  - file: nowhere.jpg\n---\n".encode(),
        "nowhere.jpg",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_naming_the_file_and_nothing_stored(
    newsroom: Newsroom, tmp_path: Path, name: str
) -> None:
    content, cause = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        MarkdownImporter(newsroom).import_file(path)
    assert caught.value.path == path
    assert name in str(caught.value)
    assert cause in str(caught.value)
    assert _article_count(newsroom) == 0
    assert _photo_count(newsroom) == 0


def test_bad_photo_refuses_the_whole_article(newsroom: Newsroom, tmp_path: Path) -> None:
    _jpeg(tmp_path / "good.jpg", (1, 2, 3))
    (tmp_path / "fake.jpg").write_bytes(b"GIF89a not really" * 20)
    path = _write(
        tmp_path / "two.md",
        "---\ntitle: 두 장\nphotos:\n  - good.jpg\n  - fake.jpg\n---\n본문\n",
    )
    with pytest.raises(ImportFileError) as caught:
        MarkdownImporter(newsroom).import_file(path)
    assert "two.md" in str(caught.value) and "fake.jpg" in str(caught.value)
    assert _article_count(newsroom) == 0 and _photo_count(newsroom) == 0


def test_good_files_import_after_a_bad_one(newsroom: Newsroom, tmp_path: Path) -> None:
    importer = MarkdownImporter(newsroom)
    bad = _write(tmp_path / "bad.md", "---\ntitle: x\nwhat: y\n---\n")
    good = _write(tmp_path / "good.md", "---\ntitle: 좋은 기사\n---\n본문\n")
    with pytest.raises(ImportFileError):
        importer.import_file(bad)
    assert importer.import_file(good).headline == "좋은 기사"
    assert _article_count(newsroom) == 1
