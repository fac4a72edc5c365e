"""Odd but real files: multi-picture JPEGs, misnamed, tiny, random and linked files."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageDraw

from newsdesk.media.photo_import import PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from conftest import ImageFactory

SERIAL = "SN-STEREO-77"


def mpo_bytes(images: ImageFactory) -> bytes:
    """A two-picture MPO as stereo cameras and phones write it: EXIF with GPS, an MPF index."""
    left = Image.new("RGB", (480, 320), (30, 160, 40))
    ImageDraw.Draw(left).rectangle((0, 0, 79, 79), fill=(230, 20, 20))
    right = Image.new("RGB", (480, 320), (20, 20, 230))
    exif = images.build_exif(serial=SERIAL, gps=True)
    buffer = BytesIO()
    left.save(buffer, "MPO", quality=95, exif=exif, save_all=True, append_images=[right])
    return buffer.getvalue()


def app_segments(data: bytes) -> list[bytes]:
    """Every APPn segment before the first image data, marker and identifier."""
    found, pos = [], 2
    while data[pos] == 0xFF and data[pos + 1] != 0xDA:
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if 0xE0 <= data[pos + 1] <= 0xEF:
            found.append(data[pos + 1 : pos + 10])
        pos += 2 + length
    return found


def test_mpo_imports_its_first_picture_without_mpf_or_exif(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    data = mpo_bytes(images)
    with Image.open(BytesIO(data)) as probe:  # what Pillow makes of it
        assert (probe.format, getattr(probe, "n_frames", 1)) == ("MPO", 2)
    assert b"MPF\x00" in data and SERIAL.encode() in data
    path = images.write("DSCF0001.JPG", data)

    photo = importer.import_file(path)

    assert (photo.format, photo.width, photo.height) == ("JPEG", 480, 320)
    original = store.find_original(photo.sha256)
    assert original is not None and original.suffix == ".jpg"
    assert original.read_bytes() == data
    for kind in ("web", "thumb"):
        derivative_path = store.derivative_path(photo.sha256, kind)
        published = derivative_path.read_bytes()
        assert [s for s in app_segments(published) if s[0] != 0xE0] == []  # JFIF only
        for needle in (b"MPF", b"Exif", SERIAL.encode(), b"NewsCam"):
            assert needle not in published
        with Image.open(derivative_path) as derivative:
            assert derivative.format == "JPEG"
            assert getattr(derivative, "n_frames", 1) == 1
            width, height = derivative.size
            corner = derivative.getpixel((width // 30, height // 30))
            middle = derivative.getpixel((width // 2, height // 2))
        assert isinstance(corner, tuple) and isinstance(middle, tuple)
        assert corner[0] > 180 and max(corner[1:]) < 90  # the first picture's red corner
        assert middle[1] > 120 and middle[2] < 90  # its green, not the second's blue


def test_mpo_reimport_is_answered_the_same(images: ImageFactory, importer: PhotoImporter) -> None:
    path = images.write("stereo.jpg", mpo_bytes(images))

    first = importer.import_file(path)
    again = importer.import_file(path)

    assert again == first


def test_mpo_original_can_rebuild_derivatives(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    photo = importer.import_file(images.write("stereo.jpg", mpo_bytes(images)))
    for kind in ("web", "thumb"):
        store.derivative_path(photo.sha256, kind).unlink()

    sizes = store.ensure_derivatives(photo.sha256)

    assert sizes == {"web": (480, 320), "thumb": (320, 213)}


def test_a_stored_original_cut_to_one_byte_is_described_truthfully(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    photo = importer.import_file(images.jpeg("sea.jpg"))
    original = store.find_original(photo.sha256)
    assert original is not None
    original.write_bytes(b"\n")
    store.derivative_path(photo.sha256, "web").unlink()

    with pytest.raises(PhotoImportError) as caught:
        store.ensure_derivatives(photo.sha256)

    assert caught.value.path == original
    assert caught.value.reason == (
        "the file is too short to be an image (1 byte); copy the photo again"
    )


def test_png_content_named_jpg_is_imported_as_png(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    path = images.save("sea.jpg", Image.new("RGB", (200, 100), (0, 90, 200)), "PNG")

    photo = importer.import_file(path)

    assert (photo.format, photo.original_name, photo.width, photo.height) == (
        "PNG",
        "sea.jpg",
        200,
        100,
    )
    original = store.find_original(photo.sha256)
    assert original is not None and original.suffix == ".png"
    with Image.open(store.derivative_path(photo.sha256, "web")) as web:
        pixel = web.getpixel((100, 50))
    assert isinstance(pixel, tuple)
    assert all(abs(a - b) <= 4 for a, b in zip(pixel, (0, 90, 200), strict=True))


def _link(link: Path, target: Path) -> Path:
    try:
        link.symlink_to(target)
    except OSError as exc:  # Windows without the symlink privilege
        pytest.skip(f"cannot create symbolic links here: {exc}")
    return link


def test_a_linked_photo_is_named_by_the_link(images: ImageFactory, importer: PhotoImporter) -> None:
    target = images.jpeg("IMG_4471.JPG")
    link = _link(images.folder / "school.jpg", target)

    photo = importer.import_file(link)

    assert photo.original_name == "school.jpg"


def test_a_refused_link_is_named_by_the_link(images: ImageFactory, importer: PhotoImporter) -> None:
    heic = images.write("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
    link = _link(images.folder / "sea.jpg", heic)

    with pytest.raises(PhotoImportError) as caught:
        importer.import_file(link)

    assert caught.value.path == link
    assert str(caught.value).startswith("sea.jpg: HEIC photos are not supported")
    assert "IMG_0001" not in str(caught.value)


def test_a_dangling_link_names_the_link_and_where_it_points(
    images: ImageFactory, importer: PhotoImporter
) -> None:
    link = _link(images.folder / "gone.jpg", Path("/media/usb/DSC_0001.JPG"))

    with pytest.raises(PhotoImportError) as caught:
        importer.import_file(link)

    assert str(caught.value) == (
        "gone.jpg: the file is a link to /media/usb/DSC_0001.JPG, which does not exist "
        "(was it moved, or is its drive not connected?)"
    )
