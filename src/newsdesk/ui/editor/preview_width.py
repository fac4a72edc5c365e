"""The preview at a desktop or a phone width.

The preview pane is a third of the window, ~400 px: at that width the site's
stylesheet takes its narrow (phone) layout, so the desk never saw the page a
desktop reader gets. The pane now renders either

* **desktop**: the page laid out at :data:`DESKTOP_WIDTH` CSS pixels (the
  site's 1080 px column and its margins) and scaled down to fit the pane, via
  the web view's zoom factor (a zoom of w/1120 makes the viewport 1120 CSS px
  wide); or
* **phone**: a :data:`PHONE_WIDTH` px wide view, centred, at its real size
  (scaled down only if the pane is narrower still).

The choice is remembered in QSettings; desktop is the default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui.editor.preview_pane import PreviewPane

WIDTH_KEY = "preview/width"
DESKTOP = "desktop"
PHONE = "phone"
#: CSS pixels of a desktop browser window showing the site (1080 px column + margins).
DESKTOP_WIDTH = 1120
#: CSS pixels of a common phone screen (iPhone 12–15, Galaxy S2x: 360–393).
PHONE_WIDTH = 390
_LARGEST = 16_777_215  # QWIDGETSIZE_MAX

T = QCoreApplication


class PreviewWidth(QObject):
    """Applies the chosen width to a :class:`PreviewPane` whenever it resizes or reloads."""

    def __init__(
        self,
        pane: PreviewPane,
        settings: QSettings,
        desktop_action: QAction,
        phone_action: QAction,
    ) -> None:
        super().__init__(pane)
        self._pane = pane
        self._settings = settings
        self._actions = {DESKTOP: desktop_action, PHONE: phone_action}
        stored = str(settings.value(WIDTH_KEY, DESKTOP))
        self.mode = stored if stored in self._actions else DESKTOP
        desktop_action.setIconText(T.translate("PreviewWidth", "Desktop"))
        phone_action.setIconText(T.translate("PreviewWidth", "Phone"))
        for mode, action in self._actions.items():
            action.setChecked(mode == self.mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m))
        self.bar = self._build_bar()
        layout = pane.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.bar)
            layout.setStretchFactor(pane.view, 1)
        pane.installEventFilter(self)
        pane.rendered.connect(lambda _ms: self.apply())
        self.apply()

    def _build_bar(self) -> QWidget:
        bar = QWidget(self._pane)
        bar.setObjectName("preview-width-bar")
        bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(T.translate("PreviewWidth", "Width:"), bar))
        for action in self._actions.values():
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            row.addWidget(button)
        row.addStretch(1)
        return bar

    def set_mode(self, mode: str) -> None:
        """Show the page at the desktop or the phone width (and remember it)."""
        if mode not in self._actions:
            return
        self.mode = mode
        self._actions[mode].setChecked(True)
        self._settings.setValue(WIDTH_KEY, mode)
        self.apply()

    def apply(self) -> None:
        """Size the web view and its zoom for the pane's current width."""
        view = self._pane.view
        available = max(self._pane.width(), 1)
        layout = self._pane.layout()
        if self.mode == PHONE:
            width = min(PHONE_WIDTH, available)
            view.setFixedWidth(width)  # centred in the pane, like a phone held up
            alignment = Qt.AlignmentFlag.AlignHCenter
            zoom = width / PHONE_WIDTH
        else:
            view.setMinimumWidth(0)
            view.setMaximumWidth(_LARGEST)
            alignment = Qt.AlignmentFlag(0)  # the whole pane
            zoom = min(1.0, available / DESKTOP_WIDTH)
        if layout is not None:
            layout.setAlignment(view, alignment)
        view.setZoomFactor(max(0.25, zoom))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() == QEvent.Type.Resize:
            self.apply()
        return super().eventFilter(watched, event)
