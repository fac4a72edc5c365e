"""The JSON an article is published with (``PUT /api/v1/articles/{id}``).

Built at send time from the article as it is *now*, so a job queued before
three more corrections sends the latest text once, not four versions.

Photos are published as their **web derivative** — the file with no
metadata, cut and turned as the article's crop says (each article sharing an
original sends its own cut); a photo with a social crop also sends its
1200×630 og:image cut (``social_sha256``). The original may carry GPS
coordinates and a camera serial number and never leaves the computer. On the
server a photo is known by the SHA-256 of the derivative's bytes (what it
stores and serves), not by the original's hash the newsroom files it under.

``content_hash`` is the SHA-256 of the canonical JSON of everything except
``base_revision``: the server answers a repeated PUT with the same hash
idempotently, which is what makes a retry after a lost answer safe.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.media.photo_store import PhotoStore
from newsdesk.site.dates import rfc3339
from newsdesk.site.model import ArticleView, PhotoView
from newsdesk.text.markdown import render_markdown

__all__ = ["ArticlePayload", "MediaFile", "PayloadError", "build_payload", "content_hash"]

_PHOTO_REF = re.compile(r"^photo:(\d+)$")


class PayloadError(ValueError):
    """The article cannot be sent as it is (not published, a photo file is gone)."""


@dataclass(frozen=True)
class MediaFile:
    """One photo to upload before the article: the web derivative's bytes and hash."""

    sha256: str
    path: Path
    size: int

    def read(self) -> bytes:
        """The bytes to upload, re-hashed: a changed file is never sent under a wrong name."""
        data = self.path.read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise PayloadError(f"photo file {self.path} changed while publishing; try again")
        return data


@dataclass(frozen=True)
class ArticlePayload:
    """The request body (without ``base_revision``) and the photos it needs."""

    article_id: str
    body: dict[str, Any]
    media: tuple[MediaFile, ...]

    @property
    def content_hash(self) -> str:
        return str(self.body["content_hash"])

    def with_base_revision(self, base_revision: int | None) -> dict[str, Any]:
        return {**self.body, "base_revision": base_revision}


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: one byte string per logical value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(body: dict[str, Any]) -> str:
    """SHA-256 over the payload minus the fields that are not content."""
    content = {k: v for k, v in body.items() if k not in {"base_revision", "content_hash"}}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def _media_file(photo: PhotoView, store: PhotoStore, kind: str = "web") -> MediaFile:
    """The web derivative the page shows (the cropped / turned one if the photo has an
    edit), or with ``kind`` "social" its og:image cut."""
    path = store.derivative_path(photo.sha256, kind, photo.edit)
    if not path.is_file():
        try:
            store.ensure_derivatives(photo.sha256, photo.edit)
        except FileNotFoundError:
            raise PayloadError(
                f"photo {photo.sha256[:12]}… has neither a web version nor an original in "
                f"{store.root}; remove it from the article or import it again"
            ) from None
    data = path.read_bytes()
    return MediaFile(hashlib.sha256(data).hexdigest(), path, len(data))


def build_payload(
    view: ArticleView,
    store: PhotoStore,
    *,
    render: Callable[..., str] = render_markdown,
) -> ArticlePayload:
    """The payload of a published article; raises PayloadError for an unpublishable one.

    ``body_html`` keeps ``photo:N`` image sources (N = 1-based position in
    ``photos``), which the server resolves with the same placement rules as the
    static export (docs/api.md). A photo attached twice is sent once, and the
    references are renumbered to match.
    """
    if view.number is None or view.published_at is None:
        raise PayloadError(
            f"article {view.id} has no public number yet; publish it before sending it to a server"
        )
    files = [_media_file(photo, store) for photo in view.photos]
    unique: dict[str, tuple[PhotoView, MediaFile]] = {}
    for photo, media in zip(view.photos, files, strict=True):
        unique.setdefault(media.sha256, (photo, media))
    order = list(unique)
    # The og:image cut of photos with a social crop travels beside their web file.
    socials = {
        sha: _media_file(photo, store, "social")
        for sha, (photo, _media) in unique.items()
        if photo.social_file
    }

    def resolve(src: str) -> str | None:
        match = _PHOTO_REF.match(src.strip())
        if not match:
            return None  # the page builder drops other images too
        index = int(match.group(1)) - 1
        if not 0 <= index < len(files):
            return None
        return f"photo:{order.index(files[index].sha256) + 1}"

    main = view.main_photo
    main_sha = files[view.photos.index(main)].sha256 if main is not None else None
    body: dict[str, Any] = {
        "headline": view.headline,
        "subheadline": view.subheadline,
        "body_html": render(view.body_markdown, resolve_image=resolve),
        "summary": view.summary,
        "section": {"name": view.section_name, "slug": view.section_slug},
        "tags": list(view.tags),
        "byline": view.byline,
        "status": "published",
        "number": view.number,
        "slug": view.slug,
        "published_at": rfc3339(view.published_at),
        "updated_at": rfc3339(view.updated_at),
        "main_photo": main_sha,
        "photos": [
            {
                "sha256": sha,
                "caption": photo.caption,
                "credit": photo.credit,
                "alt_text": photo.alt_text,
                "width": photo.width,
                "height": photo.height,
                "position": position,
                # Only when there is one: an article without stays byte-for-byte as before.
                **({"social_sha256": socials[sha].sha256} if sha in socials else {}),
            }
            for position, (sha, (photo, _media)) in enumerate(unique.items())
        ],
    }
    body["content_hash"] = content_hash(body)
    uploads = [file for _photo, file in unique.values()] + list(socials.values())
    return ArticlePayload(view.id, body, tuple({f.sha256: f for f in uploads}.values()))
