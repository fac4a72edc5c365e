"""No two access keys (Alt+letter) collide, anywhere the app can show, in Korean and English.

A collision is not cosmetic: with 제목(&H), 사진(&H) and 도움말(&H) in one
window, Alt+H only cycles between them and Help never opens. Scopes: one
menu's items; within one window, everything visible at once (the menu bar's
titles, form labels, tab titles, the panels and docks on show). Dialogs are
found by walking ``newsdesk.ui`` for QDialog subclasses, so a new dialog
without a factory here fails the test instead of going unchecked.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import newsdesk.ui
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.app.main_window import MainWindow

from .conftest import PersonWindowFactory
from .ui_walk import duplicates, menu_scopes, visible_labels

DialogFactory = Callable[[MainWindow, QSettings, pytest.MonkeyPatch], QDialog]

#: Bases that are never shown on their own.
ABSTRACT_DIALOGS = {"JobDialog"}


@pytest.fixture(params=["ko", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from newsdesk.ui.app.i18n import install_translators

    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)


def _dialog_classes() -> dict[str, type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(newsdesk.ui.__path__, "newsdesk.ui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
                and name not in ABSTRACT_DIALOGS
            ):
                found[name] = value
    return found


def _recovery(window: MainWindow, _s: QSettings, _m: pytest.MonkeyPatch) -> QDialog:
    from newsdesk.services.autosave import AutosaveService
    from newsdesk.ui.editor.recovery_dialog import RecoveryDialog

    service = AutosaveService(window.newsroom)
    service.store("other-editor", ArticleFields(body="남은 글"), article_id=None, base_version=None)
    return RecoveryDialog(service, service.pending(), window)


def _save_conflict(window: MainWindow, _s: QSettings, _m: pytest.MonkeyPatch) -> QDialog:
    from newsdesk.services.save_conflicts import StoredVersion, merge_fields
    from newsdesk.ui.editor.save_conflict_dialog import SaveConflictDialog

    base = ArticleFields(headline="처음 제목", body="처음 본문")
    mine = ArticleFields(headline="내 제목", body="내 본문")
    theirs = ArticleFields(headline="다른 제목", body="다른 본문")
    stored = StoredVersion("a1", 3, theirs, "오세훈", datetime(2026, 11, 20, 3, tzinfo=UTC))
    return SaveConflictDialog(stored, merge_fields(base, mine, theirs), {}, window)


def _server_conflict(window: MainWindow, _s: QSettings, patch: pytest.MonkeyPatch) -> QDialog:
    from newsdesk.ui.publishing import conflict_dialog

    local = conflict_dialog.Version("내 제목", "", "김민수 기자", "교육", "본문", "")
    server = conflict_dialog.Version("서버 제목", "", "김민수 기자", "교육", "다른 본문", "r2")
    patch.setattr(conflict_dialog, "load_versions", lambda *_a: (local, server, "본사 서버"))
    return conflict_dialog.ConflictDialog(window.newsroom, 1, window)


def _first_article(window: MainWindow) -> str:
    return ArticleService(window.newsroom).rows()[0].id


def _crop(window: MainWindow, _s: QSettings, _m: pytest.MonkeyPatch) -> QDialog:
    from PySide6.QtGui import QPixmap

    from newsdesk.media.photo_edit import PhotoEdit
    from newsdesk.ui.photos.crop_dialog import CropDialog

    pixmap = QPixmap(600, 400)
    pixmap.fill()
    return CropDialog(pixmap, (2400, 1600), PhotoEdit(), window)


def _factories() -> dict[str, DialogFactory]:
    from newsdesk.ui.app.about_dialog import AboutDialog
    from newsdesk.ui.app.help_viewer import HelpWindow
    from newsdesk.ui.app.identity import IdentityDialog
    from newsdesk.ui.articles.trash_dialog import TrashDialog
    from newsdesk.ui.dialogs.backup_dialog import BackupDialog
    from newsdesk.ui.dialogs.restore_dialog import RestoreDialog
    from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog
    from newsdesk.ui.publishing.export_dialog import ExportDialog
    from newsdesk.ui.publishing.targets_dialog import TargetsDialog
    from newsdesk.ui.workflow.history_dialog import HistoryDialog
    from newsdesk.ui.workflow.workflow_dialogs import ReturnNoteDialog, ScheduleDialog

    def room(window: MainWindow) -> Newsroom:
        return window.newsroom

    return {
        "AboutDialog": lambda w, _s, _m: AboutDialog(w),
        "IdentityDialog": lambda w, _s, _m: IdentityDialog(room(w), w),
        "TrashDialog": lambda w, _s, _m: TrashDialog(room(w), w),
        "ExportDialog": lambda w, _s, _m: ExportDialog(room(w), w),
        "TargetsDialog": lambda w, _s, _m: TargetsDialog(room(w), w),
        "SiteSettingsDialog": lambda w, _s, _m: SiteSettingsDialog(room(w), w),
        "BackupDialog": lambda w, s, _m: BackupDialog(room(w).data_dir, s, w),
        "RestoreDialog": lambda w, s, _m: RestoreDialog(room(w).data_dir, s, w),
        "HistoryDialog": lambda w, _s, _m: HistoryDialog(
            room(w), _first_article(w), w.workflow.actor_id(), w
        ),
        "ReturnNoteDialog": lambda w, _s, _m: ReturnNoteDialog("시흥 배곧 산책로 개통", w),
        "ScheduleDialog": lambda w, _s, _m: ScheduleDialog(w),
        "RecoveryDialog": _recovery,
        "SaveConflictDialog": _save_conflict,
        "ConflictDialog": _server_conflict,
        "HelpWindow": lambda w, _s, _m: HelpWindow(w),
        "CropDialog": _crop,
    }


def _collisions(scopes: dict[str, list[str]]) -> list[str]:
    return [
        f"{scope}: Alt+{letter} is {' / '.join(texts)}"
        for scope, labels in scopes.items()
        for letter, texts in duplicates(labels).items()
    ]


def _window_states(window: MainWindow) -> Iterator[str]:
    """Put the window through what it can show at once; yield a name for each state."""
    for dock in window.findChildren(QWidget):
        if dock.inherits("QDockWidget"):
            dock.show()
    tabs = window.side_tabs
    for with_find_bar in (False, True):
        if with_find_bar:
            window.editor.find_bar.open_bar(True)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            bar = "find bar open" if with_find_bar else "find bar closed"
            yield f"main window ({tabs.tabText(index)} tab, {bar})"


def test_main_window_has_no_colliding_access_keys(
    language: str, person_window: PersonWindowFactory, demo_newsroom: Newsroom
) -> None:
    window = person_window(demo_newsroom, "오세훈")  # an editor: every command is there
    window.open_article(_first_article(window))
    scopes = menu_scopes(window.menuBar())
    titles = scopes.pop("menu bar")
    assert titles[-1] in ("&Help", "도움말(&H)"), titles  # Help stays last in either language
    for state in _window_states(window):
        scopes[state] = titles + visible_labels(window)
    collisions = _collisions(scopes)
    assert not collisions, "\n".join(collisions)


def test_every_dialog_has_no_colliding_access_keys(
    qtbot: QtBot,
    language: str,
    person_window: PersonWindowFactory,
    demo_newsroom: Newsroom,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = person_window(demo_newsroom, "오세훈")
    factories = _factories()
    classes = _dialog_classes()
    assert sorted(set(classes) - set(factories)) == [], "add a factory for these dialogs"
    scopes: dict[str, list[str]] = {}
    for name in sorted(classes):
        dialog = factories[name](window, ui_settings, monkeypatch)
        qtbot.addWidget(dialog)
        dialog.show()
        tab_widgets = dialog.findChildren(QTabWidget)
        pages = [(t, i) for t in tab_widgets for i in range(t.count())] or [(None, 0)]
        for tabs, index in pages:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            where = f" ({tabs.tabText(index)} tab)" if tabs is not None else ""
            scopes[f"{name}{where}"] = visible_labels(dialog)
        dialog.close()
    collisions = _collisions(scopes)
    assert not collisions, "\n".join(collisions)
