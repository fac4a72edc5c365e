"""Render the README screenshots offscreen: ``python -m newsdesk.ui.app.screenshots OUTDIR``.

Writes ``main-window.png`` (1400×900), ``photos-panel.png`` and
``export-dialog.png`` (after a finished export, showing its summary). The
demo newsroom is built in a temporary folder; with ``--data DIR`` a *copy*
of that data folder is used, so the user's own data is never changed (the
shots add photos and export the site).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# main_window imports QtWebEngineWidgets, which must happen before the QApplication exists.
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.services.demo import build_demo, draw_scene
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.store.database import DATABASE_FILE
from newsdesk.ui.app.i18n import install_translators
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.photos.photos_panel import PhotosPanel
from newsdesk.ui.publishing.export_dialog import ExportDialog

MAIN_SIZE = (1400, 900)
PANEL_SIZE = (760, 560)
SHOT_NAMES = ("main-window.png", "photos-panel.png", "export-dialog.png")


def _prepare_environment() -> None:
    """Offscreen rendering; Chromium's sandbox cannot start as root (containers, CI)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")


def _wait(predicate: Callable[[], bool], timeout_s: float) -> bool:

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def _settle(seconds: float) -> None:
    """Let queued paints happen (a grab right after loadFinished is blank)."""
    _wait(lambda: False, seconds)


def _open_data(data: Path | None, scratch: Path) -> Path:

    folder = scratch / "data"
    if data is not None:
        shutil.copytree(data, folder)
        return folder
    room = Newsroom.open(folder)
    try:
        build_demo(room)
    finally:
        room.close()
    return folder


def _showcase_article(room: Newsroom, scratch: Path) -> str:
    """The newest published article with a photo, given two more photos for the panel.

    One of the added photos is left without credit and alt text, so the shot
    shows the missing-details warning next to complete ones.
    """

    rows = ArticleService(room).rows(ArticleQuery(statuses=("published",)), limit=200)
    with_photo = [row for row in rows if row.has_photo] or rows
    article_id = with_photo[0].id
    photos = PhotoService(room)
    if len(photos.list_for(article_id)) < 3:
        extra = [
            draw_scene("market", scratch / "시장-풍경.jpg", seed=101, size=(1600, 1067)),
            draw_scene("park", scratch / "공원-산책로.jpg", seed=102, size=(1600, 1067)),
        ]
        details = [
            PhotoDetails(caption="상인들로 붐비는 전통시장", credit="시흥타임즈", alt_text="시장"),
            PhotoDetails(caption="새로 정비된 공원 산책로"),
        ]
        for progress in photos.add_files(article_id, extra, details):
            if progress.error:
                raise RuntimeError(progress.error)
    return article_id


def render_photos_panel(room: Newsroom, article_id: str, target: Path) -> None:

    panel = PhotosPanel(room)
    panel.resize(*PANEL_SIZE)
    panel.set_article(article_id)
    panel.show()
    panel.list.setCurrentRow(panel.list.count() - 1)
    _settle(0.3)
    panel.grab().save(str(target))
    panel.hide()
    panel.deleteLater()


def render_export_dialog(room: Newsroom, out_dir: Path, target: Path) -> None:

    dialog = ExportDialog(room)
    dialog.folder_edit.setText(str(out_dir))
    dialog.show()
    dialog.start()
    if not _wait(lambda: not dialog.is_running(), 120):
        raise RuntimeError("the export did not finish within two minutes")
    if dialog.problem.isVisible():
        raise RuntimeError(f"export failed: {dialog.problem_label.text()}")
    _settle(0.3)
    dialog.grab().save(str(target))
    dialog.hide()
    dialog.deleteLater()


def render_main_window(room: Newsroom, article_id: str, settings_file: Path, target: Path) -> None:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    # Shown as the desk's editor, so the workflow toolbar is live as in daily use.
    editors = [p for p in PeopleService(room).list() if p.role in ("editor", "admin")]
    window = MainWindow(room, settings=settings, person_id=editors[0].id if editors else None)
    window.resize(*MAIN_SIZE)
    window.show()
    loads: list[bool] = []
    window.preview.view.loadFinished.connect(loads.append)
    window.open_article(article_id)
    _wait(lambda: bool(loads), 20)
    _settle(1.0)
    window.grab().save(str(target))
    # Hide instead of close: closing asks about unsaved edits, which nobody can answer here.
    window.hide()
    window.deleteLater()
    # deleteLater() is not run by processEvents(); the web page must go before its profile.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _settle(0.2)


def render_all(out_dir: Path, data: Path | None = None, *, language: str = "ko") -> list[Path]:
    """Render every screenshot into ``out_dir`` in ``language``; returns the files written."""
    _prepare_environment()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert app is not None
    translators = install_translators(app, language)  # kept alive while rendering
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="newsdesk-shots-") as scratch_name:
        scratch = Path(scratch_name)
        room = Newsroom.open(_open_data(data, scratch))
        try:
            article_id = _showcase_article(room, scratch)
            targets = [out_dir / name for name in SHOT_NAMES]
            render_main_window(room, article_id, scratch / "settings.ini", targets[0])
            render_photos_panel(room, article_id, targets[1])
            render_export_dialog(room, scratch / "서해안뉴스-사이트", targets[2])
            written.extend(targets)
        finally:
            _settle(0.1)
            room.close()
            for translator in translators:
                app.removeTranslator(translator)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsdesk.ui.app.screenshots",
        description="Render Newsdesk screenshots with demo data to PNG files (offscreen).",
    )
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--data", type=Path, help="data folder to show (a copy is used; default: a fresh demo)"
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default="ko",
        help="interface language (default: ko, the reference newsroom's)",
    )
    args = parser.parse_args(argv)
    if args.data is not None and not (args.data / DATABASE_FILE).is_file():
        parser.error(f"{args.data} is not a Newsdesk data folder (no {DATABASE_FILE})")
    for path in render_all(args.outdir, args.data, language=args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
