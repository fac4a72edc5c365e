"""Content-addressed photo storage: private originals, publishable derivatives.

Layout under ``root`` (= ``<data folder>/photos``)::

    originals/ab/<sha256>.<ext>      the file exactly as imported; never published
    media/ab/<sha256>-web.jpg        1600 px, no metadata; the export copies media/
    media/ab/<sha256>-thumb.jpg       320 px, no metadata
    media/ab/<sha256>-<kind>-<variant>.jpg   a cropped / rotated one (photo_edit.py)

Naming files by the SHA-256 of the original makes re-imports free, lets two
articles share a photo, and means a file that exists is complete: every write
goes to a temp file in the same folder, is fsynced and then renamed over. An
edited derivative adds a hash of its parameters, so two articles sharing one
original with different crops each get their own file, made from the original.
"""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from newsdesk.atomic_files import atomic_write_bytes, sweep_temp_files
from newsdesk.media.derivatives import (
    DEFAULT_MAX_PIXELS,
    DERIVATIVE_SIZES,
    render_derivatives,
)
from newsdesk.media.edited_derivatives import render_edited
from newsdesk.media.image_checks import (
    ImageProblem,
    PhotoImportError,
    check_file_length,
    identify_content,
    original_extension,
)
from newsdesk.media.photo_edit import EDIT_KINDS, PhotoEdit

__all__ = ["DERIVATIVE_SIZES", "PhotoStore", "write_file_atomically"]

_SHA256 = re.compile(r"[0-9a-f]{64}")
_EXTENSION = re.compile(r"[a-z0-9]{1,10}")
_KNOWN_EXTENSIONS = ("jpg", "png", "webp", "gif", "tif")
# Derivatives are published, so a web server must be able to read them; originals
# keep mkstemp's owner-only mode.
_PUBLISHED_MODE = 0o644
_PRIVATE_MODE = 0o600
_IDENTIFY_BYTES = 512


