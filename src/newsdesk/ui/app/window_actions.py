"""Every command of the main window as a QAction, with mnemonic, shortcut and tooltip.

Kept apart from the window so the window class holds behaviour, not a long
list of labels; menus and the toolbar are filled from the same actions, so a
command has one label, one shortcut and one tooltip everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

#: Short alias; pyside6-lupdate still finds ``T.translate("MainWindow", …)`` calls.
T = QCoreApplication


@dataclass
class WindowActions:
    new_article: QAction
    duplicate: QAction
    save: QAction
    delete: QAction
    trash: QAction
    export: QAction
    backup: QAction
    restore: QAction
    site_settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    replace: QAction
    search_list: QAction
    bold: QAction
    italic: QAction
    link: QAction
    insert_photo: QAction
    heading: QAction
    quote: QAction
    bullets: QAction
    numbers: QAction
    table: QAction
    rule: QAction
    publish: QAction
    unpublish: QAction
    language_system: QAction
    language_korean: QAction
    language_english: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    full_screen: QAction
    preview_desktop: QAction
    preview_mobile: QAction
    user_guide: QAction
    about: QAction


def _action(
    owner: QObject,
    text: str,
    tip: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | list[str] | None = None,
) -> QAction:
    action = QAction(text, owner)
    if isinstance(shortcut, list):  # the first is the one shown
        action.setShortcuts([QKeySequence(keys) for keys in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shown})" if shown else tip)
    action.setStatusTip(tip)
    return action


def build_actions(owner: QObject) -> WindowActions:
    """Create the window's actions (not yet connected or placed)."""
    language_group = QActionGroup(owner)
    language_group.setExclusive(True)

    def language(text: str, tip: str, value: str) -> QAction:
        action = _action(language_group, text, tip)
        action.setCheckable(True)
        action.setData(value)
        return action

    preview_group = QActionGroup(owner)
    preview_group.setExclusive(True)

    def preview(text: str, tip: str) -> QAction:
        action = _action(preview_group, text, tip)
        action.setCheckable(True)
        return action

    key = QKeySequence.StandardKey
    return WindowActions(
        new_article=_action(
            owner,
            T.translate("MainWindow", "&New article"),
            T.translate("MainWindow", "Start a new article"),
            key.New,
        ),
        duplicate=_action(
            owner,
            T.translate("MainWindow", "D&uplicate"),
            T.translate("MainWindow", "Copy this article into a new draft"),
            "Ctrl+D",
        ),
        save=_action(
            owner,
            T.translate("MainWindow", "&Save"),
            T.translate("MainWindow", "Save the article as a save point"),
            key.Save,
        ),
        delete=_action(
            owner,
            T.translate("MainWindow", "&Delete…"),
            T.translate("MainWindow", "Move this article to the trash"),
            "Ctrl+Delete",
        ),
        trash=_action(
            owner,
            T.translate("MainWindow", "&Trash…"),
            T.translate("MainWindow", "Show deleted articles and restore them"),
            "Ctrl+Shift+T",
        ),
        export=_action(
            owner,
            T.translate("MainWindow", "&Export site…"),
            T.translate("MainWindow", "Write the public site"),
            "Ctrl+E",
        ),
        backup=_action(
            owner,
            T.translate("MainWindow", "&Back up…"),
            T.translate("MainWindow", "Write one file with the database and every photo"),
        ),
        restore=_action(
            owner,
            T.translate("MainWindow", "&Restore…"),
            T.translate("MainWindow", "Restore a backup into an empty folder"),
        ),
        site_settings=_action(
            owner,
            T.translate("MainWindow", "Site settin&gs…"),
            T.translate("MainWindow", "Site name, address, page size and legal footer"),
            "Ctrl+,",
        ),
        quit=_action(
            owner,
            T.translate("MainWindow", "&Quit"),
            T.translate("MainWindow", "Close Newsdesk"),
            key.Quit,
        ),
        undo=_action(
            owner,
            T.translate("MainWindow", "&Undo"),
            T.translate("MainWindow", "Undo the last edit in the text"),
            key.Undo,
        ),
        redo=_action(
            owner,
            T.translate("MainWindow", "&Redo"),
            T.translate("MainWindow", "Redo the edit just undone"),
            key.Redo,
        ),
        find=_action(
            owner,
            T.translate("MainWindow", "&Find…"),
            T.translate("MainWindow", "Find text in the article body"),
            "Ctrl+F",
        ),
        replace=_action(
            owner,
            T.translate("MainWindow", "R&eplace…"),
            T.translate("MainWindow", "Find and replace in the article body"),
            "Ctrl+H",
        ),
        search_list=_action(
            owner,
            T.translate("MainWindow", "&Search articles"),
            T.translate("MainWindow", "Jump to the article search box"),
            "Ctrl+Shift+F",
        ),
        bold=_action(
            owner,
            T.translate("MainWindow", "&Bold"),
            T.translate("MainWindow", "Make the selection bold (**…**)"),
            "Ctrl+B",
        ),
        italic=_action(
            owner,
            T.translate("MainWindow", "&Italic"),
            T.translate("MainWindow", "Make the selection italic (*…*)"),
            "Ctrl+I",
        ),
        link=_action(
            owner,
            T.translate("MainWindow", "&Link…"),
            T.translate("MainWindow", "Turn the selection into a link"),
            "Ctrl+K",
        ),
        insert_photo=_action(
            owner,
            T.translate("MainWindow", "Insert &photo reference"),
            T.translate("MainWindow", "Place the selected photo in the body (![…](photo:N))"),
            "Ctrl+Shift+P",
        ),
        heading=_action(
            owner,
            T.translate("MainWindow", "Sub-&heading"),
            T.translate("MainWindow", "Make the line a sub-heading (## …) or plain text again"),
            "Ctrl+Alt+2",
        ),
        quote=_action(
            owner,
            T.translate("MainWindow", "&Quote"),
            T.translate("MainWindow", "Quote the lines (> …) or unquote them"),
            "Ctrl+Shift+9",
        ),
        bullets=_action(
            owner,
            T.translate("MainWindow", "B&ulleted list"),
            T.translate("MainWindow", "Make the lines a bulleted list (- …); Enter continues it"),
            "Ctrl+Shift+8",
        ),
        numbers=_action(
            owner,
            T.translate("MainWindow", "&Numbered list"),
            T.translate("MainWindow", "Number the lines (1. …); Enter continues the list"),
            "Ctrl+Shift+7",
        ),
        table=_action(
            owner,
            T.translate("MainWindow", "&Table"),
            T.translate("MainWindow", "Insert a table of two columns to fill in"),
        ),
        rule=_action(
            owner,
            T.translate("MainWindow", "Horizontal &rule"),
            T.translate("MainWindow", "Insert a dividing line (---)"),
        ),
        publish=_action(
            owner,
            T.translate("MainWindow", "Publish &now"),
            T.translate("MainWindow", "Run the checks and put this article on the site"),
            "Ctrl+Shift+U",
        ),
        unpublish=_action(
            owner,
            T.translate("MainWindow", "&Unpublish"),
            T.translate("MainWindow", "Take this article off the site"),
            "Ctrl+Shift+D",
        ),
        language_system=language(
            T.translate("MainWindow", "&System language"),
            T.translate("MainWindow", "Use Korean when the system is Korean"),
            "system",
        ),
        language_korean=language(
            T.translate("MainWindow", "&Korean"),
            T.translate("MainWindow", "Show the interface in Korean"),
            "ko",
        ),
        language_english=language(
            T.translate("MainWindow", "&English"),
            T.translate("MainWindow", "Show the interface in English"),
            "en",
        ),
        zoom_in=_action(
            owner,
            T.translate("MainWindow", "Zoom &in"),
            T.translate("MainWindow", "Larger text in the article body (also Ctrl+wheel)"),
            ["Ctrl+=", "Ctrl++"],
        ),
        zoom_out=_action(
            owner,
            T.translate("MainWindow", "Zoom &out"),
            T.translate("MainWindow", "Smaller text in the article body"),
            "Ctrl+-",
        ),
        zoom_reset=_action(
            owner,
            T.translate("MainWindow", "&Actual size"),
            T.translate("MainWindow", "The body text at its normal size"),
            "Ctrl+0",
        ),
        full_screen=_action(
            owner,
            T.translate("MainWindow", "&Full-screen writing"),
            T.translate("MainWindow", "Only the article, on the whole screen (Esc leaves)"),
            "F11",
        ),
        preview_desktop=preview(
            T.translate("MainWindow", "Preview at &desktop width"),
            T.translate("MainWindow", "The page as a computer shows it, scaled to fit the pane"),
        ),
        preview_mobile=preview(
            T.translate("MainWindow", "Preview at &phone width"),
            T.translate("MainWindow", "The page as a phone shows it"),
        ),
        user_guide=_action(
            owner,
            T.translate("MainWindow", "&User guide"),
            T.translate("MainWindow", "How to write, review, publish and back up, in Korean"),
            key.HelpContents,
        ),
        about=_action(
            owner,
            T.translate("MainWindow", "&About Newsdesk"),
            T.translate("MainWindow", "Version and licence"),
        ),
    )


