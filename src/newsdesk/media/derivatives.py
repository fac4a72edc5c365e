"""Turn an accepted original into the web and thumbnail JPEGs the site publishes.

Everything happens in memory and the result is plain bytes, so a file that
fails half-way never leaves anything on disk; the store writes the bytes
afterwards. Published files must carry no metadata at all (design §7): a new
image is encoded with an empty ``info`` so nothing of the original (EXIF with
GPS and camera serial, XMP, IPTC, ICC, comments) can leak through.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageCms, UnidentifiedImageError

from newsdesk.media.image_checks import (
    SUPPORTED_FORMATS,
    ImageProblem,
    check_pixel_count,
    check_still_image,
)
from newsdesk.media.orientation import (
    TRANSPOSE_FOR_ORIENTATION,
    oriented_size,
    read_orientation,
)

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "DERIVATIVE_QUALITY",
    "DERIVATIVE_SIZES",
    "RenderedPhoto",
    "fit_within",
    "render_derivatives",
]

#: Longest edge of each derivative, in pixels. Images are never upscaled.
DERIVATIVE_SIZES: Mapping[str, int] = {"web": 1600, "thumb": 320}
DERIVATIVE_QUALITY: Mapping[str, int] = {"web": 85, "thumb": 80}
DEFAULT_MAX_PIXELS = 80_000_000

_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_ICC_SPACES = {"RGB": "RGB ", "CMYK": "CMYK", "L": "GRAY"}
_WHITE = (255, 255, 255)
# Pillow opens a JPEG holding an MPF index as "MPO"; its first picture is a plain JPEG.
_DCT_FORMATS = frozenset({"JPEG", "MPO"})
# Pillow signals damaged data with several exception types, depending on the plugin.
_DAMAGE_ERRORS = (OSError, SyntaxError, EOFError, struct.error, IndexError, TypeError)


@dataclass(frozen=True)
class RenderedPhoto:
    """Derivatives encoded in memory, plus what the original looks like upright."""

    format: str
    width: int
    height: int
    files: Mapping[str, bytes]
    sizes: Mapping[str, tuple[int, int]]


def fit_within(size: tuple[int, int], longest_edge: int) -> tuple[int, int]:
    """Scale *size* down so its longest edge is at most *longest_edge*; never up."""
    width, height = size
    longest = max(width, height)
    if longest <= longest_edge:
        return width, height
    scale = longest_edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _composite_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, _WHITE)
    background.paste(rgba.convert("RGB"), mask=rgba.getchannel("A"))
    return background


def _scale_to_8bit(image: Image.Image) -> Image.Image:
    """Map 16-bit, 32-bit and float grey onto 0-255; Pillow's convert("L") clips them to white."""
    if image.mode in _SIXTEEN_BIT_MODES:
        image, low, high = image.convert("I"), 0.0, 65535.0
    else:
        extrema = image.getextrema()
        low, high = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
        if image.mode == "F" and low >= 0.0 and high <= 1.0:
            low, high = 0.0, 1.0  # normalised float data
        elif image.mode == "I" and low >= 0 and high <= 65535:
            low, high = 0.0, 65535.0  # 16-bit samples widened by the decoder
        # anything else: stretch the range actually used
    factor = 255.0 / max(high - low, 1e-9)
    return image.point(lambda v: (v - low) * factor).convert("L")


