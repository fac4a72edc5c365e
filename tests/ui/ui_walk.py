"""Walking the widgets a window shows, for checks that must cover all of them.

Used by the access-key test (no two Alt+letter keys in one scope) and the
Korean-text test (no English left in the Korean UI). Qt registers a label's
or button's mnemonic as a window-wide shortcut, so within one window every
*visible* mnemonic counts, menus apart: a menu's items only compete with
each other, and the menu bar's titles with everything else in the window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label ("저장(&S)" -> "S", "Save &all" -> "A"); None without one."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            following = text[index + 1]
            if following != "&" and not following.isspace():
                return following.upper()
            index += 2
            continue
        index += 1
    return None


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    """Letter -> the labels sharing it, for letters used more than once."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def menu_scopes(bar: QMenuBar) -> dict[str, list[str]]:
    """Every menu (and submenu) -> its items' texts; the bar itself under "menu bar"."""
    scopes: dict[str, list[str]] = {"menu bar": []}

    def walk(menu: QMenu, path: str) -> None:
        items = []
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            items.append(action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {action.text()}")
        scopes[path] = items

    for action in bar.actions():
        if not action.isVisible():
            continue
        scopes["menu bar"].append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, action.text())
    return scopes


def _inside_menu(widget: QWidget, root: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None and parent is not root:
        if isinstance(parent, (QMenu, QMenuBar)):
            return True
        parent = parent.parentWidget()
    return False


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and its descendants that are shown (menus left out)."""
    yield root
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and not _inside_menu(widget, root):
            yield widget


def visible_labels(root: QWidget) -> list[str]:
    """Texts that can carry a mnemonic: labels, buttons, group boxes and tab titles."""
    texts: list[str] = []
    for widget in visible_widgets(root):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
    return [text for text in texts if text]


def visible_texts(root: QWidget) -> list[str]:
    """Everything a user reads in ``root``: labels, tooltips, placeholders, titles, items."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    texts = [root.windowTitle()]
    for widget in visible_widgets(root):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_headers(widget.model()))
    return [text for text in texts if text]


def _headers(model: QAbstractItemModel) -> list[str]:
    """Column titles of a table or tree (a list model has none)."""
    if isinstance(model, QAbstractListModel):
        return []
    found = []
    for column in range(model.columnCount(QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            found.append(header)
    return found
