"""Recognise what a file really is before Pillow decodes it.

Reporters drag in whatever their phone, camera or browser produced: HEIC
photos renamed to .jpg, web pages saved as "image.jpg", RAW files, PDFs. We
look at the leading bytes ourselves so the error can say what the file *is*
and what to do about it, instead of Pillow's "cannot identify image file".
Pillow is then only ever asked to open the one format we detected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

__all__ = [
    "SUPPORTED_FORMATS",
    "ContentKind",
    "ImageProblem",
    "PhotoImportError",
    "check_file_length",
    "check_pixel_count",
    "check_still_image",
    "expected_format",
    "identify_content",
    "original_extension",
    "require_supported_format",
]

#: Pillow format name -> how people write it.
SUPPORTED_FORMATS: dict[str, str] = {
    "JPEG": "JPEG",
    "PNG": "PNG",
    "WEBP": "WebP",
    "GIF": "GIF",
    "TIFF": "TIFF",
}

#: Extension the stored original gets, chosen from the content, never the name.
_ORIGINAL_EXTENSIONS: dict[str, str] = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "GIF": "gif",
    "TIFF": "tif",
}

_EXTENSION_FORMATS: dict[str, str] = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".jfif": "JPEG",
    ".png": "PNG",
    ".webp": "WEBP",
    ".gif": "GIF",
    ".tif": "TIFF",
    ".tiff": "TIFF",
}

# Most RAW formats are TIFF containers, so only the name tells them apart; Pillow
# would silently import the small embedded preview instead of the photo.
_RAW_EXTENSIONS = frozenset(
    {".3fr", ".arw", ".cr2", ".cr3", ".crw", ".dcr", ".dng", ".erf", ".kdc", ".mef", ".mrw"}
    | {".nef", ".nrw", ".orf", ".pef", ".raf", ".raw", ".rw2", ".rwl", ".sr2", ".srf", ".srw"}
    | {".x3f"}
)

_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_AVIF_BRANDS = frozenset({b"avif", b"avis"})

_TEXT_BYTES = bytes(range(0x20, 0x100)) + b"\t\n\r\f\x1b"
# No image in any format fits in fewer bytes (PNG's signature alone is 8). Sniffing
# a stub like that ("a text file", "a GIF") would be a guess from a handful of bytes.
_FEWEST_IMAGE_BYTES = 8

_HEIC_ADVICE = (
    "HEIC photos are not supported: export the photo as JPEG and import it again "
    "(on an iPhone, Settings > Camera > Formats > Most Compatible makes new photos JPEG)"
)
_AVIF_ADVICE = "AVIF images are not supported: save the image as JPEG and import it again"
_RAW_ADVICE = (
    "camera RAW files are not supported: develop or export the photo as JPEG in the "
    "camera software first"
)
_SUPPORTED_LIST = "JPEG, PNG, WebP, GIF or TIFF"


class ImageProblem(Exception):
    """Why an image cannot be used, in plain language, without the file name.

    Decoding works on bytes and does not know the name; the public boundaries
    (PhotoImporter, PhotoStore) turn this into a PhotoImportError naming the file.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ContentKind:
    """What the leading bytes say the file is."""

    #: Pillow format name when we accept it, else None.
    pillow_format: str | None
    #: Completes "it is …": "PNG", "a HEIC photo", "a text file".
    description: str
    #: For known-but-unsupported kinds: the full reason with advice.
    advice: str = ""


def _kind(fmt: str) -> ContentKind:
    return ContentKind(fmt, SUPPORTED_FORMATS[fmt])