def _to_basic_mode(image: Image.Image) -> Image.Image:
    """Bring any decoded mode to 8-bit L, RGB or CMYK, flattening transparency on white."""
    mode = image.mode
    if mode in ("L", "RGB", "CMYK") and "transparency" not in image.info:
        return image
    if mode in _ALPHA_MODES or "transparency" in image.info:
        return _composite_on_white(image)
    if mode == "1":
        return image.convert("L")
    if mode in _SIXTEEN_BIT_MODES or mode in ("I", "F"):
        return _scale_to_8bit(image)
    try:
        return image.convert("RGB")
    except ValueError as exc:
        raise ImageProblem(
            f"the image uses a colour format Newsdesk cannot convert ({mode})"
        ) from exc


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Convert to sRGB through the embedded profile, so CMYK and wide-gamut colours survive.

    Browsers assume sRGB for untagged JPEGs, and we publish untagged files.
    """
    if icc_profile and image.mode in _ICC_SPACES:
        try:
            source = ImageCms.ImageCmsProfile(BytesIO(icc_profile))
            if source.profile.xcolor_space == _ICC_SPACES[image.mode]:
                converted = ImageCms.profileToProfile(
                    image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
                )
                if converted is not None:
                    return converted
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a broken profile is common enough; fall back to the plain conversion
    return image if image.mode == "RGB" else image.convert("RGB")


def _resize(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    if image.size == size:
        return image
    # reducing_gap lets Pillow shrink by whole factors first: much faster, same look.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode_jpeg(image: Image.Image, quality: int) -> bytes:
    """Progressive JPEG with nothing but pixels: no EXIF, XMP, IPTC, ICC or comment."""
    clean = image.copy() if image.info else image
    clean.info = {}
    buffer = BytesIO()
    clean.save(buffer, "JPEG", quality=quality, progressive=True)
    return buffer.getvalue()


def _render(image: Image.Image, pillow_format: str, max_pixels: int) -> RenderedPhoto:
    check_pixel_count(image, max_pixels)
    check_still_image(image)
    icc_profile = image.info.get("icc_profile")
    full_size = image.size  # before draft() shrinks it
    scalable = image.format in _DCT_FORMATS
    if scalable:
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: less than half the time and memory.
        image.draft("RGB", fit_within(full_size, DERIVATIVE_SIZES["web"]))
    image.load()  # full decode now, so truncated data fails here, not as a grey half-image
    if not scalable:
        # The TIFF decoder turns pixels while loading: the shape it produced is the truth.
        # (The JPEG decoder never turns them, so full_size stays right despite draft().)
        full_size = image.size
    # Only now: a decoder that applied the orientation has removed it (see orientation.py).
    orientation = read_orientation(image)
    width, height = oriented_size(full_size, orientation)
    basic = _to_basic_mode(image)
    web = _resize(basic, fit_within(full_size, DERIVATIVE_SIZES["web"]))
    web = _to_srgb(web, icc_profile if isinstance(icc_profile, bytes) else None)
    transpose = TRANSPOSE_FOR_ORIENTATION.get(orientation)
    if transpose is not None:
        # Turned after shrinking: much cheaper than turning 24 MP.
        web = web.transpose(transpose)
    thumb = _resize(web, fit_within(web.size, DERIVATIVE_SIZES["thumb"]))
    images = {"web": web, "thumb": thumb}
    return RenderedPhoto(
        # The format we asked for ("JPEG"), not the variant Pillow names ("MPO").
        format=pillow_format,
        width=width,
        height=height,
        files={kind: _encode_jpeg(img, DERIVATIVE_QUALITY[kind]) for kind, img in images.items()},
        sizes={kind: img.size for kind, img in images.items()},
    )


def _damage_reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "truncated" in text or isinstance(exc, EOFError):
        return (
            "the image file is incomplete (cut off); it was probably not fully copied "
            "or downloaded, so copy it again"
        )
    return "the image data is damaged and cannot be decoded; try exporting the photo again"


def _verify_png_checksums(data: bytes) -> None:
    """Check every chunk's CRC: decoding alone ignores them and turns bit-rot into noise."""
    with Image.open(BytesIO(data), formats=["PNG"]) as probe:
        probe.verify()


@contextmanager
def opened_image(data: bytes, pillow_format: str) -> Iterator[Image.Image]:
    """Open *data* as *pillow_format*; any decoding failure in the block is an ImageProblem.

    Shared by the import's derivatives and the edited ones, so a photo that
    turned unreadable gets the same plain-language reason either way.
    """
    if pillow_format not in SUPPORTED_FORMATS:
        raise ImageProblem(f"{pillow_format} images are not supported")
    try:
        if pillow_format == "PNG":
            _verify_png_checksums(data)
        with Image.open(BytesIO(data), formats=[pillow_format]) as image:
            yield image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageProblem(
            "the image claims an enormous pixel size and was not opened; it may be "
            "damaged or built to crash programs"
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageProblem(
            f"the file starts like a {SUPPORTED_FORMATS[pillow_format]} image but cannot be "
            "read as one; it is probably damaged"
        ) from exc
    except ValueError as exc:
        # PngImagePlugin refuses oversized text/ICC chunks with ValueError.
        if "chunk" in str(exc).lower() or "too large" in str(exc).lower():
            raise ImageProblem(
                "the image carries an oversized metadata block (text or colour profile) "
                "and was refused for safety; re-save it in an image editor"
            ) from exc
        raise ImageProblem(_damage_reason(exc)) from exc
    except MemoryError as exc:
        raise ImageProblem("there is not enough memory to open this image") from exc
    except _DAMAGE_ERRORS as exc:
        raise ImageProblem(_damage_reason(exc)) from exc


def render_derivatives(
    data: bytes, pillow_format: str, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> RenderedPhoto:
    """Decode *data* (already identified as *pillow_format*) and encode every derivative.

    Raises ImageProblem with a plain-language reason for anything unusable.
    """
    with opened_image(data, pillow_format) as image:
        return _render(image, pillow_format, max_pixels)
