"""Bad files get a plain reason naming the file, and leave nothing in the store."""

from __future__ import annotations

import pickle
import random
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from newsdesk.media.photo_import import PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from conftest import ImageFactory

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00\x00\x00\x10meta" * 8
AVIF_HEAD = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64


def rejected(importer: PhotoImporter, path: Path) -> PhotoImportError:
    with pytest.raises(PhotoImportError) as caught:
        importer.import_file(path)
    error = caught.value
    assert error.path == path
    assert str(error) == f"{path.name}: {error.reason}"
    return error


def truncated_jpeg(images: ImageFactory) -> Path:
    data = images.jpeg_bytes((800, 600))
    return images.write("cut.jpg", data[: len(data) * 6 // 10])


def truncated_png(images: ImageFactory) -> Path:
    path = images.save("cut.png", images.noise_image((400, 300)))
    data = path.read_bytes()
    return images.write("cut.png", data[: len(data) // 2])


def corrupt_png(images: ImageFactory) -> Path:
    """Bytes flipped inside the pixel data, as a failing disk or bad transfer does."""
    data = bytearray(images.save("noise.png", images.noise_image((400, 300))).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0x5A for b in data[middle : middle + 64])
    return images.write("noise.png", bytes(data))


def png_bomb(images: ImageFactory) -> Path:
    # 100,000 × 100,000 pixels claimed by a 60-byte file.
    return images.write("bomb.png", images.raw_png(100_000, 100_000))


def animated(fmt: str, name: str) -> Callable[[ImageFactory], Path]:
    def make(images: ImageFactory) -> Path:
        frames = [Image.new("RGB", (120, 80), colour) for colour in ("red", "blue", "green")]
        return images.save(name, frames[0], fmt, save_all=True, append_images=frames[1:])

    return make


def huge_text_chunk(images: ImageFactory) -> Path:
    ztxt = images.png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * 4 * 1024**2))
    return images.write("meta.png", images.raw_png(4, 4, chunks_before_data=[ztxt]))


def many_text_chunks(images: ImageFactory) -> Path:
    chunk = images.png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * 1_000_000))
    return images.write("meta.png", images.raw_png(4, 4, chunks_before_data=[chunk] * 70))


