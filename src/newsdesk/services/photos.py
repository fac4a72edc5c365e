"""Attaching photos to articles and editing their caption / credit / alt text.

Every entry point takes the acting person (``actor_id``) and refuses what the
role rules forbid (:func:`newsdesk.services.roles.article_refusal`): a
reporter changes the photos of their own drafts only, whichever window,
command or drop asked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter, PhotoImportError
from newsdesk.services.articles import load_article
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.roles import require_actor_allowed
from newsdesk.store.models import Photo


@dataclass(frozen=True)
class PhotoDetails:
    caption: str = ""
    credit: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class PhotoImportProgress:
    """One file done (or failed) while importing several; for progress bars."""

    done: int
    total: int
    path: Path
    photo_id: str | None
    error: str | None


def photo_from_import(
    imported: ImportedPhoto, details: PhotoDetails, *, position: int, is_main: bool
) -> Photo:
    """The article's row for an imported photo file (not yet added to a session).

    One place maps the media layer's file facts to the store's columns, so
    attaching a photo and importing an article file give identical rows.
    """
    return Photo(
        sha256=imported.sha256,
        original_name=imported.original_name,
        format=imported.format,
        byte_size=imported.byte_size,
        width=imported.width,
        height=imported.height,
        web_width=imported.web_size[0],
        web_height=imported.web_size[1],
        caption=details.caption.strip(),
        credit=details.credit.strip(),
        alt_text=details.alt_text.strip(),
        position=position,
        is_main=is_main,
    )


class PhotoService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self.importer = PhotoImporter(newsroom.photos)

    def attach(
        self,
        article_id: str,
        imported: ImportedPhoto,
        details: PhotoDetails = PhotoDetails(),
        *,
        actor_id: int | None = None,
    ) -> Photo:
        """Attach an already imported photo file to an article (last position)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_actor_allowed(session, actor_id, article, "photo_add")
            photo = photo_from_import(
                imported, details, position=len(article.photos), is_main=not article.photos
            )
            article.photos.append(photo)
            session.flush()
            return photo

    def add_files(
        self,
        article_id: str,
        paths: list[Path],
        details: list[PhotoDetails] | None = None,
        *,
        actor_id: int | None = None,
    ) -> Iterator[PhotoImportProgress]:
        """Import several files; a bad file is reported and the rest still import.

        A generator so the GUI worker and the CLI can both report progress. A
        person who may not add photos is refused before any file is read.
        """
        self.check(article_id, "photo_add", actor_id)
        total = len(paths)
        for index, path in enumerate(paths):
            try:
                imported = self.importer.import_file(path)
            except PhotoImportError as exc:
                yield PhotoImportProgress(index + 1, total, path, None, str(exc))
                continue
            detail = details[index] if details else PhotoDetails()
            photo = self.attach(article_id, imported, detail, actor_id=actor_id)
            yield PhotoImportProgress(index + 1, total, path, photo.id, None)

    def check(self, article_id: str, action: str, actor_id: int | None) -> None:
        """Raise the permission error if ``actor_id`` may not do ``action`` to the article."""
        with self.newsroom.db.session() as session:
            require_actor_allowed(session, actor_id, load_article(session, article_id), action)

    def update_details(
        self, photo_id: str, details: PhotoDetails, *, actor_id: int | None = None
    ) -> None:
        with self.newsroom.db.session() as session:
            photo = session.get(Photo, photo_id)
            if photo is None:
                raise NotFoundError(f"no photo with id {photo_id}")
            require_actor_allowed(session, actor_id, photo.article, "photo_details")
            photo.caption = details.caption.strip()
            photo.credit = details.credit.strip()
            photo.alt_text = details.alt_text.strip()

    def reorder(
        self, article_id: str, photo_ids: list[str], *, actor_id: int | None = None
    ) -> None:
        """Put the article's photos in the given order (all of them must be named)."""
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_actor_allowed(session, actor_id, article, "photo_reorder")
            current = {photo.id: photo for photo in article.photos}
            if set(photo_ids) != set(current) or len(photo_ids) != len(current):
                raise ValidationError("photos", "the new order must list every photo once")
            for position, photo_id in enumerate(photo_ids):
                current[photo_id].position = position

    def set_main(self, article_id: str, photo_id: str, *, actor_id: int | None = None) -> None:
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            require_actor_allowed(session, actor_id, article, "photo_set_main")
            if photo_id not in {photo.id for photo in article.photos}:
                raise NotFoundError(f"photo {photo_id} is not in this article")
            for photo in article.photos:
                photo.is_main = photo.id == photo_id

    def remove(self, photo_id: str, *, actor_id: int | None = None) -> None:
        """Detach a photo; the stored file stays (other articles may share it)."""
        with self.newsroom.db.session() as session:
            photo = session.get(Photo, photo_id)
            if photo is None:
                raise NotFoundError(f"no photo with id {photo_id}")
            article = photo.article
            require_actor_allowed(session, actor_id, article, "photo_remove")
            was_main = photo.is_main
            article.photos.remove(photo)
            session.flush()
            for position, other in enumerate(article.photos):
                other.position = position
            if was_main and article.photos:
                article.photos[0].is_main = True

    def list_for(self, article_id: str) -> list[Photo]:
        with self.newsroom.db.session() as session:
            return list(
                session.scalars(
                    select(Photo).where(Photo.article_id == article_id).order_by(Photo.position)
                )
            )