def plain_label(text: str) -> str:
    """A menu label without its mnemonic or ellipsis, for toolbar buttons.

    Handles both "&Save" and the Korean convention "저장(&S)".
    """
    without = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return without.replace("…", "").strip()


def install_menus(window: QMainWindow, a: WindowActions, language: str) -> None:
    """Fill the window's menu bar and toolbar from the actions."""
    bar = window.menuBar()
    file_menu = bar.addMenu(T.translate("MainWindow", "&File"))
    file_menu.setObjectName("file-menu")
    for action in (a.new_article, a.duplicate, a.save, a.delete):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (a.trash, a.export, a.site_settings):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addActions([a.backup, a.restore])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(T.translate("MainWindow", "&Edit"))
    for action in (a.undo, a.redo):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (a.find, a.replace, a.search_list):
        edit_menu.addAction(action)
    format_menu = bar.addMenu(T.translate("MainWindow", "F&ormat"))
    format_menu.setObjectName("format-menu")
    for group in (
        (a.bold, a.italic, a.link, a.insert_photo),
        (a.heading, a.quote, a.bullets, a.numbers),
        (a.table, a.rule),
    ):
        if not format_menu.isEmpty():
            format_menu.addSeparator()
        format_menu.addActions(list(group))
    article_menu = bar.addMenu(T.translate("MainWindow", "&Article"))
    article_menu.setObjectName("article-menu")
    article_menu.addAction(a.publish)
    article_menu.addAction(a.unpublish)
    view_menu = bar.addMenu(T.translate("MainWindow", "&View"))
    view_menu.setObjectName("view-menu")
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view_menu.addSeparator()
    view_menu.addAction(a.full_screen)
    view_menu.addSeparator()
    view_menu.addActions([a.preview_desktop, a.preview_mobile])
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(T.translate("MainWindow", "&Language"))
    language_menu.setToolTipsVisible(True)
    for action in (a.language_system, a.language_korean, a.language_english):
        language_menu.addAction(action)
        action.setChecked(action.data() == language)
    help_menu = bar.addMenu(T.translate("MainWindow", "&Help"))
    help_menu.setObjectName("help-menu")  # found by name: the title is translated
    help_menu.addAction(a.user_guide)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    for menu in (file_menu, edit_menu, format_menu, article_menu, view_menu, help_menu):
        menu.setToolTipsVisible(True)

    toolbar = window.addToolBar(T.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar_actions = (a.new_article, a.save, a.duplicate, a.delete, a.publish, a.unpublish)
    for action in (*toolbar_actions, a.export, a.site_settings):
        action.setIconText(plain_label(action.text()))
    for action in (a.new_article, a.save, a.duplicate, a.delete):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (a.export, a.site_settings):
        toolbar.addAction(action)
