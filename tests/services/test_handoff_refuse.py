"""Damaged, foreign and hostile hand-off files are refused whole, with a
message naming the file, and the receiving newsroom is left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from newsdesk.services import handoff_format
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.handoff import HandoffError, export_handoff, import_handoff, read_manifest
from newsdesk.services.handoff_merge import content_hash, entry_author_name
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.store.models import Article, Person, Photo, Revision, Section

Entries = dict[str, bytes]


@pytest.fixture
def good_file(newsroom: Newsroom, tmp_path: Path) -> Path:
    """A valid file with one article and two photos, from the sender's folder."""
    article = ArticleService(newsroom).create(ArticleFields(headline="보낸 기사", body="본문\n"))
    files = []
    for i, colour in enumerate([(10, 120, 200), (200, 120, 10)]):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (320, 240), colour).save(path, "JPEG")
        files.append(path)
    list(PhotoService(newsroom).add_files(article.id, files, [PhotoDetails("캡션")] * 2))
    return export_handoff(newsroom, [article.id], tmp_path / "기사묶음.newsdesk").path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    ArticleService(room).create(ArticleFields(headline="이미 있는 기사"))
    yield room
    room.close()


def _state(room: Newsroom) -> tuple[dict[str, int], list[Path]]:
    with room.db.session() as session:
        counts = {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Article, Photo, Revision, Section, Person)
        }
    # Files only: an emptied shard folder is harmless and left alone.
    return counts, sorted(p for p in room.photos.root.rglob("*") if p.is_file())


