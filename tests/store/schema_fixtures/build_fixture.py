"""Build the committed upgrade fixtures: one small real data folder per past schema.

Run ``python tests/store/schema_fixtures/build_fixture.py REVISION`` once,
when a migration is added, and commit the folder it writes
(``tests/store/schema_fixtures/schema_REVISION/``). The schema is made by
the real migration scripts up to REVISION; the rows are one small newsroom
(people, sections, the site profile, a published, a draft and a trashed
article, photos with their files, revisions, comments, a publication, an
outbox job, autosaves, transitions, publish targets, the newsroom id)
written with plain SQL against the columns that schema has, so the fixture
stays what an older Newsdesk left on disk even after the models move on.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from PIL import Image, ImageDraw
from sqlalchemy import MetaData, create_engine, event, text

from newsdesk.media.photo_edit import PhotoEdit
from newsdesk.media.photo_store import PhotoStore
from newsdesk.store.migrate import alembic_config
from newsdesk.store.search import SEARCH_TABLE, article_document

HERE = Path(__file__).resolve().parent
DATABASE_FILE = "newsdesk.sqlite3"

A_PUBLISHED = "6f0c2a4e-1d3b-4c55-9a7e-0b1c2d3e4f50"
A_DRAFT = "7a1d3b5f-2e4c-4d66-8b8f-1c2d3e4f5061"
A_TRASHED = "8b2e4c60-3f5d-4e77-9c90-2d3e4f506172"


def _time(text_value: str) -> datetime:
    return datetime.fromisoformat(text_value)  # naive UTC, as the app stores it


def _photo_bytes(colour: tuple[int, int, int], label: str) -> bytes:
    image = Image.new("RGB", (480, 320), colour)
    ImageDraw.Draw(image).text((20, 20), label, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


PHOTO_FILES = {
    "p1": _photo_bytes((30, 90, 160), "sea walk"),
    "p2": _photo_bytes((160, 60, 40), "night lights"),
    "p3": _photo_bytes((40, 130, 70), "budget"),
}


def _sha(key: str) -> str:
    return hashlib.sha256(PHOTO_FILES[key]).hexdigest()


def _article(
    article_id: str, number: int | None, slug: str, headline: str, body: str, **extra: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": article_id,
        "number": number,
        "search_key": int(_time(extra.get("created", "2026-11-02 01:00:00")).timestamp() * 1e6),
        "slug": slug,
        "headline": headline,
        "subheadline": extra.get("subheadline", ""),
        "body": body,
        "summary": extra.get("summary", ""),
        "section_id": 1,
        "author_id": 1,
        "byline": "김민수 기자",
        "tags": extra.get("tags", []),
        "status": extra.get("status", "draft"),
        "created_at": _time(extra.get("created", "2026-11-02 01:00:00")),
        "updated_at": _time(extra.get("updated", "2026-11-02 02:00:00")),
        "published_at": extra.get("published_at"),
        "revised_at": None,
        "scheduled_at": None,
        "deleted_at": extra.get("deleted_at"),
        "view_count": extra.get("view_count", 0),
        "version": extra.get("version", 1),
        "updated_by_id": 1,
    }
    return row


def _photo(key: str, photo_id: str, article_id: str, position: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": photo_id,
        "article_id": article_id,
        "sha256": _sha(key),
        "original_name": extra.get("name", f"{key}.jpg"),
        "format": "JPEG",
        "byte_size": len(PHOTO_FILES[key]),
        "width": 480,
        "height": 320,
        "web_width": 480,
        "web_height": 320,
        "caption": extra.get("caption", ""),
        "credit": extra.get("credit", ""),
        "alt_text": extra.get("alt", ""),
        "position": position,
        "is_main": extra.get("main", False),
        "created_at": _time("2026-11-02 01:10:00"),
        # From 0007: turned and cropped without touching the original.
        "rotation": extra.get("rotation", 0),
        "crop_body": extra.get("crop_body"),
        "crop_thumb": extra.get("crop_thumb"),
        "crop_social": extra.get("crop_social"),
    }


def _snapshot(headline: str, body: str) -> dict[str, Any]:
    return {"headline": headline, "body": body, "status": "draft"}


ROWS: dict[str, list[dict[str, Any]]] = {
    "people": [
        {"id": 1, "name": "김민수", "role": "reporter", "email": "minsu@example.kr",
         "byline": "김민수 기자", "active": True},
        {"id": 2, "name": "오세훈", "role": "editor", "email": "desk@example.kr",
         "byline": "오세훈 편집장", "active": True},
    ],
    "sections": [
        {"id": 1, "name": "사회", "slug": "사회", "position": 1},
        {"id": 2, "name": "경제", "slug": "경제", "position": 2},
    ],
    "site_profile": [
        {"id": 1, "name": "시흥타임즈", "base_url": "https://news.example.kr/",
         "description": "시흥의 오늘", "list_page_size": 20, "masthead": "시흥타임즈",
         "registration_number": "경기 아00000", "registration_date": "2020년 1월 2일",
         "publisher": "홍길동", "editor": "오세훈", "youth_protection_officer": "김보호",
         "address": "경기도 시흥시 시청로 20", "phone": "031-000-0000",
         "email": "desk@example.kr", "export_dir": ""},
    ],
    "articles": [
        _article(A_PUBLISHED, 1, "배곧-해안-산책로", "시흥시, 배곧 해안 산책로 새로 연다",
                 "다음 달 **개통**한다.\n\n![산책로](photo:1)\n\n야간 조명과 쉼터 12곳.",
                 subheadline="야간 조명·쉼터 12곳", status="published", tags=["시흥", "산책로"],
                 published_at=_time("2026-11-02 03:00:00"), view_count=42, version=3),
        _article(A_DRAFT, None, "예산안-심의", "시의회 예산안 심의 시작",
                 "“내년 예산은 1조 원”이라고 밝혔다.", created="2026-11-03 01:00:00",
                 updated="2026-11-03 05:00:00", version=2),
        _article(A_TRASHED, None, "지운-기사", "지운 기사", "휴지통에 있는 기사.",
                 created="2026-11-04 01:00:00", deleted_at=_time("2026-11-04 02:00:00")),
    ],
    "photos": [
        _photo("p1", "a0000000-0000-4000-8000-000000000001", A_PUBLISHED, 1,
               caption="배곧 해안 산책로.", credit="김민수 기자", alt="해 질 녘 산책로", main=True),
        _photo("p2", "a0000000-0000-4000-8000-000000000002", A_PUBLISHED, 2,
               caption="야간 조명.", credit="시흥시 제공", alt="조명이 켜진 산책로",
               rotation=90, crop_body=[0.1, 0.2, 0.5, 0.6],
               crop_social=[0.0, 0.325, 1.0, 0.35]),
        _photo("p3", "a0000000-0000-4000-8000-000000000003", A_DRAFT, 1,
               caption="예산 설명회.", credit="김민수 기자", alt="설명회장", name="예산.jpg"),
    ],
    "revisions": [
        {"id": "b0000000-0000-4000-8000-000000000001", "article_id": A_PUBLISHED,
         "created_at": _time("2026-11-02 01:30:00"), "author_id": 1, "reason": "save",
         "note": "", "snapshot": _snapshot("시흥시, 배곧 산책로", "초고")},
        {"id": "b0000000-0000-4000-8000-000000000002", "article_id": A_PUBLISHED,
         "created_at": _time("2026-11-02 03:00:00"), "author_id": 2, "reason": "publish",
         "note": "출고", "snapshot": _snapshot("시흥시, 배곧 해안 산책로 새로 연다", "다음 달")},
        {"id": "b0000000-0000-4000-8000-000000000003", "article_id": A_DRAFT,
         "created_at": _time("2026-11-03 02:00:00"), "author_id": 1, "reason": "save",
         "note": "", "snapshot": _snapshot("예산안", "초고")},
    ],
    "comments": [
        {"id": 1, "article_id": A_PUBLISHED, "author_id": 2, "body": "제목 좋습니다.",
         "created_at": _time("2026-11-02 02:30:00"), "resolved_at": None},
        {"id": 2, "article_id": A_DRAFT, "author_id": 2, "body": "출처를 밝혀 주세요.",
         "created_at": _time("2026-11-03 04:00:00"),
         "resolved_at": _time("2026-11-03 05:00:00")},
    ],
    "publications": [
        {"id": 1, "article_id": A_PUBLISHED, "target": "본사", "remote_id": "1",
         "url": "https://news.example.kr/articles/1-배곧-해안-산책로.html",
         "content_hash": "c" * 64, "sent_at": _time("2026-11-02 03:01:00"),
         "remote_revision": 3},
    ],
    "outbox": [
        {"id": 1, "target": "본사", "article_id": A_PUBLISHED, "action": "publish",
         "state": "pending", "attempts": 2, "next_attempt_at": _time("2026-11-02 03:05:00"),
         "last_error": "연결 시간 초과", "created_at": _time("2026-11-02 03:00:30"),
         "detail": {}},
    ],
    "autosaves": [
        {"editor_key": "editor-5a8c", "article_id": A_DRAFT, "base_version": 2,
         "fields": {"headline": "시의회 예산안 심의 시작", "body": "고치던 문장"},
         "saved_at": _time("2026-11-03 06:00:00")},
        {"editor_key": "editor-0b5c7f3e-9a41-4d2e-8f60-2c1d9e8a7b35", "article_id": None,
         "base_version": None,
         "fields": {"headline": "저장 안 한 새 기사", "body": "속보"},
         "saved_at": _time("2026-11-03 06:01:00")},
    ],
    "transitions": [
        {"id": 1, "article_id": A_PUBLISHED, "actor_id": 1, "from_status": "draft",
         "to_status": "submitted", "action": "submit", "note": "",
         "at": _time("2026-11-02 02:00:00")},
        {"id": 2, "article_id": A_PUBLISHED, "actor_id": 2, "from_status": "approved",
         "to_status": "published", "action": "publish", "note": "",
         "at": _time("2026-11-02 03:00:00")},
    ],
    "publish_targets": [
        {"id": 1, "name": "본사", "kind": "newsdesk", "url": "https://news.example.kr/",
         "enabled": True, "created_at": _time("2026-11-01 00:00:00")},
    ],
    "newsroom_settings": [
        {"key": "newsroom_id", "value": "5e7d0c1a-9b2f-4e3d-8a6c-1f0e2d3c4b5a"},
    ],
}  # fmt: skip


def _app_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """What the app sets on every connection (store/database.py), WAL included."""
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def build_fixture(revision: str, folder: Path, *, url: str | None = None) -> Path:
    """Write a data folder whose database stands at ``revision``; returns the folder.

    ``url``: build the database there (a PostgreSQL database, for the upgrade
    test on PostgreSQL) instead of the folder's SQLite file.
    """
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sqlite = url is None
    engine = create_engine(url or f"sqlite:///{folder / DATABASE_FILE}")
    if sqlite:
        event.listen(engine, "connect", _app_pragmas)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        for table_name, rows in ROWS.items():
            table = metadata.tables.get(table_name)
            if table is None:
                continue  # this schema does not have the table yet
            for row in rows:
                values = {k: v for k, v in row.items() if k in table.columns}
                if not sqlite:  # PostgreSQL enforces lengths: only what that schema could hold
                    for name, value in values.items():
                        length = getattr(table.columns[name].type, "length", None)
                        if isinstance(value, str) and length and len(value) > length:
                            values[name] = value[:length]
                connection.execute(table.insert(), values)
        for row in ROWS["articles"]:
            if row["deleted_at"] is None and SEARCH_TABLE in metadata.tables:
                tokens = article_document(row["headline"], row["subheadline"], row["body"])
                connection.execute(
                    text(f"INSERT INTO {SEARCH_TABLE}(rowid, tokens) VALUES (:key, :tokens)"),
                    {"key": row["search_key"], "tokens": tokens},
                )
    if sqlite:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    store = PhotoStore(folder / "photos")
    for data in PHOTO_FILES.values():
        sha = hashlib.sha256(data).hexdigest()
        store.store_original(sha, "JPEG", data)
        store.ensure_derivatives(sha)
    if "rotation" in metadata.tables["photos"].columns:
        for row in ROWS["photos"]:  # the cropped files the app made beside the import's
            edit = PhotoEdit.from_columns(
                row["rotation"], row["crop_body"], row["crop_thumb"], row["crop_social"]
            )
            store.ensure_derivatives(row["sha256"], edit)
    for leftover in folder.glob(f"{DATABASE_FILE}-*"):
        leftover.unlink()
    return folder


if __name__ == "__main__":
    wanted = sys.argv[1]
    print(build_fixture(wanted, HERE / f"schema_{wanted}"))
