"""Every accepted colour mode becomes a sensible 8-bit sRGB derivative."""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageDraw

from newsdesk.media.photo_import import PhotoImporter
from newsdesk.media.photo_store import PhotoStore

if TYPE_CHECKING:
    from pathlib import Path

    from conftest import ImageFactory

WHITE = (255, 255, 255)


def web_pixel(store: PhotoStore, sha256: str, xy: tuple[int, int]) -> tuple[int, ...]:
    with Image.open(store.derivative_path(sha256, "web")) as image:
        assert image.mode == "RGB"
        pixel = image.getpixel(xy)
    assert isinstance(pixel, tuple)
    return pixel


def close_to(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def test_cmyk_jpeg_becomes_rgb(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    cmyk = Image.new("CMYK", (200, 100), (0, 0, 0, 0))
    ImageDraw.Draw(cmyk).rectangle((100, 0, 199, 99), fill=(255, 0, 0, 0))  # cyan half
    path = images.save("print.jpg", cmyk, quality=95)

    photo = importer.import_file(path)

    assert photo.format == "JPEG"
    assert close_to(web_pixel(store, photo.sha256, (50, 50)), WHITE)
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), (0, 255, 255), tolerance=10)


@pytest.mark.parametrize(("mode", "name"), [("I;16", "grey16.png"), ("I", "grey32.tif")])
def test_sixteen_bit_grey_keeps_mid_grey(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore, mode: str, name: str
) -> None:
    grey = Image.new(mode, (200, 100), 32768)
    ImageDraw.Draw(grey).rectangle((100, 0, 199, 99), fill=65535)
    path = images.save(name, grey)
    with Image.open(path) as check:
        assert check.mode == mode  # really more than 8 bits on disk

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (50, 50)), (128, 128, 128), tolerance=3)
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), WHITE, tolerance=2)


def test_sixteen_bit_rgb_png(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    width, height = 64, 32
    sample = struct.pack(">HHH", 0x8000, 0x4000, 0xFFFF)
    rows = b"".join(b"\x00" + sample * width for _ in range(height))
    path = images.write("deep.png", images.raw_png(width, height, bit_depth=16, rows=rows))

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (10, 10)), (128, 64, 255), tolerance=3)


def test_sixteen_bit_tiff(images: ImageFactory, importer: PhotoImporter, store: PhotoStore) -> None:
    path = images.save("scan.tif", Image.new("I;16", (120, 80), 16384))

    photo = importer.import_file(path)

    assert photo.format == "TIFF"
    assert close_to(web_pixel(store, photo.sha256, (5, 5)), (64, 64, 64), tolerance=3)


def test_float_tiff(images: ImageFactory, importer: PhotoImporter, store: PhotoStore) -> None:
    path = images.save("float.tif", Image.new("F", (120, 80), 0.5))

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (5, 5)), (128, 128, 128), tolerance=3)


def test_palette_png_transparency_goes_white(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    palette = Image.new("P", (200, 100), 0)
    palette.putpalette([0, 0, 0, 255, 0, 0] + [0, 0, 0] * 254)
    ImageDraw.Draw(palette).rectangle((100, 0, 199, 99), fill=1)
    path = images.save("logo.png", palette, transparency=0)
    with Image.open(path) as check:
        assert check.mode == "P" and "transparency" in check.info

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (50, 50)), WHITE)  # not black
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), (255, 0, 0))


def test_la_png_composited_on_white(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    la = Image.new("LA", (200, 100), (0, 0))  # transparent black
    ImageDraw.Draw(la).rectangle((100, 0, 199, 99), fill=(0, 255))  # opaque black
    path = images.save("shadow.png", la)

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (50, 50)), WHITE)
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), (0, 0, 0))


def test_rgba_webp_composited_on_white(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    rgba = Image.new("RGBA", (200, 100), (0, 0, 255, 0))
    ImageDraw.Draw(rgba).rectangle((100, 0, 199, 99), fill=(0, 0, 255, 255))
    path = images.save("badge.webp", rgba, lossless=True)

    photo = importer.import_file(path)

    assert photo.format == "WEBP"
    assert close_to(web_pixel(store, photo.sha256, (50, 50)), WHITE)
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), (0, 0, 255))


def test_one_bit_image(images: ImageFactory, importer: PhotoImporter, store: PhotoStore) -> None:
    bilevel = Image.new("1", (200, 100), 0)
    ImageDraw.Draw(bilevel).rectangle((100, 0, 199, 99), fill=1)
    path = images.save("fax.png", bilevel)

    photo = importer.import_file(path)

    assert close_to(web_pixel(store, photo.sha256, (50, 50)), (0, 0, 0))
    assert close_to(web_pixel(store, photo.sha256, (150, 50)), WHITE)


@pytest.mark.parametrize(("name", "fmt"), [("still.gif", "GIF"), ("still.webp", "WEBP")])
def test_still_gif_and_webp_are_accepted(
    images: ImageFactory, importer: PhotoImporter, name: str, fmt: str
) -> None:
    path: Path = images.save(name, images.noise_image((300, 200)))

    photo = importer.import_file(path)

    assert photo.format == fmt
    assert (photo.width, photo.height) == (300, 200)
