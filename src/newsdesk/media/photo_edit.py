"""Non-destructive crop and rotation of a photo: the parameters and their geometry.

An edit never touches the original. It is a quarter-turn rotation applied
*after* the EXIF orientation (so "upright" is what the reporter saw when the
photo was imported) and up to one crop box per preset, in fractions of the
rotated image. Fractions rather than pixels because the crop dialog shows a
scaled copy, libjpeg may decode at 1/2 or 1/8 scale, and the same numbers must
mean the same part of the photo in all of them.

The presets are what the site needs:

- ``body`` (본문): the photo on the article page and in the server payload;
  free, or the original's ratio.
- ``thumb`` (목록 썸네일): the small derivative, fixed at 4:3 — the list page
  shows a photo badge today, not a picture, so the ratio is the one common to
  Korean newspaper article lists (and the 168×112 canvas of the photos panel
  is close to it).
- ``social`` (소셜 1200×630): the article page's ``og:image``.

Derivative names are the original's SHA-256 plus :meth:`PhotoEdit.variant`, a
short hash of exactly the parameters a derivative kind depends on, so two
articles sharing one original with different crops get different files, and
an unedited photo keeps its old name (no regeneration after the upgrade).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CROP_PRESETS",
    "EDIT_KINDS",
    "ROTATIONS",
    "CropBox",
    "CropPreset",
    "PhotoEdit",
    "largest_box",
    "rotated_size",
]

#: Clockwise degrees a photo may be turned by, after its EXIF orientation.
ROTATIONS = (0, 90, 180, 270)
#: Digits kept of each fraction: 1e-6 of a 10,000-pixel edge is a hundredth of a pixel,
#: and rounded values hash and compare the same after a trip through JSON.
_DIGITS = 6
_EPSILON = 1e-6
#: Bump when the pixels of an edited derivative change for the same parameters.
_RENDER_VERSION = "e1"


@dataclass(frozen=True, slots=True)
class CropPreset:
    """One kind of crop the dialog offers and the site uses."""

    name: str
    #: Width : height the box must have (in pixels); None is free.
    ratio: tuple[int, int] | None
    #: The derivative kind the crop is for: "web", "thumb" or "social".
    kind: str
    #: Exact output size for fixed presets (never upscaled, ratio kept); None fits the edge.
    size: tuple[int, int] | None = None


CROP_PRESETS: Mapping[str, CropPreset] = {
    "body": CropPreset("body", None, "web"),
    "thumb": CropPreset("thumb", (4, 3), "thumb", (320, 240)),
    "social": CropPreset("social", (1200, 630), "social", (1200, 630)),
}
#: Every derivative kind an edit can produce; "social" exists only with a social crop.
EDIT_KINDS = ("web", "thumb", "social")
_PRESET_OF_KIND = {preset.kind: preset.name for preset in CROP_PRESETS.values()}


def _fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"a crop value must be a number between 0 and 1, not {value!r}")
    return round(float(value), _DIGITS)


@dataclass(frozen=True, slots=True)
class CropBox:
    """A rectangle in fractions (0-1) of the rotated, upright image."""

    left: float
    top: float
    width: float
    height: float

    def __post_init__(self) -> None:
        values = [_fraction(v) for v in (self.left, self.top, self.width, self.height)]
        for name, value in zip(("left", "top", "width", "height"), values, strict=True):
            object.__setattr__(self, name, value)
        left, top, width, height = values
        if left < 0 or top < 0 or width <= 0 or height <= 0:
            raise ValueError(f"crop box {values} must start inside the photo and not be empty")
        if left + width > 1 + _EPSILON or top + height > 1 + _EPSILON:
            raise ValueError(f"crop box {values} reaches outside the photo")

    @classmethod
    def from_list(cls, values: Sequence[Any]) -> CropBox:
        """From the stored ``[left, top, width, height]``; ValueError for anything else."""
        if isinstance(values, (str, bytes)) or len(values) != 4:
            raise ValueError(f"a crop box is four numbers, not {values!r}")
        return cls(*(_fraction(v) for v in values))

    def as_list(self) -> list[float]:
        return [self.left, self.top, self.width, self.height]

    def pixels(self, size: tuple[int, int]) -> tuple[float, float, float, float]:
        """``(left, top, right, bottom)`` in pixels of an image of ``size``, clamped to it."""
        width, height = size
        left, top = self.left * width, self.top * height
        right = min(width, (self.left + self.width) * width)
        bottom = min(height, (self.top + self.height) * height)
        return left, top, right, bottom

    def turned(self, quarter_turns: int) -> CropBox:
        """The same part of the photo after turning it ``quarter_turns`` × 90° clockwise."""
        box = self
        for _ in range(quarter_turns % 4):
            # A point (x, y) goes to (1 - y, x): the box's bottom edge becomes its left edge.
            left = max(0.0, 1 - box.top - box.height)
            box = CropBox(left, box.left, min(box.height, 1 - left), box.width)
        return box

    def fitted(self, ratio: tuple[int, int], image_size: tuple[int, int]) -> CropBox:
        """The largest box of ``ratio`` (in pixels) inside this one, around its centre."""
        width, height = image_size
        box_w, box_h = self.width * width, self.height * height
        want = ratio[0] / ratio[1]
        if box_w / box_h > want:
            box_w = box_h * want
        else:
            box_h = box_w / want
        centre_x = (self.left + self.width / 2) * width
        centre_y = (self.top + self.height / 2) * height
        return _box_in_pixels(centre_x - box_w / 2, centre_y - box_h / 2, box_w, box_h, image_size)


def _box_in_pixels(
    left: float, top: float, width: float, height: float, image_size: tuple[int, int]
) -> CropBox:
    """A pixel rectangle as fractions, moved (not shrunk) back inside the image."""
    image_w, image_h = image_size
    width, height = min(width, image_w), min(height, image_h)
    left = min(max(left, 0.0), image_w - width)
    top = min(max(top, 0.0), image_h - height)
    # Round down the size so rounding the position never pushes it past an edge.
    frac_w = math.floor(width / image_w * 10**_DIGITS) / 10**_DIGITS
    frac_h = math.floor(height / image_h * 10**_DIGITS) / 10**_DIGITS
    frac_l = min(round(left / image_w, _DIGITS), 1 - frac_w)
    frac_t = min(round(top / image_h, _DIGITS), 1 - frac_h)
    return CropBox(max(frac_l, 0.0), max(frac_t, 0.0), frac_w, frac_h)


def largest_box(ratio: tuple[int, int] | None, image_size: tuple[int, int]) -> CropBox:
    """The biggest centred box of ``ratio`` in an image of ``image_size`` (all of it if free)."""
    whole = CropBox(0.0, 0.0, 1.0, 1.0)
    return whole if ratio is None else whole.fitted(ratio, image_size)


def rotated_size(size: tuple[int, int], rotation: int) -> tuple[int, int]:
    """Pixel size after turning by ``rotation`` degrees: quarter turns swap the edges."""
    return (size[1], size[0]) if rotation % 180 else size


@dataclass(frozen=True, slots=True)
class PhotoEdit:
    """How to show one article's photo: a rotation and a crop per preset.

    The default value is "as imported"; it names the derivatives the import made.
    """

    rotation: int = 0
    body: CropBox | None = None
    thumb: CropBox | None = None
    social: CropBox | None = None

    def __post_init__(self) -> None:
        if self.rotation not in ROTATIONS:
            raise ValueError(f"rotation must be one of {ROTATIONS} degrees, not {self.rotation!r}")

    @property
    def is_identity(self) -> bool:
        return self == PhotoEdit()

    def crop(self, preset: str) -> CropBox | None:
        return getattr(self, CROP_PRESETS[preset].name)  # type: ignore[no-any-return]

    def with_crop(self, preset: str, box: CropBox | None) -> PhotoEdit:
        crops = {name: self.crop(name) for name in CROP_PRESETS}
        crops[CROP_PRESETS[preset].name] = box
        return PhotoEdit(self.rotation, crops["body"], crops["thumb"], crops["social"])

    def turned(self, quarter_turns: int, upright_size: tuple[int, int]) -> PhotoEdit:
        """Turn by ``quarter_turns`` × 90° clockwise (negative: anticlockwise), crops along.

        ``upright_size`` is the photo before this edit's rotation. A fixed-ratio
        crop would come out the wrong way round, so it is refitted to its ratio
        around the same centre.
        """
        rotation = (self.rotation + 90 * quarter_turns) % 360
        new_size = rotated_size(upright_size, rotation)
        crops: dict[str, CropBox | None] = {}
        for name, preset in CROP_PRESETS.items():
            box = self.crop(name)
            if box is not None:
                box = box.turned(quarter_turns)
                if preset.ratio is not None:
                    box = box.fitted(preset.ratio, new_size)
            crops[name] = box
        return PhotoEdit(rotation, crops["body"], crops["thumb"], crops["social"])

    def source_crop(self, kind: str) -> CropBox | None:
        """The crop a derivative kind is cut with; a thumbnail without its own uses the body's."""
        box = self.crop(_PRESET_OF_KIND[kind])
        if box is None and kind == "thumb":
            return self.body
        return box

    def makes(self, kind: str) -> bool:
        """Whether this edit has a derivative of ``kind`` (social needs a social crop)."""
        return kind != "social" or self.social is not None

    def variant(self, kind: str) -> str | None:
        """Short hash naming this edit's ``kind`` derivative; None: the import's plain file.

        Only the parameters the file depends on are hashed, so changing the
        social crop leaves the web file's name (and the exported page) alone.
        """
        if kind not in EDIT_KINDS:
            raise ValueError(f"unknown derivative kind {kind!r}")
        if not self.makes(kind):
            raise ValueError(f"this photo has no {kind} crop")
        own = self.crop(_PRESET_OF_KIND[kind]) is not None
        box = self.source_crop(kind)
        if kind != "social" and self.rotation == 0 and box is None:
            return None
        mode = "own" if own else "body"
        text = f"{_RENDER_VERSION}|{kind}|{self.rotation}|{mode}|{box.as_list() if box else None}"
        return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]

    # -- storage -------------------------------------------------------------------

    @classmethod
    def from_columns(
        cls,
        rotation: int | None,
        body: Sequence[Any] | None,
        thumb: Sequence[Any] | None,
        social: Sequence[Any] | None,
    ) -> PhotoEdit:
        """From the photo row's columns (NULL / 0 everywhere: as imported)."""
        boxes = [None if box is None else CropBox.from_list(box) for box in (body, thumb, social)]
        return cls(rotation or 0, *boxes)

    def columns(self) -> dict[str, Any]:
        """The photo row's column values for this edit."""
        return {
            "rotation": self.rotation,
            "crop_body": self.body.as_list() if self.body else None,
            "crop_thumb": self.thumb.as_list() if self.thumb else None,
            "crop_social": self.social.as_list() if self.social else None,
        }
