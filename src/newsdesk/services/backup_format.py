"""The backup archive: a zip of the database snapshot, the photo store and a manifest.

Layout (one zip, written atomically by :mod:`newsdesk.services.backup`)::

    newsdesk.sqlite3                      a VACUUM INTO snapshot (no WAL beside it)
    photos/originals/ab/<sha256>.<ext>    originals, byte for byte
    photos/media/ab/<sha256>-<kind>.jpg   the published derivatives
    manifest.json                         format, versions, counts, SHA-256 of each member

The manifest lists every other member with its size and SHA-256; the
manifest itself is covered by the zip's CRC. A backup may come back from an
old USB stick or a half-finished copy, so reading one trusts nothing: member
names must match the layout above exactly (no zip-slip), every listed member
must be present and nothing unlisted may ride along, and unpacking stops at
the listed size (no zip bombs) and refuses any checksum that does not match.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from newsdesk.media.derivatives import DERIVATIVE_SIZES
from newsdesk.services.errors import NewsdeskError
from newsdesk.store.database import DATABASE_FILE

FORMAT_NAME = "newsdesk-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_MEMBER = DATABASE_FILE
BACKUP_SUFFIX = ".zip"
MAX_MANIFEST_BYTES = 64 * 1024**2
CHUNK = 1024**2

_KINDS = "|".join(re.escape(kind) for kind in DERIVATIVE_SIZES)
ORIGINAL_MEMBER = re.compile(r"photos/originals/([0-9a-f]{2})/(([0-9a-f]{64})\.[a-z0-9]{1,10})")
DERIVATIVE_MEMBER = re.compile(
    rf"photos/media/([0-9a-f]{{2}})/(([0-9a-f]{{64}})-(?:{_KINDS})\.jpg)"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")

#: Tables counted in the manifest (those present in the backed-up schema).
COUNTED_TABLES = (
    "articles",
    "photos",
    "revisions",
    "comments",
    "transitions",
    "people",
    "sections",
    "publications",
)


class BackupError(NewsdeskError):
    """A backup cannot be written, read or restored; names the file and the cause."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Member:
    """One archived file as the manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupManifest:
    """What a backup holds, read from its ``manifest.json``."""

    format_version: int
    app_version: str
    created_at: str
    schema_revision: str | None
    counts: dict[str, int]
    members: tuple[Member, ...]
    #: Originals the database referenced but the photo store did not have.
    missing: tuple[str, ...] = field(default=())

    def to_json(self) -> str:
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at,
            "schema_revision": self.schema_revision,
            "counts": self.counts,
            "members": [m.__dict__ for m in self.members],
            "missing": list(self.missing),
        }
        return json.dumps(data, ensure_ascii=False, indent=1)


def member_kind(name: str) -> str | None:
    """ "database", "original" or "derivative" for a well-formed member name, else None.

    A photo name must sit in the shard folder its digest names, so nothing
    unpacks outside the layout the photo store expects.
    """
    if name == DATABASE_MEMBER:
        return "database"
    for kind, pattern in (("original", ORIGINAL_MEMBER), ("derivative", DERIVATIVE_MEMBER)):
        match = pattern.fullmatch(name)
        if match is not None and match.group(3).startswith(match.group(1)):
            return kind
    return None


def _manifest(path: Path, loaded: Any) -> BackupManifest:
    """Check the manifest's shape; anything off is a damaged or foreign file."""

    def fail(reason: str) -> BackupError:
        return BackupError(path, f"manifest.json {reason} (a damaged or foreign file)")

    if not isinstance(loaded, dict) or loaded.get("format") != FORMAT_NAME:
        raise BackupError(path, "not a Newsdesk backup (manifest.json is of another format)")
    version = loaded.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("has no format version")
    if version > FORMAT_VERSION:
        raise BackupError(
            path,
            f"made by a newer Newsdesk (backup format {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Newsdesk to restore it",
        )
    members: list[Member] = []
    seen: set[str] = set()
    raw_members = loaded.get("members")
    if not isinstance(raw_members, list):
        raise fail("lists no members")
    for entry in raw_members:
        if not isinstance(entry, dict):
            raise fail("has a malformed member entry")
        name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not isinstance(name, str) or member_kind(name) is None:
            raise BackupError(path, f"unexpected member name {name!r} in the manifest")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise fail(f"gives no size for {name}")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise fail(f"gives no SHA-256 for {name}")
        if name in seen:
            raise fail(f"lists {name} twice")
        seen.add(name)
        members.append(Member(name, size, digest))
    if DATABASE_MEMBER not in seen:
        raise fail("lists no database")
    counts = loaded.get("counts", {})
    missing = loaded.get("missing", [])
    revision = loaded.get("schema_revision")
    if not isinstance(counts, dict) or not all(isinstance(v, int) for v in counts.values()):
        raise fail("has malformed counts")
    if not isinstance(missing, list) or not all(isinstance(v, str) for v in missing):
        raise fail("has a malformed list of missing photos")
    return BackupManifest(
        format_version=version,
        app_version=str(loaded.get("app_version", "")),
        created_at=str(loaded.get("created_at", "")),
        schema_revision=revision if isinstance(revision, str) else None,
        counts={str(k): int(v) for k, v in counts.items()},
        members=tuple(members),
        missing=tuple(missing),
    )


