"""Hand-off files: move articles with their photos between two newsroom PCs.

A reporter working offline exports articles into one ``.newsdesk`` file; the
desk imports it (menu, drag-and-drop or opening the file) and later sends its
edits back the same way. This module is the public face used by the GUI and
the CLI; the file format and its checks live in
:mod:`newsdesk.services.handoff_format`, the merge rules in
:mod:`newsdesk.services.handoff_merge`.

Import order matters for "nothing is stored when the file is refused": the
archive and manifest are checked, every photo is unpacked and checked against
its size and SHA-256, then run through the normal photo importer (so the
derivatives exist), and only then is the database touched, in one
transaction. Photo files this call added to the store are removed again if
anything after that fails.

Exporting also records a "handoff-export" revision for any article whose
current state no revision holds yet: the next file from this PC must list
that state among its known hashes, or the receiver could not fast-forward.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

import newsdesk
from newsdesk.atomic_files import atomic_writer
from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import DERIVATIVE_SIZES, PhotoStore
from newsdesk.services.articles import load_article, snapshot
from newsdesk.services.handoff_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HANDOFF_SUFFIX,
    MANIFEST_NAME,
    PHOTO_NAME,
    HandoffArchive,
    HandoffError,
    read_manifest,
)
from newsdesk.services.handoff_history import REASON_UPDATE, revisions_of, rfc3339, state_hash
from newsdesk.services.handoff_merge import (
    ConflictNote,
    HandoffImportReport,
    HandoffMerger,
    WaitingUpdate,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import load_person, require_actor_allowed
from newsdesk.store.models import Article, Revision
from newsdesk.store.types import utc_now

__all__ = [
    "HANDOFF_SUFFIX",
    "ConflictNote",
    "HandoffError",
    "HandoffExportReport",
    "HandoffImportReport",
    "WaitingUpdate",
    "export_handoff",
    "import_handoff",
    "read_manifest",
]

_CHUNK = 1024**2
REASON_EXPORT = "handoff-export"
_FILE_MODE = 0o644  # mkstemp's 0600 would surprise whoever copies the file on


@dataclass(frozen=True)
class HandoffExportReport:
    path: Path
    articles: int
    photos: int
    bytes: int


# --------------------------------------------------------------------- export


def _article_entry(
    session: Session,
    article: Article,
    store: PhotoStore,
    sources: dict[str, Path],
    unrecorded: list[str],
    out: Path,
) -> dict[str, Any]:
    """One manifest entry; registers the article's original photo files in ``sources``.

    Articles whose current state no revision holds yet are added to ``unrecorded``.
    """
    current = state_hash(session, snapshot(article))
    # A hand-off update waiting here is not part of this version's past: listing
    # it would let its sender fast-forward to a version that never took it in.
    known = {
        state_hash(session, rev.snapshot)
        for rev in revisions_of(session, article.id)
        if rev.reason != REASON_UPDATE
    }
    if current not in known:
        unrecorded.append(article.id)
    photos: list[dict[str, Any]] = []
    for photo in sorted(article.photos, key=lambda p: p.position):
        original = store.find_original(photo.sha256)
        if original is None:
            raise HandoffError(
                out,
                f"the original of photo {photo.original_name!r} in {article.headline!r} is "
                "missing from the photo folder",
            )
        name = f"photos/{original.name}"
        sources[name] = original
        photos.append(
            {
                "id": photo.id,
                "sha256": photo.sha256,
                "file": name,
                "original_name": photo.original_name,
                "format": photo.format,
                "byte_size": photo.byte_size,
                "width": photo.width,
                "height": photo.height,
                "web_width": photo.web_width,
                "web_height": photo.web_height,
                "caption": photo.caption,
                "credit": photo.credit,
                "alt_text": photo.alt_text,
                "position": photo.position,
                "is_main": photo.is_main,
            }
        )
    author = article.author
    return {
        "id": article.id,
        "status": article.status,
        "headline": article.headline,
        "subheadline": article.subheadline,
        "body": article.body,
        "summary": article.summary,
        "section": article.section.name if article.section else None,
        "author": {"name": author.name, "role": author.role} if author else None,
        "byline": article.byline,
        "tags": list(article.tags or []),
        "number": article.number,
        "slug": article.slug,
        "created_at": rfc3339(article.created_at),
        "updated_at": rfc3339(article.updated_at),
        "published_at": rfc3339(article.published_at),
        "revised_at": rfc3339(article.revised_at),
        "scheduled_at": rfc3339(article.scheduled_at),
        "photos": photos,
        "content_hash": current,
        "known_hashes": sorted(known - {current}),
    }


def _write_archive(out_file: Path, manifest: dict[str, Any], sources: Mapping[str, Path]) -> None:
    """Write the zip atomically: temp file in the same folder, fsync, rename.

    Photos are stored uncompressed (JPEG does not shrink) and their checksums
    are taken from the bytes actually written, so an original damaged on this
    disk is caught here rather than on the receiving PC. Fills ``files``.
    """
    files: dict[str, dict[str, Any]] = {}
    with (
        atomic_writer(out_file, mode=_FILE_MODE) as stream,
        zipfile.ZipFile(stream, "w") as archive,
    ):
        for name, source in sources.items():
            digest, size = sha256(), 0
            with source.open("rb") as reader, archive.open(name, "w") as writer:
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    writer.write(chunk)
            match = PHOTO_NAME.fullmatch(name)
            if match is None or digest.hexdigest() != match.group(1):
                raise HandoffError(out_file, f"the stored photo {source} is damaged")
            files[name] = {"sha256": digest.hexdigest(), "size": size}
        manifest["files"] = files
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        archive.writestr(MANIFEST_NAME, text, compress_type=zipfile.ZIP_DEFLATED)


def _remember_exported(
    newsroom: Newsroom, out_file: Path, entries: list[dict[str, Any]], unrecorded: list[str]
) -> None:
    """Snapshot each exported state that no revision holds yet.

    The receiver can only fast-forward if the sender's *next* file lists this
    state among its known hashes, and those come from revisions; a draft that
    was never saved with a save point would otherwise have no trace of it.
    Skipped for an article edited since it was read (its state is not ours).
    """
    with newsroom.db.session() as session:
        for entry in entries:
            if entry["id"] not in unrecorded:
                continue
            article = session.get(Article, entry["id"])
            if article is None:
                continue
            state = snapshot(article)
            if state_hash(session, state) != entry["content_hash"]:
                continue
            note = f"handed off in {out_file.name}"
            session.add(
                Revision(article_id=article.id, reason=REASON_EXPORT, note=note, snapshot=state)
            )


def export_handoff(
    newsroom: Newsroom,
    article_ids: Sequence[str],
    out_file: Path,
    *,
    actor_id: int | None = None,
) -> HandoffExportReport:
    """Write the articles and their original photos into one ``.newsdesk`` file.

    ``.newsdesk`` is appended when the name lacks it (the report has the real
    path). Unknown ids raise NotFoundError; the same id twice is exported once.
    A reporter hands off only what they wrote (the export is recorded in each
    article's history): one article they may not hand off refuses the file.
    """
    out_file = Path(out_file)
    if out_file.suffix.lower() != HANDOFF_SUFFIX:
        out_file = out_file.with_name(out_file.name + HANDOFF_SUFFIX)
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        raise HandoffError(out_file, "no articles chosen to hand off")
    sources: dict[str, Path] = {}
    unrecorded: list[str] = []
    with newsroom.db.session() as session:
        chosen = [load_article(session, i) for i in ids]
        for article in chosen:
            require_actor_allowed(session, actor_id, article, "handoff_export")
        entries = [
            _article_entry(session, article, newsroom.photos, sources, unrecorded, out_file)
            for article in chosen
        ]
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_at": rfc3339(utc_now()),
        "app_version": newsdesk.__version__,
        "articles": entries,
    }
    if not out_file.parent.is_dir():  # a typo in the path should not create folders
        raise HandoffError(out_file, f"the folder {out_file.parent} does not exist")
    try:
        _write_archive(out_file, manifest, sources)
    except OSError as exc:
        raise HandoffError(out_file, f"cannot write the file ({exc.strerror or exc})") from None
    _remember_exported(newsroom, out_file, entries, unrecorded)
    return HandoffExportReport(
        path=out_file,
        articles=len(entries),
        photos=len(sources),
        bytes=out_file.stat().st_size,
    )


# --------------------------------------------------------------------- import


def _import_photos(
    store: PhotoStore,
    in_file: Path,
    manifest: Mapping[str, Any],
    extracted: Mapping[str, Path],
    created: list[Path],
) -> dict[str, ImportedPhoto]:
    """Run every unpacked photo through the importer; record the store files it added."""
    importer = PhotoImporter(store)
    labels = {
        photo["file"]: photo["original_name"]
        for entry in manifest["articles"]
        for photo in entry["photos"]
    }
    imported: dict[str, ImportedPhoto] = {}
    for name, path in extracted.items():
        sha = path.stem
        candidates = [store.original_path(sha, path.suffix)]
        candidates += [store.derivative_path(sha, kind) for kind in DERIVATIVE_SIZES]
        present = {candidate for candidate in candidates if candidate.is_file()}
        try:
            imported[sha] = importer.import_file(path)
        except PhotoImportError as exc:
            label = labels.get(name, name)
            raise HandoffError(
                in_file, f"photo {label} ({name}) cannot be used: {exc.reason}"
            ) from None
        finally:
            created += [c for c in candidates if c not in present and c.is_file()]
    return imported


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def import_handoff(
    newsroom: Newsroom, in_file: Path, *, actor_id: int | None = None
) -> HandoffImportReport:
    """Merge a hand-off file into this newsroom (see handoff_merge for the rules).

    A damaged or foreign file raises HandoffError and changes nothing;
    importing the same file again changes nothing the second time.
    """
    in_file = Path(in_file)
    created: list[Path] = []
    try:
        with (
            contextlib.closing(HandoffArchive(in_file)) as archive,
            tempfile.TemporaryDirectory(prefix="newsdesk-handoff-") as temp,
        ):
            extracted = archive.extract_verified(Path(temp))
            photos = _import_photos(newsroom.photos, in_file, archive.manifest, extracted, created)
            articles: list[dict[str, Any]] = archive.manifest["articles"]
        with newsroom.db.session() as session:
            if actor_id is not None:
                load_person(session, actor_id)
            return HandoffMerger(session, in_file.name, photos, actor_id).merge(articles)
    except BaseException:
        _remove(created)
        raise
