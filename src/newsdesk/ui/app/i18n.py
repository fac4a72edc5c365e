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


#: Qt's catalogues to load: ``qt`` (a meta catalogue: qtbase and the other modules'
#: texts: file dialog, message box buttons, text context menus) and WebEngine's.
QT_CATALOGUES = ("qt", "qtwebengine")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own Korean translations, then Newsdesk's; none for English.

    Qt asks the most recently installed translator first, so ours comes last:
    it fills the gaps in Qt's Korean catalogue (see
    :mod:`newsdesk.ui.app.qt_catalogue_gaps`) and Qt's answers the rest.
    The translators are returned so the caller keeps them alive (Qt does not
    take ownership).
    """
    if language != "ko":
        return []
    installed: list[QTranslator] = []
    korean = QLocale(QLocale.Language.Korean)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:
        qt_own = QTranslator(app)
        if qt_own.load(korean, catalogue, "_", qt_dir):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "newsdesk_ko.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
