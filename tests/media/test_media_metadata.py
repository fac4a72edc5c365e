"""Published derivatives carry pixels only; orientation is applied before metadata goes."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import ExifTags, Image, ImageCms, ImageDraw

from newsdesk.media.photo_import import PhotoImporter
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from conftest import ImageFactory

SERIAL = "SN-0042-SECRET"
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
    b' photoshop:City="Siheung"/></rdf:RDF></x:xmpmeta>'
)
FORBIDDEN_INFO_KEYS = {"exif", "xmp", "icc_profile", "photoshop", "comment", "adobe", "dpi"}


def jpeg_markers(data: bytes) -> list[int]:
    """Markers of the segments before the image data (SOS)."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while pos < len(data):
        assert data[pos] == 0xFF, f"bad segment at {pos}"
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: metadata can only come before it
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    return markers


def assert_clean(path: Path) -> None:
    data = path.read_bytes()
    markers = jpeg_markers(data)
    app_markers = {m for m in markers if 0xE1 <= m <= 0xEF}
    assert not app_markers, f"APPn segments left: {sorted(hex(m) for m in app_markers)}"
    assert 0xFE not in markers, "a JPEG comment was left"
    for needle in (SERIAL.encode(), b"Exif", b"NewsCam", b"Siheung", b"Kim Reporter", b"8BIM"):
        assert needle not in data
    with Image.open(path) as image:
        assert not FORBIDDEN_INFO_KEYS & image.info.keys()
        assert len(image.getexif()) == 0
        assert image.mode == "RGB"
        assert image.info.get("progressive") or image.info.get("progression")


def test_private_metadata_is_not_published(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    thumbnail = images.jpeg_bytes((160, 120))
    exif = images.build_exif(serial=SERIAL, gps=True, thumbnail=thumbnail)
    source = images.insert_jpeg_segments(
        images.jpeg_bytes((800, 600)),
        [
            (0xE1, exif),
            (0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP),
            (0xED, images.iptc_segment("Siheung city hall")),
            (0xFE, b"shot by Kim Reporter"),
        ],
    )
    path = images.write("hall.jpg", source)
    # The source really carries what we want gone, as Pillow reads it.
    with Image.open(path) as original:
        exif_read = original.getexif()
        assert exif_read.get_ifd(0x8769)[0xA431] == SERIAL
        assert exif_read.get_ifd(0x8825)
        assert exif_read.get_ifd(ExifTags.IFD.IFD1)[0x0202] > 0  # the embedded thumbnail
        assert "xmp" in original.info and "photoshop" in original.info

    photo = importer.import_file(path)

    for kind in ("web", "thumb"):
        assert_clean(store.derivative_path(photo.sha256, kind))
    # The private original is kept verbatim.
    original_copy = store.find_original(photo.sha256)
    assert original_copy is not None and original_copy.read_bytes() == source


def test_orientation_6_is_applied_then_dropped(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    stored = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(stored).rectangle((0, 0, 99, 99), fill=(255, 0, 0))  # stored top-left
    buffer = images.folder / "raw.jpg"
    stored.save(buffer, "JPEG", quality=95)
    source = images.insert_jpeg_segments(
        buffer.read_bytes(), [(0xE1, images.build_exif(orientation=6))]
    )
    path = images.write("rotated.jpg", source)

    photo = importer.import_file(path)

    assert (photo.width, photo.height) == (400, 600)  # portrait, as the camera was held
    assert photo.web_size == (400, 600)
    assert photo.thumb_size == (213, 320)
    web = store.derivative_path(photo.sha256, "web")
    assert_clean(web)
    with Image.open(web) as image:
        assert image.size == (400, 600)
        # Orientation 6 = rotate 90° clockwise: the stored top-left lands top-right.
        top_right, top_left = image.getpixel((350, 50)), image.getpixel((50, 50))
        assert isinstance(top_right, tuple) and isinstance(top_left, tuple)
        assert top_right[0] > 200 and max(top_right[1:]) < 60
        assert min(top_left) > 240


def test_embedded_icc_profile_is_converted_not_copied(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = images.save(
        "tagged.jpg", Image.new("RGB", (300, 200), (200, 120, 40)), quality=95, icc_profile=srgb
    )

    photo = importer.import_file(path)

    web = store.derivative_path(photo.sha256, "web")
    assert_clean(web)
    with Image.open(web) as image:
        pixel = image.getpixel((150, 100))
        assert isinstance(pixel, tuple)
        assert all(abs(a - b) <= 4 for a, b in zip(pixel, (200, 120, 40), strict=True))


def test_broken_icc_profile_falls_back_to_plain_rgb(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    path = images.save(
        "odd.jpg", Image.new("RGB", (120, 120), (10, 200, 30)), icc_profile=b"not a profile" * 20
    )

    photo = importer.import_file(path)

    assert_clean(store.derivative_path(photo.sha256, "web"))


def test_png_text_and_exif_chunks_are_not_published(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "Kim Reporter")
    text.add_itxt("XML:com.adobe.xmp", XMP.decode())
    exif = Image.Exif()
    exif[0x010F] = "NewsCam"
    path = images.save("graphic.png", Image.new("RGB", (300, 200), "navy"), pnginfo=text, exif=exif)

    photo = importer.import_file(path)

    for kind in ("web", "thumb"):
        assert_clean(store.derivative_path(photo.sha256, kind))