def write_file_atomically(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write *data* so that *target* is either absent, the old file, or complete.

    Originals are private (owner-only) unless a published ``mode`` is given.
    """
    atomic_write_bytes(target, data, mode=_PRIVATE_MODE if mode is None else mode)


def _check_sha(sha256: str) -> str:
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a lowercase SHA-256 hex digest: {sha256!r}")
    return sha256


def _check_kind(kind: str) -> str:
    if kind not in DERIVATIVE_SIZES:
        raise ValueError(
            f"unknown derivative kind {kind!r}; expected one of {list(DERIVATIVE_SIZES)}"
        )
    return kind


class PhotoStore:
    """Paths and durable writes for photos; knows nothing of articles or the database.

    Digests and kinds are validated because they come back from the database and
    end up in file paths: a bad value must not reach outside ``root``.
    """

    def __init__(self, root: Path) -> None:
        self._root = Path(root)
        self._swept = False

    def _write(self, target: Path, data: bytes, *, mode: int | None = None) -> None:
        """Write atomically, first (once) removing temp files of writers killed mid-import.

        Sweeping at the first write rather than at construction keeps opening a
        newsroom free of a walk over every stored photo.
        """
        if not self._swept:
            sweep_temp_files(self._root)
            self._swept = True
        write_file_atomically(target, data, mode=mode)

    @property
    def root(self) -> Path:
        return self._root

    @property
    def originals_root(self) -> Path:
        return self._root / "originals"

    @property
    def media_root(self) -> Path:
        """Folder of publishable derivatives; the exported site mirrors it as ``<site>/media``."""
        return self._root / "media"

    def original_path(self, sha256: str, ext: str) -> Path:
        ext = ext.lower().lstrip(".")
        if not _EXTENSION.fullmatch(ext):
            raise ValueError(f"unusable file extension {ext!r}")
        sha = _check_sha(sha256)
        return self.originals_root / sha[:2] / f"{sha}.{ext}"

    def derivative_name(self, sha256: str, kind: str, edit: PhotoEdit | None = None) -> str:
        """Path relative to ``media_root`` with forward slashes, as pages reference it.

        With an ``edit``, the name of that crop / rotation's file (the plain one
        when the edit leaves this kind as imported); "social" exists only then.
        """
        sha = _check_sha(sha256)
        variant = edit.variant(kind) if edit is not None else None
        if variant is None:
            return f"{sha[:2]}/{sha}-{_check_kind(kind)}.jpg"
        return f"{sha[:2]}/{sha}-{kind}-{variant}.jpg"

    def derivative_path(self, sha256: str, kind: str, edit: PhotoEdit | None = None) -> Path:
        return self.media_root.joinpath(*self.derivative_name(sha256, kind, edit).split("/"))

    def find_original(self, sha256: str) -> Path | None:
        for ext in _KNOWN_EXTENSIONS:
            candidate = self.original_path(sha256, ext)
            if candidate.is_file():
                return candidate
        return None

    def has_original(self, sha256: str) -> bool:
        return self.find_original(sha256) is not None

    def derivative_size(
        self, sha256: str, kind: str, edit: PhotoEdit | None = None
    ) -> tuple[int, int] | None:
        """Size from the derivative's header; None if it is missing or unreadable."""
        try:
            with Image.open(self.derivative_path(sha256, kind, edit), formats=["JPEG"]) as image:
                return image.size
        except (OSError, SyntaxError, UnidentifiedImageError):
            return None

    def existing_derivative_sizes(self, sha256: str) -> dict[str, tuple[int, int]] | None:
        """Sizes of all derivatives, or None if any is missing or unreadable."""
        sizes: dict[str, tuple[int, int]] = {}
        for kind in DERIVATIVE_SIZES:
            size = self.derivative_size(sha256, kind)
            if size is None:
                return None
            sizes[kind] = size
        return sizes

    def store_original(self, sha256: str, pillow_format: str, data: bytes) -> bool:
        """Copy the original bytes verbatim; True if this call created the file."""
        target = self.original_path(sha256, original_extension(pillow_format))
        if target.is_file():
            return False
        self._write(target, data)
        return True

    def store_derivative(
        self, sha256: str, kind: str, data: bytes, *, replace: bool = False
    ) -> bool:
        """Write one derivative unless it exists (or *replace*); True if this call wrote it."""
        target = self.derivative_path(sha256, kind)
        if not replace and target.is_file():
            return False
        self._write(target, data, mode=_PUBLISHED_MODE)
        return True

    def ensure_derivatives(
        self,
        sha256: str,
        edit: PhotoEdit | None = None,
        *,
        max_pixels: int = DEFAULT_MAX_PIXELS,
    ) -> dict[str, tuple[int, int]]:
        """Recreate missing derivatives from the original; return kind -> (width, height).

        For when ``media/`` was deleted or copied incompletely, or derivative
        settings changed, and for a new crop or rotation (``edit``: its files,
        "social" included when it has a social crop). Raises FileNotFoundError
        without an original and PhotoImportError (naming the original) if it
        can no longer be decoded.
        """
        if edit is not None and edit.is_identity:
            edit = None
        kinds = [k for k in EDIT_KINDS if edit.makes(k)] if edit else list(DERIVATIVE_SIZES)
        found = {kind: self.derivative_size(sha256, kind, edit) for kind in kinds}
        sizes = {kind: size for kind, size in found.items() if size is not None}
        if len(sizes) == len(found):
            return sizes
        missing = [kind for kind in kinds if kind not in sizes]
        original = self.find_original(sha256)
        if original is None:
            raise FileNotFoundError(f"no original stored for photo {sha256}")
        try:
            data = original.read_bytes()
            check_file_length(len(data))
            content = identify_content(data[:_IDENTIFY_BYTES])
            if content.pillow_format is None:
                raise ImageProblem(f"the stored original is {content.description}")
            if edit is None:
                rendered = render_derivatives(data, content.pillow_format, max_pixels=max_pixels)
                files, made = rendered.files, rendered.sizes
            else:
                edited = render_edited(
                    data, content.pillow_format, edit, kinds=missing, max_pixels=max_pixels
                )
                files, made = edited.files, edited.sizes
        except ImageProblem as exc:
            raise PhotoImportError(original, exc.reason) from exc
        for kind in missing:
            # An unreadable file under the right name is replaced, not trusted.
            self._write(self.derivative_path(sha256, kind, edit), files[kind], mode=_PUBLISHED_MODE)
            sizes[kind] = made[kind]
        return {kind: sizes[kind] for kind in kinds}
