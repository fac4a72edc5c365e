"""Content sniffing: what the first bytes say, independent of the file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.media.image_checks import (
    ImageProblem,
    check_file_length,
    identify_content,
    require_supported_format,
)


@pytest.mark.parametrize(
    ("head", "pillow_format", "description"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", "JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", "PNG"),
        (b"GIF89a\x01\x00", "GIF", "GIF"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WEBP", "WebP"),
        (b"II*\x00\x08\x00\x00\x00", "TIFF", "TIFF"),
        (b"MM\x00*\x00\x00\x00\x08", "TIFF", "TIFF"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", None, "a HEIC photo"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", None, "a HEIC photo"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", None, "an AVIF image"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", None, "a video file (MP4/MOV)"),
        (b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom", None, "a Canon RAW photo"),
        (b"BM\x36\x00\x0c\x00\x00\x00", None, "a BMP image"),
        (b"8BPS\x00\x01", None, "a Photoshop document"),
        (b"%PDF-1.4\n", None, "a PDF document"),
        (b"PK\x03\x04\x14\x00", None, "a ZIP archive or office document"),
        (
            b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">',
            None,
            "an SVG drawing",
        ),
        ("사진 설명\r\n".encode(), None, "a text file"),
        (b"", None, "an empty file"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07", None, "in a format Newsdesk does not recognise"),
    ],
)
def test_identify_content(head: bytes, pillow_format: str | None, description: str) -> None:
    kind = identify_content(head)

    assert (kind.pillow_format, kind.description) == (pillow_format, description)


@pytest.mark.parametrize(
    "name", ["photo.jpg", "photo.JPEG", "photo.jfif", "photo", "photo.jpg_large"]
)
def test_jpeg_content_accepted_under_jpeg_or_unfamiliar_names(name: str) -> None:
    assert require_supported_format(Path(name), b"\xff\xd8\xff\xe1") == "JPEG"


@pytest.mark.parametrize(
    ("name", "head", "pillow_format"),
    [
        ("sea.jpg", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("sea.webp", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("scan.png", b"II*\x00\x08\x00\x00\x00", "TIFF"),
    ],
)
def test_supported_content_wins_over_a_wrong_extension(
    name: str, head: bytes, pillow_format: str
) -> None:
    """Browsers and phones save PNGs as .jpg all the time; the content decides."""
    assert require_supported_format(Path(name), head) == pillow_format


def test_unsupported_content_under_an_image_name_explained() -> None:
    with pytest.raises(ImageProblem) as caught:
        require_supported_format(Path("sea.webp"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    assert caught.value.reason == (
        "the file is not a WebP image although its name ends in .webp (it is a PDF document)"
    )


@pytest.mark.parametrize(
    ("size", "reason"),
    [
        (0, "the file is empty (0 bytes); copy the photo again"),
        (1, "the file is too short to be an image (1 byte); copy the photo again"),
        (7, "the file is too short to be an image (7 bytes); copy the photo again"),
    ],
)
def test_empty_and_tiny_files_are_named_for_what_they_are(size: int, reason: str) -> None:
    with pytest.raises(ImageProblem) as caught:
        check_file_length(size)

    assert caught.value.reason == reason


def test_a_file_long_enough_to_hold_a_signature_is_left_to_sniffing() -> None:
    check_file_length(8)
