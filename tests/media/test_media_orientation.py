"""Every orientation 1-8 is applied exactly once, whichever container carries it.

Each case stores the *inverse* of a known upright picture, tags it with the
orientation that undoes it, imports it and checks where the marked corners of
the derivatives land. Pillow treats the containers differently (its TIFF decoder
turns the pixels itself, the others leave it to us), so every container is built
for real and none is assumed to behave like another.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageDraw, PngImagePlugin, TiffImagePlugin

from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from conftest import ImageFactory

UPRIGHT_SIZE = (400, 240)
RED, BLUE = (230, 20, 20), (20, 20, 230)
ORIENTATIONS = range(1, 9)
# What turns the upright picture into the stored pixels for each orientation: the
# inverse of the EXIF display transform (6 = "rotate 90° clockwise to show",
# so the camera stored it turned 90° counter-clockwise).
STORED_FROM_UPRIGHT: dict[int, Image.Transpose | None] = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
XMP_ATTRIBUTE = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    '22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
    'tiff:Orientation="{0}"/></rdf:RDF></x:xmpmeta>'
)
XMP_ELEMENT = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    '22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/">'
    "<tiff:Orientation>{0}</tiff:Orientation></rdf:Description></rdf:RDF></x:xmpmeta>"
)
XMP_APP1 = b"http://ns.adobe.com/xap/1.0/\x00"


def upright_picture(size: tuple[int, int] = UPRIGHT_SIZE) -> Image.Image:
    """White, red block top-left, blue block top-right: every one of the 8 turns looks different."""
    width = size[0]
    block = min(size) // 3
    picture = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, block - 1, block - 1), fill=RED)
    draw.rectangle((width - block, 0, width - 1, block - 1), fill=BLUE)
    return picture


def stored_pixels(orientation: int, size: tuple[int, int] = UPRIGHT_SIZE) -> Image.Image:
    transpose = STORED_FROM_UPRIGHT[orientation]
    picture = upright_picture(size)
    return picture if transpose is None else picture.transpose(transpose)


def exif_with(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return exif


def _saved(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def jpeg_exif(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    return _saved(image, "JPEG", quality=95, exif=exif_with(orientation))


def mpo_exif(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    second = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)  # the other eye
    return _saved(
        image, "MPO", quality=95, exif=exif_with(orientation), save_all=True, append_images=[second]
    )


def tiff_tag(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[0x0112] = orientation
    return _saved(image, "TIFF", tiffinfo=tags, compression="tiff_lzw")


def png_exif(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    data = _saved(image, "PNG", exif=exif_with(orientation))
    assert b"eXIf" in data
    return data


def webp_exif(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    data = _saved(image, "WEBP", lossless=True, exif=exif_with(orientation))
    assert b"EXIF" in data
    return data


def jpeg_xmp(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    packet = XMP_APP1 + XMP_ATTRIBUTE.format(orientation).encode()
    return images.insert_jpeg_segments(_saved(image, "JPEG", quality=95), [(0xE1, packet)])


def jpeg_xmp_element(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    packet = XMP_APP1 + XMP_ELEMENT.format(orientation).encode()
    return images.insert_jpeg_segments(_saved(image, "JPEG", quality=95), [(0xE1, packet)])


def png_xmp(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    text = PngImagePlugin.PngInfo()
    text.add_itxt("XML:com.adobe.xmp", XMP_ATTRIBUTE.format(orientation))
    return _saved(image, "PNG", pnginfo=text)


def webp_xmp(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    return _saved(image, "WEBP", lossless=True, xmp=XMP_ATTRIBUTE.format(orientation).encode())


def tiff_xmp(image: Image.Image, orientation: int, images: ImageFactory) -> bytes:
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[700] = XMP_ATTRIBUTE.format(orientation).encode()  # XMLPacket
    return _saved(image, "TIFF", tiffinfo=tags)


Builder = Callable[[Image.Image, int, "ImageFactory"], bytes]
CONTAINERS: dict[str, tuple[Builder, str]] = {
    "jpeg exif": (jpeg_exif, "jpg"),
    "mpo exif": (mpo_exif, "jpg"),
    "tiff tag 274": (tiff_tag, "tif"),
    "png eXIf": (png_exif, "png"),
    "webp EXIF": (webp_exif, "webp"),
    "jpeg xmp only": (jpeg_xmp, "jpg"),
    "jpeg xmp element": (jpeg_xmp_element, "jpg"),
    "png xmp only": (png_xmp, "png"),
    "webp xmp only": (webp_xmp, "webp"),
    "tiff xmp only": (tiff_xmp, "tif"),
}


def colour_at(image: Image.Image, x: int, y: int) -> str:
    pixel = image.convert("RGB").getpixel((x, y))
    assert isinstance(pixel, tuple)
    red, green, blue = pixel[:3]
    if red > 180 and green < 90 and blue < 90:
        return "red"
    if blue > 180 and red < 90 and green < 90:
        return "blue"
    if min(red, green, blue) > 200:
        return "white"
    return f"other {pixel}"


def corners(image: Image.Image) -> dict[str, str]:
    """Colour near each corner, sampled well inside the marker blocks."""
    width, height = image.size
    inset_x, inset_y = max(1, width // 12), max(1, height // 12)
    spots = {
        "top-left": (inset_x, inset_y),
        "top-right": (width - 1 - inset_x, inset_y),
        "bottom-left": (inset_x, height - 1 - inset_y),
        "bottom-right": (width - 1 - inset_x, height - 1 - inset_y),
    }
    return {name: colour_at(image, x, y) for name, (x, y) in spots.items()}


UPRIGHT_CORNERS = {
    "top-left": "red",
    "top-right": "blue",
    "bottom-left": "white",
    "bottom-right": "white",
}


def assert_upright(photo: ImportedPhoto, store: PhotoStore, size: tuple[int, int]) -> None:
    assert (photo.width, photo.height) == size
    for kind, expected_size in (("web", photo.web_size), ("thumb", photo.thumb_size)):
        with Image.open(store.derivative_path(photo.sha256, kind)) as derivative:
            assert derivative.size == expected_size
            assert (derivative.width > derivative.height) == (size[0] > size[1])
            assert corners(derivative) == UPRIGHT_CORNERS, kind
            assert len(derivative.getexif()) == 0


def test_the_test_picture_tells_all_eight_apart() -> None:
    seen = {
        (image.size, tuple(corners(image).values()))
        for image in (stored_pixels(o) for o in ORIENTATIONS)
    }
    assert len(seen) == 8


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("container", list(CONTAINERS))
def test_orientation_is_applied_exactly_once(
    container: str,
    orientation: int,
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
) -> None:
    build, extension = CONTAINERS[container]
    path = images.write(
        f"o{orientation}.{extension}", build(stored_pixels(orientation), orientation, images)
    )

    photo = importer.import_file(path)

    assert_upright(photo, store, UPRIGHT_SIZE)
    assert photo.web_size == UPRIGHT_SIZE
    assert photo.thumb_size == (320, 192)
    # A re-import answers from the header alone; it must agree with the decode.
    again = importer.import_file(path)
    assert (again.width, again.height) == UPRIGHT_SIZE


@pytest.mark.parametrize("orientation", [3, 6])
@pytest.mark.parametrize("container", list(CONTAINERS))
def test_large_photos_are_resized_in_their_upright_shape(
    container: str,
    orientation: int,
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
) -> None:
    """Wider than the web size, so the resize target is computed from the right shape."""
    build, extension = CONTAINERS[container]
    upright = (2000, 1200)
    path = images.write(
        f"big.{extension}", build(stored_pixels(orientation, upright), orientation, images)
    )

    photo = importer.import_file(path)

    assert_upright(photo, store, upright)
    assert photo.web_size == (1600, 960)


@pytest.mark.parametrize("orientation", [6, 8])
def test_jpeg_decoded_at_reduced_scale_keeps_full_size_and_orientation(
    orientation: int, images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    """Over twice the web size, so libjpeg decodes at 1/2 scale (draft) before we turn it."""
    upright = (3400, 2000)
    path = images.write(
        "huge.jpg", jpeg_exif(stored_pixels(orientation, upright), orientation, images)
    )

    photo = importer.import_file(path)

    assert_upright(photo, store, upright)
    assert photo.web_size == (1600, 941)
