"""Helpers for tests that take a real hand-off file apart and build hostile variants."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from newsdesk.services.handoff_merge import content_hash, entry_author_name
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article, Person, Photo, Revision, Section, Transition

Entries = dict[str, bytes]


def read_entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_entries(path: Path, entries: Entries) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def rehash(entry: dict[str, Any]) -> None:
    """Make an edited article entry consistent again, as a deliberate forger would."""
    entry["content_hash"] = content_hash(entry, entry.get("section"), entry_author_name(entry))


def with_manifest(
    source: Path, target: Path, edit: Callable[[dict[str, Any]], None], *, ascii_only: bool = False
) -> Path:
    """``source`` with its manifest changed by ``edit`` (photos kept as they are)."""
    entries = read_entries(source)
    manifest = json.loads(entries["manifest.json"])
    edit(manifest)
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=ascii_only).encode()
    return write_entries(target, entries)


def with_manifest_text(source: Path, target: Path, edit: Callable[[str], str]) -> Path:
    """``source`` with the manifest's JSON text rewritten (for JSON no dict can express)."""
    entries = read_entries(source)
    entries["manifest.json"] = edit(entries["manifest.json"].decode()).encode()
    return write_entries(target, entries)


def room_state(room: Newsroom) -> tuple[dict[str, int], list[Path]]:
    """Row counts and photo files: what must not change when a file is refused."""
    with room.db.session() as session:
        counts = {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Article, Photo, Revision, Section, Person, Transition)
        }
    return counts, sorted(p for p in room.photos.root.rglob("*") if p.is_file())


def small_article(index: int, moment: str, number: int | None = None) -> dict[str, Any]:
    """One tiny, valid manifest entry (no photos)."""
    entry: dict[str, Any] = {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "status": "draft" if number is None else "published",
        "headline": f"작은 기사 {index}",
        "subheadline": "",
        "body": f"본문 {index}\n",
        "summary": "",
        "section": "사회" if index % 2 else "경제",
        "author": {"name": f"기자{index % 5}", "role": "reporter"},
        "byline": "",
        "tags": ["시흥"],
        "number": number,
        "slug": "",
        "created_at": moment,
        "updated_at": moment,
        "published_at": moment if number is not None else None,
        "revised_at": None,
        "scheduled_at": None,
        "photos": [],
        "known_hashes": [],
    }
    rehash(entry)
    return entry


def many_articles_file(
    path: Path, entries: list[dict[str, Any]], moment: str = "2026-11-01T09:00:00+09:00"
) -> Path:
    """A hand-off file holding ``entries`` and no photos."""
    manifest = {
        "format": "newsdesk-handoff",
        "version": 1,
        "created_at": moment,
        "app_version": "test",
        "articles": entries,
        "files": {},
    }
    return write_entries(path, {"manifest.json": json.dumps(manifest).encode()})
