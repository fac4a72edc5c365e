"""Is an uploaded photo really the image it says it is? Decoded in full before it is stored.

Magic bytes alone let through anything that *starts* like a JPEG: 41 bytes of
``\\xff\\xd8\\xff<html><script>…`` were stored and served as ``image/jpeg``. So
the server opens the upload with the one Pillow decoder its content type
names, refuses what the header says is too big *before* decoding (the
desktop's own :func:`check_pixel_count`), and decodes every pixel: truncated,
damaged and non-image data fail here, with a reason the client can show.
PNG chunk checksums are verified too, since decoding alone ignores them.
"""

from __future__ import annotations

import struct
from io import BytesIO

from PIL import Image, UnidentifiedImageError

from newsdesk.media.image_checks import (
    ImageProblem,
    check_pixel_count,
    check_still_image,
    identify_content,
)

#: Content type -> the Pillow format it must decode as.
UPLOAD_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}

#: Clients send web-size derivatives (about 2 MP); 40 MP leaves room for
#: originals while bounding the memory one upload can make the server spend.
MAX_UPLOAD_PIXELS = 40_000_000

_DECODE_ERRORS = (OSError, SyntaxError, EOFError, ValueError, struct.error, IndexError, TypeError)


def _decode(data: bytes, pillow_format: str) -> None:
    if pillow_format == "PNG":
        with Image.open(BytesIO(data), formats=["PNG"]) as probe:
            probe.verify()  # every chunk's CRC
    with Image.open(BytesIO(data), formats=[pillow_format]) as image:
        check_pixel_count(image, MAX_UPLOAD_PIXELS)
        check_still_image(image)
        if pillow_format == "JPEG":
            # libjpeg still reads every coefficient at 1/8 scale, so damage is found
            # all the same, for 1/64 of the memory.
            width, height = image.size
            image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        image.load()


def check_upload(data: bytes, content_type: str) -> None:
    """Raise :class:`ImageProblem` unless ``data`` decodes completely as ``content_type``."""
    expected = UPLOAD_FORMATS[content_type]
    kind = identify_content(data[:512])
    if kind.pillow_format != expected:
        raise ImageProblem(f"the body is not a {content_type} image (it is {kind.description})")
    try:
        _decode(data, expected)
    except ImageProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageProblem("the image claims an enormous pixel size and was not decoded") from exc
    except UnidentifiedImageError as exc:
        raise ImageProblem(
            f"the body starts like a {content_type} image but cannot be read as one"
        ) from exc
    except MemoryError as exc:
        raise ImageProblem("the server has not enough memory to decode this image") from exc
    except _DECODE_ERRORS as exc:
        detail = "it is cut off" if "truncated" in str(exc).lower() else "its data is damaged"
        raise ImageProblem(f"the {content_type} image cannot be decoded: {detail}") from exc
