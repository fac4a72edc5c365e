"""Cropped and rotated derivatives: the right pixels, from the original, with no metadata.

The test picture encodes its own coordinates (red = x, green = y of the
upright photo), so any pixel of a derivative says where in the photo it came
from; the photo is stored sideways with EXIF orientation 6 and carries a
camera serial and GPS, as phones write them.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from newsdesk.media.photo_edit import CROP_PRESETS, CropBox, PhotoEdit, largest_box
from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from conftest import ImageFactory

UPRIGHT = (2400, 1600)
SERIAL = "SN-7781-SECRET"
TOLERANCE = 10  # JPEG and resampling blur a gradient by a few levels


def coordinate_picture(size: tuple[int, int]) -> Image.Image:
    """Red grows left to right, green top to bottom; blue stays 0."""
    red = Image.linear_gradient("L").rotate(90, expand=True)
    green = Image.linear_gradient("L")
    zero = Image.new("L", (256, 256), 0)
    return Image.merge("RGB", (red, green, zero)).resize(size, Image.Resampling.BILINEAR)


@pytest.fixture
def sideways(images: ImageFactory, importer: PhotoImporter) -> ImportedPhoto:
    """The coordinate picture stored turned 90° anticlockwise, tagged orientation 6."""
    stored = coordinate_picture(UPRIGHT).transpose(Image.Transpose.ROTATE_90)
    path = images.folder / "raw.jpg"
    stored.save(path, "JPEG", quality=95)
    exif = images.build_exif(orientation=6, serial=SERIAL, gps=True)
    data = images.insert_jpeg_segments(path.read_bytes(), [(0xE1, exif)])
    return importer.import_file(images.write("sideways.jpg", data))


def expected_colour(
    out: tuple[int, int],
    point: tuple[int, int],
    box: tuple[float, float, float, float],
    rotation: int,
) -> tuple[float, float]:
    """(red, green) the upright picture has where output pixel ``point`` came from.

    ``box`` is (left, top, width, height) in pixels of the photo turned by ``rotation``.
    """
    left, top, width, height = box
    x = left + (point[0] + 0.5) * width / out[0]
    y = top + (point[1] + 0.5) * height / out[1]
    up_w, up_h = UPRIGHT
    if rotation == 90:  # turned clockwise: the turned photo's x runs up the upright's left edge
        x, y = y, up_h - x
    elif rotation == 270:
        x, y = up_w - y, x
    elif rotation == 180:
        x, y = up_w - x, up_h - y
    return x / up_w * 255, y / up_h * 255


def assert_pixels(
    path: Path, box: tuple[float, float, float, float], rotation: int = 0
) -> tuple[int, int]:
    with Image.open(path) as image:
        size = image.size
        for fx, fy in ((0.05, 0.05), (0.95, 0.05), (0.05, 0.95), (0.95, 0.95), (0.5, 0.5)):
            point = (int(fx * (size[0] - 1)), int(fy * (size[1] - 1)))
            red, green, _blue = image.getpixel(point)  # type: ignore[misc]
            want = expected_colour(size, point, box, rotation)
            assert abs(red - want[0]) < TOLERANCE, (point, red, want)
            assert abs(green - want[1]) < TOLERANCE, (point, green, want)
    return size


def assert_no_metadata(path: Path) -> None:
    data = path.read_bytes()
    pos = 2
    while data[pos + 1] != 0xDA:  # segments before the scan: metadata lives only there
        marker = data[pos + 1]
        assert not 0xE1 <= marker <= 0xEF and marker != 0xFE, hex(marker)
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    for needle in (SERIAL.encode(), b"Exif", b"NewsCam", b"ICC_PROFILE"):
        assert needle not in data
    with Image.open(path) as image:
        assert len(image.getexif()) == 0


def test_body_crop_after_rotation_shows_that_part_of_the_photo(
    sideways: ImportedPhoto, store: PhotoStore
) -> None:
    assert (sideways.width, sideways.height) == UPRIGHT  # orientation 6 applied on import
    original = store.find_original(sideways.sha256)
    assert original is not None
    before = original.read_bytes()
    edit = PhotoEdit(rotation=90, body=CropBox(0.25, 0.1, 0.5, 0.4))

    sizes = store.ensure_derivatives(sideways.sha256, edit)

    # Turned clockwise the photo is 1600 × 2400; the box is 800 × 960 of it.
    assert sizes == {"web": (800, 960), "thumb": (267, 320)}
    web = store.derivative_path(sideways.sha256, "web", edit)
    assert assert_pixels(web, (400, 240, 800, 960), rotation=90) == (800, 960)
    assert_pixels(store.derivative_path(sideways.sha256, "thumb", edit), (400, 240, 800, 960), 90)
    for kind in ("web", "thumb"):
        assert_no_metadata(store.derivative_path(sideways.sha256, kind, edit))
        # The import's files are still there, under their own names.
        assert store.derivative_size(sideways.sha256, kind) == (
            sideways.web_size if kind == "web" else sideways.thumb_size
        )
    assert original.read_bytes() == before  # the original is never changed


def test_social_crop_is_exactly_1200_by_630(sideways: ImportedPhoto, store: PhotoStore) -> None:
    box = largest_box((1200, 630), UPRIGHT)
    edit = PhotoEdit(social=box)

    sizes = store.ensure_derivatives(sideways.sha256, edit)

    assert sizes["social"] == (1200, 630)
    # Full width, 1260 of 1600 rows, centred: rows 170 to 1430.
    assert (box.left, box.width) == (0.0, 1.0)
    social = store.derivative_path(sideways.sha256, "social", edit)
    assert_pixels(social, (0, 170, 2400, 1260))
    assert_no_metadata(social)
    # Only a social crop: the page photo and thumbnail stay the import's files.
    assert store.derivative_name(sideways.sha256, "web", edit) == store.derivative_name(
        sideways.sha256, "web"
    )


def test_thumbnail_crop_is_4_by_3_and_small_social_boxes_are_not_upscaled(
    sideways: ImportedPhoto, store: PhotoStore
) -> None:
    thumb_box = CropBox(0.5, 0.5, 0.25, 0.25).fitted(CROP_PRESETS["thumb"].ratio or (1, 1), UPRIGHT)
    small_social = CropBox(0.1, 0.1, 0.2, 0.2).fitted((1200, 630), UPRIGHT)
    edit = PhotoEdit(thumb=thumb_box, social=small_social)

    sizes = store.ensure_derivatives(sideways.sha256, edit)

    assert sizes["thumb"] == (320, 240)
    left, top, right, bottom = thumb_box.pixels(UPRIGHT)
    assert_pixels(
        store.derivative_path(sideways.sha256, "thumb", edit),
        (left, top, right - left, bottom - top),
    )
    width, height = sizes["social"]
    assert width == 480 and abs(width / height - 1200 / 630) < 0.01


def test_names_follow_the_parameters_each_file_depends_on(store: PhotoStore) -> None:
    sha = "ab" * 32
    plain = PhotoEdit()
    left = PhotoEdit(body=CropBox(0, 0, 0.5, 1))
    right = PhotoEdit(body=CropBox(0.5, 0, 0.5, 1))
    assert store.derivative_name(sha, "web", plain) == f"ab/{sha}-web.jpg"
    assert store.derivative_name(sha, "web", left) != store.derivative_name(sha, "web", right)
    assert store.derivative_name(sha, "web", left) == store.derivative_name(
        sha, "web", PhotoEdit(body=CropBox(0, 0, 0.5, 1))
    )
    # A new social crop leaves the page photo's file (and so the page) alone.
    social = left.with_crop("social", largest_box((1200, 630), (1000, 1000)))
    assert store.derivative_name(sha, "web", social) == store.derivative_name(sha, "web", left)
    # The thumbnail follows the body crop until it has its own.
    assert store.derivative_name(sha, "thumb", left) != store.derivative_name(sha, "thumb")
    with pytest.raises(ValueError):
        store.derivative_name(sha, "social", left)


def test_turning_keeps_boxes_on_the_same_part_and_fixed_ratios_fixed() -> None:
    size = (3000, 2000)
    body = CropBox(0.1, 0.2, 0.3, 0.4)
    social = largest_box((1200, 630), size)
    edit = PhotoEdit(body=body, social=social)

    turned = edit.turned(1, size)

    assert turned.rotation == 90
    assert turned.body == CropBox(0.4, 0.1, 0.4, 0.3)
    assert turned.social is not None
    left, top, right, bottom = turned.social.pixels((2000, 3000))
    assert abs((right - left) / (bottom - top) - 1200 / 630) < 0.001
    # Four quarter turns bring a free box back where it was.
    assert edit.turned(1, size).turned(1, (2000, 3000)).turned(2, size).body == body
    assert edit.turned(-1, size).rotation == 270


@pytest.mark.parametrize(
    "values",
    [
        [0, 0, 0, 1],
        [-0.1, 0, 0.5, 0.5],
        [0.6, 0, 0.5, 0.5],
        [0, 0, 1],
        ["0", 0, 1, 1],
        [0, 0, 1, float("nan")],
    ],
)
def test_impossible_boxes_are_refused(values: list[object]) -> None:
    with pytest.raises(ValueError):
        CropBox.from_list(values)


def test_rotation_is_in_quarter_turns() -> None:
    with pytest.raises(ValueError):
        PhotoEdit(rotation=45)
    assert PhotoEdit.from_columns(None, None, None, None).is_identity
