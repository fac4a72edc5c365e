"""Import one photo file: validate it, keep the original, publish clean derivatives.

Safe to call from a worker thread: the importer holds no mutable state and
never touches Pillow's process-wide settings. A file that is refused leaves
nothing behind in the store.
"""

from __future__ import annotations

import contextlib
import hashlib
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image

from newsdesk.media.derivatives import (
    DEFAULT_MAX_PIXELS,
    DERIVATIVE_SIZES,
    render_derivatives,
)
from newsdesk.media.image_checks import (
    ImageProblem,
    PhotoImportError,
    check_file_length,
    original_extension,
    require_supported_format,
)
from newsdesk.media.orientation import upright_size_from_header
from newsdesk.media.photo_store import PhotoStore

__all__ = ["ImportedPhoto", "PhotoImportError", "PhotoImporter"]

_IDENTIFY_BYTES = 512


@dataclass(frozen=True)
class ImportedPhoto:
    """What the caller records about an imported photo."""

    sha256: str
    original_name: str
    #: Pillow's name for the content: "JPEG", "PNG", "WEBP", "GIF" or "TIFF".
    format: str
    byte_size: int
    #: Size of the original as shown upright (EXIF orientation applied).
    width: int
    height: int
    web_size: tuple[int, int]
    thumb_size: tuple[int, int]


def _missing_reason(path: Path) -> str:
    """Why *path* cannot be found; for a dangling link, also where it points.

    The message names the path the editor gave; the link target is added
    because it is what went missing (a moved folder, an unplugged drive).
    """
    try:
        target = path.readlink() if path.is_symlink() else None
    except OSError:
        target = None
    if target is not None:
        return (
            f"the file is a link to {target}, which does not exist "
            "(was it moved, or is its drive not connected?)"
        )
    return "the file does not exist (was it moved or deleted?)"


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:,.1f} MB"


class PhotoImporter:
    """Turns files chosen by an editor into stored photos, or a PhotoImportError."""

    def __init__(
        self,
        store: PhotoStore,
        *,
        max_file_bytes: int = 60 * 1024**2,
        max_pixels: int = DEFAULT_MAX_PIXELS,
    ) -> None:
        self._store = store
        self._max_file_bytes = max_file_bytes
        self._max_pixels = max_pixels

    @property
    def store(self) -> PhotoStore:
        return self._store

    def import_file(self, path: Path) -> ImportedPhoto:
        """Import *path*; importing the same content again only re-reads the file.

        The file is read once into memory (at most ``max_file_bytes``), so the
        bytes hashed, decoded and stored are the same even if the file changes
        meanwhile.
        """
        path = Path(path)
        try:
            data = self._read(path)
            pillow_format = require_supported_format(path, data[:_IDENTIFY_BYTES])
            sha256 = hashlib.sha256(data).hexdigest()
            known = self._already_imported(path, data, sha256, pillow_format)
            if known is not None:
                return known
            rendered = render_derivatives(data, pillow_format, max_pixels=self._max_pixels)
        except ImageProblem as exc:
            raise PhotoImportError(path, exc.reason) from exc
        self._write(path, sha256, pillow_format, data, rendered.files)
        return ImportedPhoto(
            sha256=sha256,
            original_name=path.name,
            format=rendered.format,
            byte_size=len(data),
            width=rendered.width,
            height=rendered.height,
            web_size=rendered.sizes["web"],
            thumb_size=rendered.sizes["thumb"],
        )

    def _read(self, path: Path) -> bytes:
        try:
            info = path.stat()
            if stat.S_ISDIR(info.st_mode):
                raise ImageProblem("it is a folder, not a photo file")
            if not stat.S_ISREG(info.st_mode):
                raise ImageProblem("it is not a regular file")
            self._check_size(info.st_size)
            with path.open("rb") as stream:
                # Not read(max + 1): that allocates the whole limit up front.
                data = stream.read(min(info.st_size, self._max_file_bytes) + 1)
        except FileNotFoundError as exc:
            raise ImageProblem(_missing_reason(path)) from exc
        except PermissionError as exc:
            raise ImageProblem("the file cannot be read: permission denied") from exc
        except OSError as exc:
            raise ImageProblem(f"the file cannot be read ({exc.strerror or exc})") from exc
        if len(data) > info.st_size:
            raise ImageProblem(
                "the file grew while it was being read; wait until copying has finished"
            )
        return data

    def _check_size(self, size: int) -> None:
        check_file_length(size)
        if size > self._max_file_bytes:
            raise ImageProblem(
                f"the file is too large ({_megabytes(size)}; the limit is "
                f"{_megabytes(self._max_file_bytes)}); save a smaller JPEG"
            )

    def _already_imported(
        self, path: Path, data: bytes, sha256: str, pillow_format: str
    ) -> ImportedPhoto | None:
        """Answer a re-import from the header alone when original and derivatives exist.

        Identical bytes were validated when first stored, so there is nothing to
        check again and nothing to re-encode.
        """
        store = self._store
        if not store.original_path(sha256, original_extension(pillow_format)).is_file():
            return None
        sizes = store.existing_derivative_sizes(sha256)
        if sizes is None:
            return None
        try:
            with Image.open(BytesIO(data), formats=[pillow_format]) as image:
                width, height = upright_size_from_header(image)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            return None  # let the full path produce the proper error
        return ImportedPhoto(
            sha256=sha256,
            original_name=path.name,
            format=pillow_format,
            byte_size=len(data),
            width=width,
            height=height,
            web_size=sizes["web"],
            thumb_size=sizes["thumb"],
        )

    def _write(
        self,
        path: Path,
        sha256: str,
        pillow_format: str,
        data: bytes,
        files: Mapping[str, bytes],
    ) -> None:
        """Store the original, then the derivatives; on a disk error undo this call's files."""
        store = self._store
        created: list[Path] = []
        try:
            if store.store_original(sha256, pillow_format, data):
                created.append(store.original_path(sha256, original_extension(pillow_format)))
            for kind in DERIVATIVE_SIZES:
                if store.derivative_size(sha256, kind) is None:  # missing or unreadable
                    store.store_derivative(sha256, kind, files[kind], replace=True)
                    created.append(store.derivative_path(sha256, kind))
        except OSError as exc:
            for leftover in created:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise PhotoImportError(
                path,
                f"the photo could not be saved in the photo folder ({exc.strerror or exc}); "
                "check the free disk space and folder permissions",
            ) from exc
