"""Fixtures that write real image files with Pillow (or by hand, for hostile ones)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from newsdesk.media.photo_import import PhotoImporter
from newsdesk.media.photo_store import PhotoStore

# TIFF field types used in hand-built EXIF blocks.
ASCII, SHORT, LONG, RATIONAL = 2, 3, 4, 5
_TYPE_SIZES = {ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8}


def _entry_bytes(kind: int, value: Any) -> tuple[int, bytes]:
    if kind == ASCII:
        raw = value.encode("ascii") + b"\x00"
        return len(raw), raw
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    if kind == RATIONAL:
        return len(values), b"".join(struct.pack("<II", n, d) for n, d in values)
    fmt = "<H" if kind == SHORT else "<I"
    return len(values), b"".join(struct.pack(fmt, v) for v in values)


def _ifd_size(entries: Sequence[tuple[int, int, Any]]) -> int:
    size = 2 + 12 * len(entries) + 4
    for tag_type, value in ((t, v) for _, t, v in entries):
        _, raw = _entry_bytes(tag_type, value)
        if len(raw) > 4:
            size += len(raw) + len(raw) % 2
    return size


def _ifd_bytes(entries: Sequence[tuple[int, int, Any]], start: int, next_ifd: int) -> bytes:
    """One little-endian IFD at offset *start*, values that do not fit inline right after it."""
    data_at = start + 2 + 12 * len(entries) + 4
    head = struct.pack("<H", len(entries))
    tail = b""
    for tag, tag_type, value in sorted(entries, key=lambda e: e[0]):
        count, raw = _entry_bytes(tag_type, value)
        if len(raw) <= 4:
            field = raw.ljust(4, b"\x00")
        else:
            field = struct.pack("<I", data_at + len(tail))
            tail += raw + b"\x00" * (len(raw) % 2)
        head += struct.pack("<HHI", tag, tag_type, count) + field
    return head + struct.pack("<I", next_ifd) + tail


def build_exif(
    *,
    orientation: int | None = None,
    serial: str | None = None,
    gps: bool = False,
    thumbnail: bytes | None = None,
) -> bytes:
    """An APP1 'Exif' payload with the private data cameras and phones really write."""
    ifd0: list[tuple[int, int, Any]] = [(0x010F, ASCII, "NewsCam"), (0x0110, ASCII, "Model X")]
    if orientation is not None:
        ifd0.append((0x0112, SHORT, orientation))
    exif_ifd: list[tuple[int, int, Any]] = [(0x9003, ASCII, "2026:11:29 09:00:00")]
    if serial is not None:
        exif_ifd += [(0xA431, ASCII, serial), (0xA430, ASCII, "Kim Reporter")]
    gps_ifd: list[tuple[int, int, Any]] = [
        (0x0001, ASCII, "N"),
        (0x0002, RATIONAL, [(37, 1), (22, 1), (1234, 100)]),
        (0x0003, ASCII, "E"),
        (0x0004, RATIONAL, [(126, 1), (48, 1), (5678, 100)]),
    ]
    # Pointers have fixed sizes, so offsets can be computed with placeholders first.
    ifd0.append((0x8769, LONG, 0))
    if gps:
        ifd0.append((0x8825, LONG, 0))
    ifd1: list[tuple[int, int, Any]] = []
    if thumbnail is not None:
        ifd1 = [(0x0103, SHORT, 6), (0x0201, LONG, 0), (0x0202, LONG, len(thumbnail))]

    offset0 = 8
    offset_exif = offset0 + _ifd_size(ifd0)
    offset_gps = offset_exif + _ifd_size(exif_ifd)
    offset_ifd1 = offset_gps + (_ifd_size(gps_ifd) if gps else 0)
    offset_thumb = offset_ifd1 + (_ifd_size(ifd1) if ifd1 else 0)

    def patch(entries: list[tuple[int, int, Any]], tag: int, value: int) -> None:
        entries[:] = [(t, k, value if t == tag else v) for t, k, v in entries]

    patch(ifd0, 0x8769, offset_exif)
    patch(ifd0, 0x8825, offset_gps)
    patch(ifd1, 0x0201, offset_thumb)
    tiff = b"II*\x00" + struct.pack("<I", offset0)
    tiff += _ifd_bytes(ifd0, offset0, offset_ifd1 if ifd1 else 0)
    tiff += _ifd_bytes(exif_ifd, offset_exif, 0)
    if gps:
        tiff += _ifd_bytes(gps_ifd, offset_gps, 0)
    if ifd1:
        tiff += _ifd_bytes(ifd1, offset_ifd1, 0) + (thumbnail or b"")
    return b"Exif\x00\x00" + tiff


def insert_jpeg_segments(jpeg: bytes, segments: Iterable[tuple[int, bytes]]) -> bytes:
    """Put APPn/COM segments right after SOI, as cameras and editors do."""
    out = jpeg[:2]
    for marker, payload in segments:
        out += bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    return out + jpeg[2:]


def iptc_segment(caption: str) -> bytes:
    """A Photoshop APP13 payload holding one IPTC caption record."""
    record = b"\x1c\x02\x78" + struct.pack(">H", len(caption.encode())) + caption.encode()
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    return b"Photoshop 3.0\x00" + resource + b"\x00" * (len(record) % 2)


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def raw_png(
    width: int,
    height: int,
    *,
    bit_depth: int = 8,
    colour_type: int = 2,
    rows: bytes | None = None,
    chunks_before_data: Sequence[bytes] = (),
) -> bytes:
    """A PNG written by hand: for what Pillow cannot write (48-bit) or should not (bombs)."""
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    data = zlib.compress(rows if rows is not None else b"\x00" * 16)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + b"".join(chunks_before_data)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def noise_image(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Photo-like content (noise over a gradient) so JPEGs have realistic sizes."""
    gradient = Image.linear_gradient("L").resize(size)
    noise = Image.effect_noise(size, 40)
    flipped = gradient.transpose(Image.Transpose.ROTATE_180)
    channels = [Image.blend(gradient, noise, 0.4), noise, flipped]
    rgb = Image.merge("RGB", channels)
    return rgb if mode == "RGB" else rgb.convert(mode)


