"""Cropping and turning an article's photo, without ever changing the original.

The parameters live on the article's photo row (migration 0007); the
derivatives are made again from the original under names that hash the
parameters (:mod:`newsdesk.media.photo_edit`), so two articles sharing one
original keep their own crops, and an old file is never overwritten while
an exported page may still point at it.

Cropping changes what the article shows, so it follows the rule for photo
details (:func:`~newsdesk.services.roles.article_refusal` with
``photo_details``): the GUI asks ``allowed_actions`` for that action before
it offers the crop dialog, and :meth:`PhotoEditService.apply` refuses anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from newsdesk.media.image_checks import PhotoImportError
from newsdesk.media.photo_edit import CROP_PRESETS, PhotoEdit, rotated_size
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import require_actor_allowed
from newsdesk.store.models import Photo

#: The role rule a crop is checked against (see the module docstring).
EDIT_ACTION = "photo_details"
#: A box smaller than this many pixels a side is a slip of the mouse, not a crop.
MIN_CROP_PIXELS = 16


class PhotoEditRow(Protocol):
    """What an edit is read from (``store.models.Photo`` and the export's rows fit)."""

    @property
    def rotation(self) -> int: ...
    @property
    def crop_body(self) -> Sequence[Any] | None: ...
    @property
    def crop_thumb(self) -> Sequence[Any] | None: ...
    @property
    def crop_social(self) -> Sequence[Any] | None: ...


def photo_edit(row: PhotoEditRow) -> PhotoEdit:
    """The edit stored on a photo row; a row from before 0007 (or damaged values): none.

    A crop box broken by hand in the database must not make the article
    unpublishable: the photo then shows as imported, which the editor sees.
    """
    try:
        return PhotoEdit.from_columns(row.rotation, row.crop_body, row.crop_thumb, row.crop_social)
    except (ValueError, TypeError):
        return PhotoEdit()


def checked_edit(edit: PhotoEdit, upright_size: tuple[int, int]) -> PhotoEdit:
    """``edit`` with fixed-ratio boxes trimmed to their exact ratio; refuses tiny boxes.

    ``upright_size`` is the photo as imported (EXIF orientation applied). What
    is stored is then exactly what the files are cut from.
    """
    size = rotated_size(upright_size, edit.rotation)
    for name, preset in CROP_PRESETS.items():
        box = edit.crop(name)
        if box is None:
            continue
        if preset.ratio is not None:
            box = box.fitted(preset.ratio, size)
            edit = edit.with_crop(name, box)
        left, top, right, bottom = box.pixels(size)
        if min(right - left, bottom - top) < MIN_CROP_PIXELS:
            raise ValidationError(
                f"crop_{name}",
                f"the crop box is smaller than {MIN_CROP_PIXELS} pixels; choose a larger part",
            )
    return edit


class PhotoEditService:
    """Reads and applies crops and rotations of article photos."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def edit_of(self, photo_id: str) -> PhotoEdit:
        with self.newsroom.db.session() as session:
            return photo_edit(_load(session.get(Photo, photo_id), photo_id))

    def apply(self, photo_id: str, edit: PhotoEdit, *, actor_id: int | None = None) -> Photo:
        """Store ``edit`` for the photo and make its files from the original.

        The files are written before the row changes, so a page built from
        the row always finds them; a failure (no original, a full disk)
        leaves the row as it was. Returns the updated row.
        """
        with self.newsroom.db.session() as session:
            photo = _load(session.get(Photo, photo_id), photo_id)
            require_actor_allowed(session, actor_id, photo.article, EDIT_ACTION)
            edit = checked_edit(edit, (photo.width, photo.height))
            try:
                sizes = self.newsroom.photos.ensure_derivatives(photo.sha256, edit)
            except FileNotFoundError as exc:
                raise NotFoundError(
                    f"the original of {photo.original_name} is not in the photo folder "
                    f"({self.newsroom.photos.root}); import the photo again to crop it"
                ) from exc
            except PhotoImportError as exc:
                raise ValidationError("photo", str(exc)) from exc
            for column, value in edit.columns().items():
                setattr(photo, column, value)
            photo.web_width, photo.web_height = sizes["web"]
            session.flush()
            return photo


def _load(photo: Photo | None, photo_id: str) -> Photo:
    if photo is None:
        raise NotFoundError(f"no photo with id {photo_id}")
    return photo
