"""Start the desktop app: Qt application, language, newsroom, window, recovery.

Everything is built here, explicitly and in order, and passed down: nothing
in the UI package does work at import time, so tests can build their own
windows with their own newsroom and settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import newsdesk
from newsdesk.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.database import DatabaseError
from newsdesk.ui.app.i18n import effective_language, install_translators

ORGANIZATION = "Newsdesk"
APPLICATION = "Newsdesk"


def user_settings() -> QSettings:
    """The user's own settings store (INI format, the same on every OS)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with Newsdesk's names and the Fusion style.

    Fusion follows the OS colour scheme (``QStyleHints.colorScheme``) on every
    platform, so dark mode works the same everywhere.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(newsdesk.__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    app.setStyle("Fusion")
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("newsdesk")
    return app


def run_gui(
    data_dir: Path,
    *,
    database_url: str | None = None,
    argv: list[str] | None = None,
    open_files: list[Path] | None = None,
) -> int:
    """Open the editor on ``data_dir`` and run until the window closes; the exit code.

    ``open_files``: hand-off files to import once the window shows (the user
    confirms each, seeing what is inside first).
    """
    app = make_application(argv if argv is not None else sys.argv[:1])
    settings = user_settings()
    translators = install_translators(app, effective_language(settings))
    try:
        newsroom = Newsroom.open(data_dir, database_url=database_url)
    except (DatabaseError, NewsdeskError) as error:  # a full disk cannot even open it
        from newsdesk.ui.editor.storage_warning import describe_error

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the newsroom"),
            QCoreApplication.translate("App", "The data folder could not be opened:\n%1").replace(
                "%1", describe_error(error)
            ),
        )
        return 1
    from newsdesk.ui.app.identity import ask_person
    from newsdesk.ui.app.main_window import MainWindow  # after the translators are installed

    try:
        person = ask_person(newsroom, settings)  # first start: who is working here
        if person is None:
            return 0
        window = MainWindow(newsroom, settings=settings, person_id=person.id)
        window.show()
        if newsroom.db.upgrade_backup is not None:
            QMessageBox.information(
                window,
                QCoreApplication.translate("App", "Database upgraded"),
                QCoreApplication.translate(
                    "App",
                    "The newsroom's database was upgraded for this version of Newsdesk. "
                    "A copy of it as it was before is kept here:\n%1",
                ).replace("%1", str(newsroom.db.upgrade_backup)),
            )
        window.offer_recovery()
        window.backups.start_daily_backup()  # soon, in the background
        if open_files:
            files = list(open_files)
            QTimer.singleShot(0, lambda: window.handoff.open_files(files))
        code = app.exec()
        # Delete the window (and its web page) while Qt WebEngine is still running.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        newsroom.close()
    del translators
    return code
