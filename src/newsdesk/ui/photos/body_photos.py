"""Photos dropped or pasted on the body: attached to the article, referenced where they landed.

Qt's text editor would type a dropped JPEG's ``file://`` path and ignore a
pasted screenshot. Here the files go through the photos panel's import — the
same worker thread, queue, progress and per-file messages as a drop on the
panel — and once they are photos of the article their references are put
where they were dropped (a cursor kept on the text follows later typing),
each as its own block (:func:`newsdesk.text.photo_refs.photo_block_edit`).

Files that are not pictures at all (a 보도자료.hwp, a PDF) are named in a
message instead of being imported into errors. A person who may not change
the article (the role rule of :func:`newsdesk.services.workflow.allowed_actions`)
is told so and nothing is taken.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QMessageBox

from newsdesk.media.image_checks import expected_format, identify_content
from newsdesk.services.errors import NotFoundError
from newsdesk.services.photos import PhotoService
from newsdesk.services.workflow import allowed_actions
from newsdesk.text.photo_refs import photo_reference

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

__all__ = ["BodyPhotos", "is_photo_file"]

# Picture formats the import explains rather than takes (HEIC, RAW, …): still "photos".
_OTHER_PICTURE_SUFFIXES = frozenset(
    {".heic", ".heif", ".avif", ".bmp", ".psd", ".svg", ".jp2", ".jxl"}
    | {".cr2", ".cr3", ".nef", ".arw", ".dng", ".orf", ".rw2", ".raf"}
)
_NEEDED = ("photo_add", "insert_photo")
_SNIFF_BYTES = 512
_STATUS_MS = 10000


def is_photo_file(path: Path) -> bool:
    """Whether a dropped file is meant as a photo: named or made like a picture.

    Such files go to the import, which accepts them or says exactly what is
    wrong (a HEIC, a web page saved as .jpg). Documents, videos and folders
    are not photos and are only named back to the user.
    """
    if path.is_dir():
        return False
    suffix = path.suffix.lower()
    if expected_format(path) is not None or suffix in _OTHER_PICTURE_SUFFIXES:
        return True
    try:
        with path.open("rb") as file:
            head = file.read(_SNIFF_BYTES)
    except OSError:
        return True  # missing or unreadable: the import names the cause
    kind = identify_content(head)
    return kind.pillow_format is not None or bool(kind.advice)


class BodyPhotos(QObject):
    """Takes the body's dropped files and pasted pictures; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.body = window.editor.body
        self.panel = window.photos_panel
        # The last message shown in the status bar (tests read it), the last warning box.
        self.last_message = ""
        self.last_notice: QMessageBox | None = None
        self.body.files_dropped.connect(self.add_files)
        self.body.image_pasted.connect(self.add_image)
        self.body.drop_refused.connect(lambda: self._tell(self.refusal()))

    # -- may they? ----------------------------------------------------------------

    def refusal(self) -> str:
        """Why photos may not go into this body now ("" when they may)."""
        refused = self.tr("You may not change this article, so no photos can go into its body.")
        if self.body.isReadOnly():  # the role rule made the form read-only (the banner says why)
            return refused
        person = self.window.current_person
        if person is None:
            return ""  # nobody chosen: the services take what they are given
        article_id = self.window.current_article_id
        if article_id is None:
            return ""  # a new draft: its writer adds photos (the first one saves it)
        try:
            article = self.window.articles.get(article_id)
        except NotFoundError:
            return ""  # gone meanwhile: the import says so
        allowed = allowed_actions(person, article)
        return "" if all(action in allowed for action in _NEEDED) else refused

    # -- what arrived ---------------------------------------------------------------

    def add_files(self, paths: list[Path], cursor: QTextCursor) -> None:
        """Files dropped or pasted at ``cursor``: import the photos, name the rest."""
        refusal = self.refusal()
        if refusal:
            self._warn(refusal)
            return
        photos = [path for path in paths if is_photo_file(path)]
        others = [path for path in paths if path not in photos]
        if others:
            self._warn_not_photos(others)
        if photos:
            self._import(photos, cursor)

    def add_image(self, image: QImage, cursor: QTextCursor) -> None:
        """A pasted picture: stored as a PNG file for the import, removed afterwards."""
        refusal = self.refusal()
        if refusal:
            self._warn(refusal)
            return
        folder = Path(tempfile.mkdtemp(prefix="newsdesk-paste-"))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = self.tr("Pasted image")  # the photo's name in the list until it has a caption
        path = folder / f"{name} {stamp}.png"
        if not image.save(str(path)):  # PNG, from the name
            shutil.rmtree(folder, ignore_errors=True)
            self._warn(self.tr("The pasted picture could not be read. Save it as a file first."))
            return
        self._import([path], cursor, scratch=folder)

    # -- import, then insert ----------------------------------------------------------

    def _import(self, paths: list[Path], cursor: QTextCursor, scratch: Path | None = None) -> None:
        anchor = QTextCursor(cursor)  # follows edits made while the photos import
        generation = self.body.generation
        article_at_drop = self.window.current_article_id

        def done(article_id: str, photo_ids: list[str]) -> None:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            # A new article's drop imports once its first save gave it an id.
            same_article = article_at_drop in {None, article_id}
            same_text = same_article and self.body.generation == generation
            self._insert(anchor, article_id, photo_ids, len(paths), same_text=same_text)

        count = len(paths)
        self._tell(self.tr("Adding %n photo(s) to the article…", "", count))
        self.panel.add_files(paths, done)

    def _insert(
        self,
        anchor: QTextCursor,
        article_id: str,
        photo_ids: list[str],
        asked: int,
        *,
        same_text: bool,
    ) -> None:
        failed = asked - len(photo_ids)
        if failed:
            self.window.side_tabs.setCurrentWidget(self.panel)  # the panel lists why
        if not photo_ids:
            self._tell(self.tr("No photo was added: the Photos tab says why."))
            return
        if not same_text or self.window.current_article_id != article_id:
            self._tell(
                self.tr("The photos were added to their article; insert them into its body there.")
            )
            return
        photos = PhotoService(self.window.newsroom).list_for(article_id)
        position = {photo.id: index for index, photo in enumerate(photos, start=1)}
        references = [
            photo_reference(position[photo.id], photo.alt_text)
            for photo_id in photo_ids
            for photo in photos
            if photo.id == photo_id
        ]
        self.body.insert_photo_blocks(references, anchor)
        if failed:
            self._tell(
                self.tr("%1 of %2 photos were put into the body; the Photos tab says why.")
                .replace("%1", str(len(references)))
                .replace("%2", str(asked))
            )
        else:
            self._tell(self.tr("%n photo(s) put into the body.", "", len(references)))

    # -- messages -----------------------------------------------------------------------

    def _tell(self, text: str) -> None:
        if text:
            self.last_message = text
            self.window.statusBar().showMessage(text, _STATUS_MS)

    def _warn(self, text: str) -> None:
        """A message that needs reading: a window-modal box that does not block the drop."""
        self._tell(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Photos in the body"), text, parent=self.window
        )
        box.finished.connect(box.deleteLater)
        self.last_notice = box
        box.open()

    def _warn_not_photos(self, paths: list[Path]) -> None:
        names = ", ".join(path.name or str(path) for path in paths)
        self._warn(
            self.tr(
                "Only photos can be put into the body (JPEG, PNG, WebP, GIF or TIFF). Not taken: %1"
            ).replace("%1", names)
        )