def _iso_brands(head: bytes) -> set[bytes]:
    """Major and compatible brands of an ISO-BMFF 'ftyp' box (HEIF, AVIF, MP4, MOV)."""
    box_size = int.from_bytes(head[0:4], "big")
    end = min(max(box_size, 16), len(head))
    brands = {head[8:12]}
    brands.update(head[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def _looks_like_text(head: bytes) -> bool:
    """No control bytes besides whitespace: true of UTF-8 and EUC-KR text, false of binaries."""
    return bool(head) and not head.translate(None, _TEXT_BYTES)


def check_file_length(size: int) -> None:
    """Refuse empty files and stubs by their length, before their few bytes are sniffed.

    They are nearly always a failed copy or download, and saying so helps more
    than the "text file" a single byte would otherwise be taken for.
    """
    if size == 0:
        raise ImageProblem("the file is empty (0 bytes); copy the photo again")
    if size < _FEWEST_IMAGE_BYTES:
        count = "1 byte" if size == 1 else f"{size} bytes"
        raise ImageProblem(f"the file is too short to be an image ({count}); copy the photo again")


def identify_content(head: bytes) -> ContentKind:
    """Classify a file by its first bytes (give it at least 64; 512 is better)."""
    if not head:
        return ContentKind(None, "an empty file")
    if head.startswith(b"\xff\xd8\xff"):
        return _kind("JPEG")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _kind("PNG")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _kind("GIF")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _kind("WEBP")
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return _kind("TIFF")
    if head[4:8] == b"ftyp":
        brands = _iso_brands(head)
        if brands & _AVIF_BRANDS:
            return ContentKind(None, "an AVIF image", _AVIF_ADVICE)
        if brands & _HEIF_BRANDS:
            return ContentKind(None, "a HEIC photo", _HEIC_ADVICE)
        if b"crx " in brands:
            return ContentKind(None, "a Canon RAW photo", _RAW_ADVICE)
        return ContentKind(None, "a video file (MP4/MOV)")
    if head.startswith(b"BM"):
        return ContentKind(None, "a BMP image", "BMP images are not supported: save it as JPEG")
    if head.startswith(b"8BPS"):
        return ContentKind(
            None,
            "a Photoshop document",
            "Photoshop documents (PSD) are not supported: export the picture as JPEG",
        )
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return ContentKind(
            None, "a JPEG 2000 image", "JPEG 2000 images are not supported: save it as JPEG"
        )
    if head.startswith((b"\xff\x0a", b"\x00\x00\x00\x0cJXL \r\n\x87\n")):
        return ContentKind(
            None, "a JPEG XL image", "JPEG XL images are not supported: save it as JPEG"
        )
    if head.startswith(b"%PDF"):
        return ContentKind(None, "a PDF document")
    if head.startswith(b"PK\x03\x04"):
        return ContentKind(None, "a ZIP archive or office document")
    if _looks_like_text(head):
        lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if b"<svg" in lowered[:1024]:
            return ContentKind(
                None, "an SVG drawing", "SVG drawings are not supported: export it as PNG"
            )
        if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
            return ContentKind(None, "a web page (HTML), not the picture itself")
        return ContentKind(None, "a text file")
    return ContentKind(None, "in a format Newsdesk does not recognise")


def expected_format(path: Path) -> str | None:
    """The format the file name promises, or None for unfamiliar extensions."""
    return _EXTENSION_FORMATS.get(path.suffix.lower())


def original_extension(pillow_format: str) -> str:
    """Extension for the stored original, derived from the content."""
    return _ORIGINAL_EXTENSIONS[pillow_format]


def require_supported_format(path: Path, head: bytes) -> str:
    """Return the Pillow format of an acceptable file, or raise ImageProblem.

    The content decides, not the name: browsers, messengers and phones save
    PNGs and WebPs as ".jpg" all the time, and the stored original gets the
    extension of what it really is. The name only matters for the message
    when the content is unusable (a renamed HEIC, a web page saved as .jpg),
    and for RAW files, which are TIFF inside and told apart by name alone.
    """
    suffix = path.suffix.lower()
    if suffix in _RAW_EXTENSIONS:
        raise ImageProblem(_RAW_ADVICE)
    kind = identify_content(head)
    if kind.pillow_format is not None:
        return kind.pillow_format
    promised = expected_format(path)
    if kind.advice:
        reason = kind.advice
        if promised is not None:
            reason += f" (the name ends in {suffix} but the file is {kind.description})"
        raise ImageProblem(reason)
    if promised is not None:
        label = SUPPORTED_FORMATS[promised]
        raise ImageProblem(
            f"the file is not a {label} image although its name ends in {suffix} "
            f"(it is {kind.description})"
        )
    raise ImageProblem(f"the file is {kind.description}; use a {_SUPPORTED_LIST} image")


def check_pixel_count(image: Image.Image, max_pixels: int) -> None:
    """Refuse decompression bombs from the header alone, before any pixel is decoded.

    Our own limit rather than Image.MAX_IMAGE_PIXELS, which is process-wide and
    must not be changed from a worker thread.
    """
    width, height = image.size
    if width <= 0 or height <= 0:
        raise ImageProblem("the image has no pixels (its header says it is empty)")
    if width * height > max_pixels:
        raise ImageProblem(
            f"the image is too large: {width:,} × {height:,} pixels "
            f"({_pixel_amount(width * height)}; the limit is {_pixel_amount(max_pixels)}). "
            "It may be damaged or built to crash programs; reduce it in an image editor."
        )


def _pixel_amount(pixels: int) -> str:
    return f"{pixels / 1e6:,.0f} megapixels" if pixels >= 10**7 else f"{pixels:,} pixels"


#: Several pictures that are not an animation: the first one is the photo.
#: Scanners write multi-page TIFFs; stereo cameras and phones write MPO (JPEG with
#: an MPF index of further pictures: the other eye, a large preview).
_MULTI_PICTURE_FORMATS = frozenset({"TIFF", "MPO"})


def check_still_image(image: Image.Image) -> None:
    """Refuse animations: the site shows one still photo, and frame 1 is rarely the right one.

    Multi-page TIFFs and multi-picture JPEGs (MPO) are not animations; their first
    picture is used.
    """
    if image.format not in _MULTI_PICTURE_FORMATS and getattr(image, "is_animated", False):
        raise ImageProblem("animated images are not supported; use a still photo")


class PhotoImportError(Exception):
    """A photo that cannot be used, named, with the reason in plain language.

    ``str(error)`` is ready to show an editor: ``"sea.jpg: the file is empty"``.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[PhotoImportError], tuple[Path, str]]:
        # Keep the error intact when it crosses a process boundary.
        return (type(self), (self.path, self.reason))
