"""Cropped and rotated derivatives, made from the original every time.

The import's derivatives are made once from a draft-decoded image; a crop
needs more of the original's pixels (a small box of a 24 MP photo still has
to fill 1600 px), so the decode scale is chosen from the smallest box asked
for. Pixels go: decode -> EXIF orientation -> the edit's rotation -> box ->
resize -> sRGB -> JPEG with nothing but pixels (design §7: no EXIF, XMP,
IPTC, ICC or comment survives, whatever the original carried).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PIL import Image

from newsdesk.media.derivatives import (
    _DCT_FORMATS,
    DEFAULT_MAX_PIXELS,
    DERIVATIVE_QUALITY,
    DERIVATIVE_SIZES,
    _encode_jpeg,
    _to_basic_mode,
    _to_srgb,
    fit_within,
    opened_image,
)
from newsdesk.media.image_checks import check_pixel_count, check_still_image
from newsdesk.media.orientation import TRANSPOSE_FOR_ORIENTATION, oriented_size, read_orientation
from newsdesk.media.photo_edit import (
    CROP_PRESETS,
    EDIT_KINDS,
    CropBox,
    CropPreset,
    PhotoEdit,
    rotated_size,
)

__all__ = ["EDITED_SIZES", "EditedPhoto", "edited_size", "output_size", "render_edited"]

#: Longest edge per kind; a social image is exactly 1200×630 when the box is big enough.
EDITED_SIZES: Mapping[str, int] = {**DERIVATIVE_SIZES, "social": 1200}
_QUALITY: Mapping[str, int] = {**DERIVATIVE_QUALITY, "social": 85}
#: Image.rotate()'s counter-clockwise transposes for our clockwise degrees.
_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
_FIXED = {preset.kind: preset for preset in CROP_PRESETS.values() if preset.size is not None}


@dataclass(frozen=True)
class EditedPhoto:
    """Encoded derivatives of one edit, kind -> bytes, and their pixel sizes."""

    files: Mapping[str, bytes]
    sizes: Mapping[str, tuple[int, int]]


def _fixed_preset(edit: PhotoEdit, kind: str) -> CropPreset | None:
    """The fixed-ratio preset ``kind`` is cut to; None when free.

    A thumbnail without a crop of its own is the body photo made small, as
    the import makes it, so only its own crop makes it 4:3.
    """
    preset = _FIXED.get(kind)
    if preset is None or edit.crop(preset.name) is None:
        return None
    return preset


def _exact_box(
    edit: PhotoEdit, kind: str, size: tuple[int, int]
) -> tuple[float, float, float, float]:
    """Pixel box for ``kind`` in an image of ``size``, trimmed to the preset's exact ratio.

    The stored fractions were fitted to the ratio in the dialog, but rounding
    leaves them a hair off; trimming (never stretching) keeps circles round.
    """
    box = edit.source_crop(kind) or CropBox(0.0, 0.0, 1.0, 1.0)
    preset = _fixed_preset(edit, kind)
    if preset is not None and preset.ratio is not None:
        box = box.fitted(preset.ratio, size)
    return box.pixels(size)


def output_size(
    preset: CropPreset | None, kind: str, box_size: tuple[float, float]
) -> tuple[int, int]:
    """Pixel size of a ``kind`` derivative cut from a box of ``box_size``; never upscaled.

    ``preset`` is the fixed-ratio preset the box was cut to, or None (free).
    """
    width, height = box_size
    if preset is not None and preset.size is not None:
        target_w, target_h = preset.size
        if width >= target_w:
            return target_w, target_h
        # Smaller than the preset: keep its ratio at the box's own width.
        return max(1, math.floor(width)), max(1, round(width * target_h / target_w))
    return fit_within((max(1, round(width)), max(1, round(height))), EDITED_SIZES[kind])


def edited_size(
    edit: PhotoEdit, kind: str, upright_size: tuple[int, int]
) -> tuple[int, int] | None:
    """Pixel size of the edit's ``kind`` file for a photo of ``upright_size``; None if none.

    Worked out from the parameters alone, so a page can state og:image:width
    and og:image:height, and the crop dialog the result, without a file.
    """
    if not edit.makes(kind):
        return None
    left, top, right, bottom = _exact_box(edit, kind, rotated_size(upright_size, edit.rotation))
    return output_size(_fixed_preset(edit, kind), kind, (right - left, bottom - top))


def _decode_scale(edit: PhotoEdit, kinds: Iterable[str], upright: tuple[int, int]) -> float:
    """How small the decoder may make the image and still fill every requested derivative."""
    needed = 0.0
    for kind in kinds:
        left, top, right, bottom = _exact_box(edit, kind, upright)
        box = (right - left, bottom - top)
        out = output_size(_fixed_preset(edit, kind), kind, box)
        needed = max(needed, out[0] / box[0], out[1] / box[1])
    return min(1.0, needed)


def _upright(image: Image.Image, orientation: int, rotation: int) -> Image.Image:
    for transpose in (TRANSPOSE_FOR_ORIENTATION.get(orientation), _CLOCKWISE.get(rotation)):
        if transpose is not None:
            image = image.transpose(transpose)
    return image


def _cut(image: Image.Image, edit: PhotoEdit, kind: str) -> Image.Image:
    box = _exact_box(edit, kind, image.size)
    size = output_size(_fixed_preset(edit, kind), kind, (box[2] - box[0], box[3] - box[1]))
    # One resampling step straight from the box (sub-pixel exact), not crop-then-resize.
    return image.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)


def render_edited(
    data: bytes,
    pillow_format: str,
    edit: PhotoEdit,
    *,
    kinds: Iterable[str] = EDIT_KINDS,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> EditedPhoto:
    """Encode the ``kinds`` derivatives of ``edit`` (those it makes) from the original ``data``.

    Raises ImageProblem with a plain-language reason if the original no longer decodes.
    """
    wanted = [kind for kind in kinds if edit.makes(kind)]
    with opened_image(data, pillow_format) as image:
        check_pixel_count(image, max_pixels)
        check_still_image(image)
        icc_profile = image.info.get("icc_profile")
        full_size = image.size
        if image.format in _DCT_FORMATS:
            # JPEG decoders never turn pixels, so the orientation read now is the one left.
            upright = rotated_size(oriented_size(full_size, read_orientation(image)), edit.rotation)
            scale = _decode_scale(edit, wanted, upright)
            image.draft("RGB", (math.ceil(full_size[0] * scale), math.ceil(full_size[1] * scale)))
        image.load()  # full decode now: truncated data fails here
        # After load(): a decoder that applied the orientation has removed it (orientation.py).
        basic = _upright(_to_basic_mode(image), read_orientation(image), edit.rotation)
        profile = icc_profile if isinstance(icc_profile, bytes) else None
        images = {kind: _to_srgb(_cut(basic, edit, kind), profile) for kind in wanted}
    return EditedPhoto(
        files={kind: _encode_jpeg(img, _QUALITY[kind]) for kind, img in images.items()},
        sizes={kind: img.size for kind, img in images.items()},
    )