class ImageFactory:
    """Writes test images into a folder; each method returns the path written.

    The byte-level helpers hang off it too, because test modules cannot import
    conftest under pytest's importlib mode.
    """

    build_exif = staticmethod(build_exif)
    insert_jpeg_segments = staticmethod(insert_jpeg_segments)
    iptc_segment = staticmethod(iptc_segment)
    png_chunk = staticmethod(png_chunk)
    raw_png = staticmethod(raw_png)
    noise_image = staticmethod(noise_image)

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    def save(self, name: str, image: Image.Image, fmt: str | None = None, **params: Any) -> Path:
        path = self.folder / name
        image.save(path, fmt, **params)
        return path

    def jpeg_bytes(self, size: tuple[int, int] = (400, 300), **params: Any) -> bytes:
        buffer = BytesIO()
        noise_image(size).save(buffer, "JPEG", quality=params.pop("quality", 90), **params)
        return buffer.getvalue()

    def jpeg(self, name: str = "photo.jpg", size: tuple[int, int] = (400, 300)) -> Path:
        return self.write(name, self.jpeg_bytes(size))


@pytest.fixture
def images(tmp_path: Path) -> ImageFactory:
    return ImageFactory(tmp_path / "incoming")


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "photos")


@pytest.fixture
def importer(store: PhotoStore) -> PhotoImporter:
    return PhotoImporter(store)


def stored_files(store: PhotoStore) -> list[Path]:
    """Every file under the store root, temp files included."""
    if not store.root.exists():
        return []
    return sorted(p for p in store.root.rglob("*") if p.is_file())


@pytest.fixture
def list_store_files() -> Callable[[PhotoStore], list[Path]]:
    return stored_files