class BackupArchive:
    """An opened backup whose zip structure and manifest passed every check.

    Use as a context manager. Member contents are only checked by
    :meth:`extract_verified`, which reads them all.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._stream: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise BackupError(path, "the file does not exist") from None
        except IsADirectoryError:
            raise BackupError(path, "this is a folder, not a backup file") from None
        except OSError as exc:
            raise BackupError(path, f"the file cannot be read ({exc.strerror or exc})") from None
        try:
            try:
                self._zip = zipfile.ZipFile(self._stream)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
                raise BackupError(
                    path, "not a Newsdesk backup, or it is truncated (not a readable zip archive)"
                ) from None
            self.manifest = self._read_manifest()
            self._check_listing()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> BackupArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "_zip", None) is not None:
            self._zip.close()
        self._stream.close()

    def _read_manifest(self) -> BackupManifest:
        if MANIFEST_NAME not in self._zip.NameToInfo:
            raise BackupError(self.path, "not a Newsdesk backup (there is no manifest.json inside)")
        try:
            with self._zip.open(MANIFEST_NAME) as source:
                raw = source.read(MAX_MANIFEST_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise BackupError(self.path, "manifest.json is damaged (CRC or data error)") from None
        if len(raw) > MAX_MANIFEST_BYTES:
            raise BackupError(self.path, "manifest.json is too large (a damaged or foreign file)")
        try:
            loaded = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise BackupError(self.path, "manifest.json is not valid JSON (damaged)") from None
        return _manifest(self.path, loaded)

    def _check_listing(self) -> None:
        """Every listed member is present once, with its size; nothing else is inside."""
        listed = {m.name: m for m in self.manifest.members}
        seen: set[str] = set()
        for info in self._zip.infolist():
            name = info.filename
            if name in seen:
                raise BackupError(self.path, f"member {name} appears twice in the archive")
            seen.add(name)
            if name == MANIFEST_NAME:
                continue
            if name not in listed:
                raise BackupError(self.path, f"unexpected member {name!r} in the archive")
            if info.flag_bits & 0x1:
                raise BackupError(self.path, f"member {name} is encrypted")
            if info.file_size != listed[name].size:
                raise BackupError(
                    self.path,
                    f"member {name}: size mismatch (the manifest says {listed[name].size} "
                    f"bytes, the archive holds {info.file_size}); the file was altered",
                )
        for name in listed:
            if name not in seen:
                raise BackupError(
                    self.path, f"member {name} is missing from the archive (truncated?)"
                )

    def extract_verified(self, member: Member, target: Path, *, mode: int) -> None:
        """Unpack one member to the new file ``target``, checking its size and SHA-256.

        Reading stops one byte past the listed size, whatever the zip claims.
        An original's digest must also equal its content-addressed name.
        """
        digest = hashlib.sha256()
        written = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with (
                self._zip.open(member.name) as source,
                os.fdopen(os.open(target, flags, mode), "wb") as sink,
            ):
                while chunk := source.read(min(CHUNK, member.size - written + 1)):
                    written += len(chunk)
                    if written > member.size:
                        break
                    digest.update(chunk)
                    sink.write(chunk)
                sink.flush()
                os.fsync(sink.fileno())
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise BackupError(
                self.path, f"member {member.name} is damaged (CRC or data error)"
            ) from None
        except OSError as exc:
            raise BackupError(
                target, f"cannot write the restored {member.name} ({exc.strerror or exc})"
            ) from None
        if written != member.size:
            raise BackupError(self.path, f"member {member.name}: size mismatch (damaged)")
        if digest.hexdigest() != member.sha256:
            raise BackupError(
                self.path, f"member {member.name}: checksum mismatch (damaged or altered)"
            )
        match = ORIGINAL_MEMBER.fullmatch(member.name)
        if match is not None and digest.hexdigest() != match.group(3):
            raise BackupError(
                self.path, f"member {member.name}: its content does not match its name (altered)"
            )


def read_backup_manifest(path: Path) -> BackupManifest:
    """What a backup holds (for a preview before restoring); checks structure, not contents."""
    with BackupArchive(Path(path)) as archive:
        return archive.manifest
