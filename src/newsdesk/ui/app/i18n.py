"""Choosing and installing the UI language (Korean or English).

English is the source language of every string; Korean comes from
``resources/translations/newsdesk_ko.qm``. The choice is made once at
start-up from the ``ui/language`` setting ("system", "ko" or "en"), so a
change in the View ▸ Language menu applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from newsdesk.resources import resource_path

LANGUAGE_KEY = "ui/language"
LANGUAGE_SYSTEM = "system"
LANGUAGES = ("ko", "en")


def language_setting(settings: QSettings) -> str:
    """The stored choice: "system", "ko" or "en" (anything else counts as "system")."""
    value = str(settings.value(LANGUAGE_KEY, LANGUAGE_SYSTEM))
    return value if value in LANGUAGES else LANGUAGE_SYSTEM


def effective_language(settings: QSettings, system_locale: QLocale | None = None) -> str:
    """ "ko" or "en": the setting, or Korean when the system locale is Korean."""
    chosen = language_setting(settings)
    if chosen != LANGUAGE_SYSTEM:
        return chosen
    locale = system_locale or QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Newsdesk's and Qt's own Korean translations; none for English.

    The translators are returned so the caller keeps them alive (Qt does not
    take ownership).
    """
    if language != "ko":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "newsdesk_ko.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(QLocale.Language.Korean), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
