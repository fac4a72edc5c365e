"""One banner above the article form, shared by whoever has something to say.

Several parts of the window want a line above the form: the desk's note on a
returned article, the time a scheduled article goes out, why the form is
read-only. Stacking a bar for each would push the headline down and bury the
important one, so each owner sets (or clears) its own message under a key
and the banner shows the one with the highest priority. Owners never touch
each other's keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class BannerKind(StrEnum):
    """How a message looks: something to act on, or something to know."""

    ACTION = "action"  # the reporter has work to do (a returned article)
    INFO = "info"  # a fact about the article (its scheduled time)
    LOCKED = "locked"  # the form cannot be edited


#: (background, border, text) per kind; light tints readable in light and dark themes.
_COLOURS = {
    BannerKind.ACTION: ("#fff4d6", "#e0b243", "#4a3500"),
    BannerKind.INFO: ("#e4f0fb", "#7fa8d1", "#0f3554"),
    BannerKind.LOCKED: ("#ececec", "#a8a8a8", "#2f2f2f"),
}


@dataclass(frozen=True)
class BannerMessage:
    text: str
    kind: BannerKind
    priority: int


class FormBanner(QFrame):
    """Shows the highest-priority message set by its owners; hidden when none is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # notes are user text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self._messages: dict[str, BannerMessage] = {}
        self._shown_key: str | None = None
        self.hide()

    def set_message(
        self, key: str, text: str, kind: BannerKind = BannerKind.INFO, priority: int = 0
    ) -> None:
        """Set ``key``'s message (an empty text clears it)."""
        if text:
            self._messages[key] = BannerMessage(text, kind, priority)
        else:
            self._messages.pop(key, None)
        self._update()

    def clear_message(self, key: str) -> None:
        self.set_message(key, "")

    def message(self, key: str) -> str:
        """``key``'s message, shown or not ("" when it has none)."""
        found = self._messages.get(key)
        return found.text if found is not None else ""

    @property
    def shown_key(self) -> str | None:
        """Whose message is on screen (None when the banner is hidden)."""
        return self._shown_key

    def text(self) -> str:
        return self.label.text() if self._shown_key is not None else ""

    def _update(self) -> None:
        if not self._messages:
            self._shown_key = None
            self.label.clear()
            self.hide()
            return
        key, shown = max(self._messages.items(), key=lambda item: item[1].priority)
        background, border, colour = _COLOURS[shown.kind]
        self.setStyleSheet(
            f"QFrame#form-banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QFrame#form-banner QLabel {{ color: {colour}; }}"
        )
        self._shown_key = key
        self.label.setText(shown.text)
        self.label.setToolTip(shown.text)
        self.show()
