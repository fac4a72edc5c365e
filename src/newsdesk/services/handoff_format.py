"""The ``.newsdesk`` hand-off file: what is inside, and refusing anything else.

A hand-off file is a zip holding ``manifest.json`` (a versioned description
of the articles) and the original photo files under ``photos/<sha256>.<ext>``.
It comes from another PC, by USB stick or e-mail, so everything in it is
treated as hostile until checked: the zip structure, every entry name (no
zip-slip), the entry count and sizes (no zip bombs), the manifest schema and
every photo's size and SHA-256. Only a file that passes all of that reaches
the database (:mod:`newsdesk.services.handoff_merge` does the merge).
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.handoff_json import ManifestSyntaxError, load_manifest_json
from newsdesk.services.handoff_schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PHOTO_NAME,
    ForeignManifest,
    ManifestProblem,
    ManifestSchema,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "HANDOFF_SUFFIX",
    "MANIFEST_NAME",
    "PHOTO_NAME",
    "HandoffArchive",
    "HandoffError",
    "read_manifest",
]

HANDOFF_SUFFIX = ".newsdesk"
MANIFEST_NAME = "manifest.json"

#: Limits against damaged or hostile files; generous for real newsroom use.
MAX_ENTRIES = 2_000
MAX_MANIFEST_BYTES = 32 * 1024**2
MAX_PHOTO_BYTES = 64 * 1024**2  # the photo importer refuses files over 60 MB anyway
MAX_TOTAL_BYTES = 2 * 1024**3

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_CHUNK = 1024**2


class HandoffError(NewsdeskError):
    """A hand-off file cannot be written or read; names the file and the cause.

    For a problem in the manifest, ``entry`` names the article (its place in
    the file, id and headline) and ``field`` the field, as the message does.
    """

    def __init__(self, path: Path, reason: str, *, entry: str = "", field: str = "") -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason
        self.entry = entry
        self.field = field


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:,.1f} MB"


def _unsafe_name(name: str) -> bool:
    """Absolute, drive-letter, backslash or ``..`` names could write outside a folder."""
    if not name or "\x00" in name or "\\" in name or ":" in name or name.startswith("/"):
        return True
    return any(part in ("", ".", "..") for part in name.rstrip("/").split("/"))


def _declared_entry_count(stream: BinaryIO, size: int) -> int | None:
    """Entry count from the end-of-central-directory record, before zipfile reads it all.

    ``zipfile.ZipFile`` loads the whole central directory into memory; reading
    the 16-bit count first stops a file claiming millions of entries early.
    A ZIP64 file says 0xFFFF here, which is over the limit too.
    """
    tail_size = min(size, _EOCD_SIZE + 0xFFFF)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or at + _EOCD_SIZE > len(tail):
        return None
    (total,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return int(total)


class HandoffArchive:
    """An opened hand-off file whose structure and manifest passed every check.

    Close it when done (``contextlib.closing``); photos are only checked when
    unpacked with :meth:`extract_verified`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._stream: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise HandoffError(path, "the file does not exist") from None
        except OSError as exc:
            raise HandoffError(path, f"the file cannot be read ({exc.strerror or exc})") from None
        try:
            self._zip = self._open_zip()
            self.manifest = self._read_manifest()
            self._check_listing()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if getattr(self, "_zip", None) is not None:
            self._zip.close()
        self._stream.close()

    def _open_zip(self) -> zipfile.ZipFile:
        path, stream = self.path, self._stream
        size = stream.seek(0, 2)
        if size > MAX_TOTAL_BYTES:
            raise HandoffError(path, f"the file is too large ({_megabytes(size)})")
        declared = _declared_entry_count(stream, size)
        if declared is not None and declared > MAX_ENTRIES:
            raise HandoffError(path, f"too many entries in the archive (over {MAX_ENTRIES})")
        stream.seek(0)
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
            raise HandoffError(
                path, "not a Newsdesk hand-off file, or it is damaged (not a readable zip archive)"
            ) from None
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise HandoffError(path, f"too many entries in the archive ({len(entries)})")
        names: set[str] = set()
        total = 0
        for info in entries:
            if _unsafe_name(info.filename):
                raise HandoffError(path, f"unsafe entry name {info.filename!r} in the archive")
            if info.filename in names:
                raise HandoffError(path, f"entry {info.filename!r} appears twice in the archive")
            names.add(info.filename)
            if info.flag_bits & 0x1:
                raise HandoffError(path, f"{info.filename} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise HandoffError(path, f"{info.filename} uses an unsupported compression")
            limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST_NAME else MAX_PHOTO_BYTES
            if info.file_size > limit:
                raise HandoffError(
                    path,
                    f"{info.filename} would unpack to {_megabytes(info.file_size)}, over the "
                    f"limit of {_megabytes(limit)} (a damaged or hostile file)",
                )
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise HandoffError(
                path,
                f"the contents would unpack to {_megabytes(total)}, over the limit of "
                f"{_megabytes(MAX_TOTAL_BYTES)} (a damaged or hostile file)",
            )
        return archive

    def _read_entry(self, name: str, limit: int) -> bytes:
        try:
            with self._zip.open(name) as source:
                data = source.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise HandoffError(self.path, f"{name} is damaged") from None
        if len(data) > limit:
            raise HandoffError(self.path, f"{name} is larger than it claims (a damaged file)")
        return data

    def _read_manifest(self) -> dict[str, Any]:
        if MANIFEST_NAME not in self._zip.NameToInfo:
            raise HandoffError(
                self.path, "not a Newsdesk hand-off file (there is no manifest.json inside)"
            )
        raw = self._read_entry(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        try:
            return ManifestSchema().check(load_manifest_json(raw))
        except (ManifestSyntaxError, ForeignManifest) as exc:
            raise HandoffError(self.path, str(exc)) from None
        except ManifestProblem as problem:
            raise HandoffError(
                self.path,
                f"invalid manifest.json: {problem}",
                entry=problem.entry,
                field=problem.field,
            ) from None

    def _check_listing(self) -> None:
        """Every listed file is present with its size; nothing unlisted rides along."""
        files: dict[str, Any] = self.manifest["files"]
        for info in self._zip.infolist():
            name = info.filename
            if name == MANIFEST_NAME or name.endswith("/"):
                continue
            if name not in files:
                raise HandoffError(self.path, f"unexpected entry {name!r} in the archive")
            if info.file_size != files[name]["size"]:
                raise HandoffError(
                    self.path,
                    f"size mismatch for {name} (the manifest says {files[name]['size']} "
                    f"bytes, the archive holds {info.file_size})",
                )
        for name in files:
            if name not in self._zip.NameToInfo:
                raise HandoffError(self.path, f"{name} is listed in the manifest but missing")

    def extract_verified(self, folder: Path) -> dict[str, Path]:
        """Copy every photo into ``folder`` checking size and SHA-256; name -> path.

        Destination names are rebuilt from the validated digest, never taken
        from the archive, so nothing can be written outside ``folder``.
        """
        extracted: dict[str, Path] = {}
        for name, info in self.manifest["files"].items():
            match = PHOTO_NAME.fullmatch(name)
            assert match is not None  # checked by the schema
            target = folder / f"{match.group(1)}.{match.group(2)}"
            digest = hashlib.sha256()
            written = 0
            try:
                with self._zip.open(name) as source, target.open("wb") as sink:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > info["size"]:
                            break
                        digest.update(chunk)
                        sink.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError):
                raise HandoffError(
                    self.path, f"checksum mismatch for {name} (the file is damaged)"
                ) from None
            except OSError as exc:
                raise HandoffError(
                    self.path, f"cannot unpack {name} ({exc.strerror or exc})"
                ) from None
            if written != info["size"]:
                raise HandoffError(self.path, f"size mismatch for {name} (the file is damaged)")
            if digest.hexdigest() != info["sha256"]:
                raise HandoffError(self.path, f"checksum mismatch for {name} (the file is damaged)")
            extracted[name] = target
        return extracted


def read_manifest(in_file: Path) -> dict[str, Any]:
    """The validated manifest, for a "what's inside" preview before importing.

    Checks the archive structure and the manifest, not the photo checksums
    (that means reading every photo; :func:`import_handoff` does it).
    """
    with contextlib.closing(HandoffArchive(Path(in_file))) as archive:
        return archive.manifest
