"""Which way up a photo is, and who turns it: Pillow's decoder or us.

Cameras store pixels as the sensor read them and record how to show them in
EXIF Orientation (TIFF tag 274, also in PNG eXIf and WebP EXIF chunks) or in
XMP ``tiff:Orientation``. Pillow is inconsistent about applying it, measured
on Pillow 10.4, 11.3, 12.3 and 13.0:

- JPEG (and MPO), PNG, WebP, GIF: the decoder never turns the pixels; the tag
  is still there after ``load()``.
- TIFF: the decoder turns the pixels itself in ``load()`` (``exif_transpose``
  in ``TiffImageFile.load_end``) and deletes the tag. From 11.x it also
  reports ``image.size`` already upright *before* loading for orientations
  5-8 given by tag 274, but not for XMP-only orientation, which it applies on
  load all the same.
- XMP-only orientation: ``getexif()`` reads it for every format from 11.x;
  10.4 reads it only from PNG iTXt, so we read the packet ourselves too.

So the rule that holds everywhere: after ``load()``, whatever orientation is
still recorded is ours to apply, because a decoder that applies it removes it.
"""

from __future__ import annotations

import re
import struct

from PIL import Image

__all__ = [
    "TRANSPOSE_FOR_ORIENTATION",
    "oriented_size",
    "read_orientation",
    "stored_size",
    "upright_size_from_header",
]

_ORIENTATION_TAG = 0x0112
_TIFF_WIDTH_TAG, _TIFF_LENGTH_TAG = 256, 257
_XMP_KEYS = ("xmp", "XML:com.adobe.xmp")
# Exactly the two forms ImageOps.exif_transpose removes once it has applied them, so
# a packet a decoder has already acted on can never be applied a second time here.
_XMP_ORIENTATION = re.compile(
    rb'tiff:Orientation="([1-8])"|<tiff:Orientation>([1-8])</tiff:Orientation>'
)
# Broken metadata shows up as any of these, depending on the plugin.
_METADATA_ERRORS = (OSError, SyntaxError, EOFError, struct.error, IndexError, TypeError)

#: How to turn stored pixels upright; the table ImageOps.exif_transpose uses.
TRANSPOSE_FOR_ORIENTATION: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _xmp_orientation(image: Image.Image) -> int:
    for key in _XMP_KEYS:
        packet = image.info.get(key)
        if isinstance(packet, str):
            packet = packet.encode("utf-8", "replace")
        if isinstance(packet, bytes) and (match := _XMP_ORIENTATION.search(packet)):
            return int(match[1] or match[2])
    return 1


def read_orientation(image: Image.Image) -> int:
    """Orientation 1-8 still recorded in *image*: EXIF first, else XMP; 1 if absent or broken.

    Called after ``load()`` it is what is left for us to apply (see the module
    docstring). A broken EXIF block should not make a good photo unusable; the
    worst case is a sideways photo the editor can see and fix.
    """
    try:
        value = image.getexif().get(_ORIENTATION_TAG)
    except (*_METADATA_ERRORS, ValueError, KeyError):
        value = None
    if value is None:
        return _xmp_orientation(image)
    # Any EXIF value, even a nonsense one, wins over XMP, as in Pillow.
    return value if isinstance(value, int) and value in TRANSPOSE_FOR_ORIENTATION else 1


def oriented_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """Pixel size as shown upright: orientations 5-8 swap width and height."""
    return (size[1], size[0]) if orientation >= 5 else size


def stored_size(image: Image.Image) -> tuple[int, int]:
    """Width and height of the pixels as the file stores them, before any turning.

    Pillow 11+ reports a TIFF with orientation 5-8 as already swapped (its
    decoder will turn it), so a TIFF's own width/length tags are the truth.
    """
    tags = getattr(image, "tag_v2", None) if image.format == "TIFF" else None
    if tags is not None:
        width, length = tags.get(_TIFF_WIDTH_TAG), tags.get(_TIFF_LENGTH_TAG)
        if isinstance(width, int) and isinstance(length, int):
            return width, length
    return image.size


def upright_size_from_header(image: Image.Image) -> tuple[int, int]:
    """Size as shown upright, without decoding a pixel (for answering re-imports).

    Whoever turns the pixels (decoder or us), the recorded orientation applies
    to the stored size exactly once.
    """
    return oriented_size(stored_size(image), read_orientation(image))