BAD_FILES: dict[str, tuple[Callable[[ImageFactory], Path], str]] = {
    "missing": (lambda images: images.folder / "gone.jpg", "does not exist"),
    "folder": (lambda images: images.folder, "folder"),
    "empty": (lambda images: images.write("empty.jpg", b""), "the file is empty"),
    "empty, unfamiliar name": (
        lambda images: images.write("IMG_0003", b""),
        "the file is empty (0 bytes)",
    ),
    "one byte": (
        lambda images: images.write("one.jpg", b"x"),
        "the file is too short to be an image (1 byte)",
    ),
    "start of a jpeg": (
        lambda images: images.write("cut.jpg", b"\xff\xd8"),
        "the file is too short to be an image (2 bytes)",
    ),
    "random bytes": (
        lambda images: images.write("noise.jpg", random.Random(13).randbytes(4096)),
        "the file is not a JPEG image although its name ends in .jpg "
        "(it is in a format Newsdesk does not recognise)",
    ),
    "random bytes, unfamiliar name": (
        lambda images: images.write("noise.bin", random.Random(14).randbytes(100)),
        "the file is in a format Newsdesk does not recognise",
    ),
    "text named jpg": (
        lambda images: images.write("note.jpg", "취재 메모: 사진은 내일\n".encode()),
        "the file is not a JPEG image although its name ends in .jpg (it is a text file)",
    ),
    "euc-kr text": (
        lambda images: images.write("note.png", "취재 메모".encode("cp949")),
        "it is a text file",
    ),
    "html named jpg": (
        lambda images: images.write("pic.jpg", b"<!DOCTYPE html><html><body>403</body></html>"),
        "web page",
    ),
    "heic": (lambda images: images.write("IMG_0001.HEIC", HEIC_HEAD), "HEIC photos are not"),
    "heic named jpg": (
        lambda images: images.write("IMG_0002.jpg", HEIC_HEAD),
        "the name ends in .jpg but the file is a HEIC photo",
    ),
    "avif": (lambda images: images.write("pic.avif", AVIF_HEAD), "AVIF images are not supported"),
    "pdf": (lambda images: images.write("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "PDF"),
    "bmp": (
        lambda images: images.save("old.bmp", Image.new("RGB", (20, 20))),
        "BMP images are not supported",
    ),
    "camera raw": (
        lambda images: images.save("DSC_1.nef", Image.new("RGB", (20, 20)), "TIFF"),
        "RAW",
    ),
    "unknown binary": (
        lambda images: images.write("blob.dat", bytes(range(256)) * 4),
        "a format Newsdesk does not recognise",
    ),
    "truncated jpeg": (truncated_jpeg, "incomplete"),
    "truncated png": (truncated_png, "incomplete"),
    "corrupt png": (corrupt_png, "damaged"),
    "bomb": (png_bomb, "enormous pixel size"),
    "animated gif": (animated("GIF", "anim.gif"), "animated images are not supported; use a still"),
    "animated png": (animated("PNG", "anim.png"), "animated images are not supported"),
    "animated webp": (animated("WEBP", "anim.webp"), "animated images are not supported"),
    "huge metadata chunk": (huge_text_chunk, "oversized metadata"),
    "many metadata chunks": (many_text_chunks, "oversized metadata"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_and_leaves_nothing(
    case: str,
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
    list_store_files: Callable[[PhotoStore], list[Path]],
) -> None:
    make, expected = BAD_FILES[case]
    path = make(images)

    error = rejected(importer, path)

    assert expected in error.reason
    assert list_store_files(store) == []


def test_pixel_limit_checked_from_header(
    images: ImageFactory, store: PhotoStore, list_store_files: Callable[[PhotoStore], list[Path]]
) -> None:
    path = images.jpeg("wide.jpg", (400, 300))

    error = rejected(PhotoImporter(store, max_pixels=100_000), path)

    assert "too large: 400 × 300 pixels (120,000 pixels; the limit is 100,000 pixels)" in (
        error.reason
    )
    assert list_store_files(store) == []


def test_file_size_limit(images: ImageFactory, store: PhotoStore) -> None:
    path = images.jpeg("big.jpg", (400, 300))

    error = rejected(PhotoImporter(store, max_file_bytes=1024), path)

    assert error.reason.startswith("the file is too large (")


def test_unreadable_file(
    images: ImageFactory, importer: PhotoImporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = images.jpeg("locked.jpg")

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)

    assert "permission denied" in rejected(importer, path).reason


def test_multi_page_tiff_uses_first_page(images: ImageFactory, importer: PhotoImporter) -> None:
    pages = [Image.new("RGB", (300, 200), "white"), Image.new("RGB", (50, 50), "black")]
    path = images.save("scan.tiff", pages[0], save_all=True, append_images=pages[1:])

    photo = importer.import_file(path)

    assert (photo.width, photo.height) == (300, 200)


def test_disk_failure_rolls_back_this_imports_files(
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
    monkeypatch: pytest.MonkeyPatch,
    list_store_files: Callable[[PhotoStore], list[Path]],
) -> None:
    real = PhotoStore.store_derivative

    def full_disk_on_thumb(
        self: PhotoStore, sha256: str, kind: str, data: bytes, *, replace: bool = False
    ) -> bool:
        if kind == "thumb":
            raise OSError(28, "No space left on device")
        return real(self, sha256, kind, data, replace=replace)

    monkeypatch.setattr(PhotoStore, "store_derivative", full_disk_on_thumb)
    path = images.jpeg("late.jpg")

    error = rejected(importer, path)

    assert "could not be saved" in error.reason and "No space left" in error.reason
    assert list_store_files(store) == []


def test_error_survives_pickling() -> None:
    error = PhotoImportError(Path("/in/sea.jpg"), "the file is empty")

    copy = pickle.loads(pickle.dumps(error))

    assert (copy.path, copy.reason, str(copy)) == (
        error.path,
        error.reason,
        "sea.jpg: the file is empty",
    )