def _assert_refused(room: Newsroom, path: Path, reason: str) -> None:
    before = _state(room)
    with pytest.raises(HandoffError) as caught:
        import_handoff(room, path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: "), message
    assert reason in message, message
    assert _state(room) == before


def _entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write(path: Path, entries: Entries) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _with_manifest(path: Path, target: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    entries = _entries(path)
    manifest = json.loads(entries["manifest.json"])
    edit(manifest)
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return _write(target, entries)


def _photo_names(path: Path) -> list[str]:
    return [name for name in _entries(path) if name.startswith("photos/")]


def test_truncated_file(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    data = good_file.read_bytes()
    broken = tmp_path / "잘린파일.newsdesk"
    broken.write_bytes(data[: len(data) // 2])
    _assert_refused(other, broken, "not a readable zip archive")


def test_not_a_zip(other: Newsroom, tmp_path: Path) -> None:
    fake = tmp_path / "사진.newsdesk"
    Image.new("RGB", (10, 10)).save(fake, "JPEG")
    _assert_refused(other, fake, "not a Newsdesk hand-off file")
    _assert_refused(other, tmp_path / "없음.newsdesk", "does not exist")


def test_flipped_byte_in_stored_photo(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    """Raw damage inside the zip: the zip's own CRC catches it."""
    data = bytearray(good_file.read_bytes())
    with zipfile.ZipFile(good_file) as archive:
        info = archive.getinfo(_photo_names(good_file)[0])
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    data[info.header_offset + 30 + name_len + extra_len + 200] ^= 0xFF
    broken = tmp_path / "손상.newsdesk"
    broken.write_bytes(bytes(data))
    _assert_refused(other, broken, f"checksum mismatch for {info.filename} (the file is damaged)")


def test_photo_changed_inside_a_valid_zip(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    """Same size, consistent zip CRC, different bytes: only the SHA-256 catches it."""
    entries = _entries(good_file)
    name = _photo_names(good_file)[1]
    photo = bytearray(entries[name])
    photo[300] ^= 0x01
    entries[name] = bytes(photo)
    _assert_refused(
        other, _write(tmp_path / "바뀜.newsdesk", entries), f"checksum mismatch for {name}"
    )


def test_manifest_missing_or_foreign(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    entries = _entries(good_file)
    del entries["manifest.json"]
    _assert_refused(other, _write(tmp_path / "m.newsdesk", entries), "no manifest.json")
    foreign = _write(tmp_path / "남의것.zip", {"readme.txt": b"hello", "data/x.csv": b"1,2"})
    _assert_refused(other, foreign, "no manifest.json")

    def other_format(manifest: dict[str, Any]) -> None:
        manifest["format"] = "something-else"

    _assert_refused(
        other, _with_manifest(good_file, tmp_path / "f.newsdesk", other_format), "not a Newsdesk"
    )
    bad_json = _entries(good_file) | {"manifest.json": b"{not json"}
    _assert_refused(other, _write(tmp_path / "j.newsdesk", bad_json), "not valid JSON")


def test_newer_version(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    def version_99(manifest: dict[str, Any]) -> None:
        manifest["version"] = 99

    path = _with_manifest(good_file, tmp_path / "v99.newsdesk", version_99)
    _assert_refused(other, path, "newer Newsdesk (hand-off format 99")
    with pytest.raises(HandoffError, match=r"v99\.newsdesk"):
        read_manifest(path)


@pytest.mark.parametrize("evil", ["../../evil.txt", "/etc/cron.d/evil", "photos/../../x", "C:\\x"])
def test_zip_slip_names(other: Newsroom, good_file: Path, tmp_path: Path, evil: str) -> None:
    entries = _entries(good_file) | {evil: b"owned"}
    _assert_refused(other, _write(tmp_path / "slip.newsdesk", entries), "unsafe entry name")
    assert not (tmp_path / "evil.txt").exists()


def test_too_many_entries(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    entries = _entries(good_file) | {f"photos/{i:04d}": b"" for i in range(2_001)}
    _assert_refused(other, _write(tmp_path / "많음.newsdesk", entries), "too many entries")


def test_zip_bomb(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    """70 MB of zeros deflates to ~70 kB; its declared size is refused before unpacking."""
    name = "photos/" + "0" * 64 + ".jpg"
    entries = _entries(good_file) | {name: bytes(70 * 1024**2)}
    bomb = _write(tmp_path / "폭탄.newsdesk", entries)
    assert bomb.stat().st_size < 1024**2
    _assert_refused(other, bomb, "over the limit")


def test_total_size_limit(
    other: Newsroom, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handoff_format, "MAX_TOTAL_BYTES", 1_000)
    _assert_refused(other, good_file, "the file is too large")


def test_listed_file_missing_or_wrong_size(
    other: Newsroom, good_file: Path, tmp_path: Path
) -> None:
    entries = _entries(good_file)
    name = _photo_names(good_file)[0]
    del entries[name]
    _assert_refused(other, _write(tmp_path / "빠짐.newsdesk", entries), f"{name} is listed")

    def wrong_size(manifest: dict[str, Any]) -> None:
        manifest["files"][name]["size"] += 1

    path = _with_manifest(good_file, tmp_path / "크기.newsdesk", wrong_size)
    _assert_refused(other, path, f"size mismatch for {name}")
    extra = _entries(good_file) | {"notes.txt": b"hi"}
    _assert_refused(other, _write(tmp_path / "덤.newsdesk", extra), "unexpected entry")


def test_text_altered_without_hash(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    def altered(manifest: dict[str, Any]) -> None:
        manifest["articles"][0]["body"] = "몰래 바꾼 본문"

    path = _with_manifest(good_file, tmp_path / "변조.newsdesk", altered)
    _assert_refused(other, path, "does not match its content hash")

    def bad_field(manifest: dict[str, Any]) -> None:
        manifest["articles"][0]["tags"] = "not a list"

    path = _with_manifest(good_file, tmp_path / "필드.newsdesk", bad_field)
    _assert_refused(other, path, "'tags' must be")


def test_photo_the_importer_refuses(other: Newsroom, good_file: Path, tmp_path: Path) -> None:
    """Checksums fine, but the last photo is not an image: refused, and the first
    photo's files (already stored by then) are removed again."""
    entries = _entries(good_file)
    manifest = json.loads(entries["manifest.json"])
    old_name = _photo_names(good_file)[-1]
    fake = b"this is not a photo at all" * 40
    sha = hashlib.sha256(fake).hexdigest()
    new_name = f"photos/{sha}.jpg"
    del entries[old_name]
    entries[new_name] = fake
    manifest["files"].pop(old_name)
    manifest["files"][new_name] = {"sha256": sha, "size": len(fake)}
    article = manifest["articles"][0]
    for photo in article["photos"]:
        if photo["file"] == old_name:
            photo.update(file=new_name, sha256=sha, original_name="가짜.jpg")
    article["content_hash"] = content_hash(
        article, article.get("section"), entry_author_name(article)
    )
    entries["manifest.json"] = json.dumps(manifest).encode()
    path = _write(tmp_path / "가짜사진.newsdesk", entries)
    _assert_refused(other, path, "photo 가짜.jpg")


def test_read_manifest_of_good_file(good_file: Path) -> None:
    manifest = read_manifest(good_file)
    assert manifest["articles"][0]["headline"] == "보낸 기사"
    assert len(manifest["articles"][0]["photos"]) == 2
    assert set(manifest["files"]) == {p["file"] for p in manifest["articles"][0]["photos"]}
