"""The live preview: the article page exactly as the export will write it.

The page comes from the same :class:`PageBuilder`, templates and CSS as the
export; only the :class:`Urls` prefixes differ (``file://`` URLs of the
bundled static folder and the photo store's media folder). Edits only set a
pending flag and start a single-shot timer (ReText's pattern), so typing
never waits on rendering. JavaScript is off for the page; the scroll
position is carried across updates by a script in Qt's ApplicationWorld,
which runs even with page JavaScript disabled.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from newsdesk.site.builder import PageBuilder
from newsdesk.site.model import ArticleView
from newsdesk.site.urls import Urls

PREVIEW_DEBOUNCE_MS = 300

#: Produces the article view to show now, or None when no article is open.
ViewSource = Callable[[], ArticleView | None]


def folder_url(path_text: str) -> str:
    """A ``file://`` URL of a folder, ending with ``/`` so prefixes join cleanly."""
    url = QUrl.fromLocalFile(path_text).toString()
    return url if url.endswith("/") else url + "/"


class PreviewPage(QWebEnginePage):
    """Keeps the preview on the article: links open in the system browser instead."""

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if navigation_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            target = QUrl(url)
            if target.scheme() in ("http", "https", "mailto"):
                QDesktopServices.openUrl(target)
            return False
        return super().acceptNavigationRequest(url, navigation_type, is_main_frame)


class PreviewPane(QWidget):
    """Renders the current article through the export's page builder."""

    #: Milliseconds from the debounce firing to ``loadFinished``.
    rendered = Signal(float)

    def __init__(
        self,
        builder: PageBuilder,
        media_root: str,
        source: ViewSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._builder = builder
        self._source = source
        self.urls = Urls(
            static_prefix=folder_url(str(builder.static_dir)),
            media_prefix=folder_url(media_root),
            root_prefix="",
        )
        self.base_url = QUrl(self.urls.static_prefix)
        self.view = QWebEngineView(self)
        # An off-the-record profile of our own: no disk cache of the preview's local
        # files. Created after the view, so the view (and its page) is deleted first.
        self._profile = QWebEngineProfile(self)
        self._page = PreviewPage(self._profile, self.view)
        self.view.setPage(self._page)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._pending = False
        self._loading = False
        #: Until the pane is first shown, renders only wait (the window's first paint comes first).
        self._shown = False
        self._started_at = 0.0
        self._scroll_y = 0.0
        self.last_html = ""
        self.last_latency_ms = 0.0
        self.view.loadFinished.connect(self._on_load_finished)

    @property
    def page(self) -> QWebEnginePage:
        return self._page

    def set_builder(self, builder: PageBuilder) -> None:
        """Use a new builder (after the site settings changed) and re-render."""
        self._builder = builder
        self.request_update()

    def request_update(self) -> None:
        """Note that the article changed; the page is rebuilt once typing pauses."""
        self._pending = True
        if not self._timer.isActive():
            self._timer.start()

    def restart_debounce(self) -> None:
        """Like :meth:`request_update` but waits a full delay after the latest keystroke."""
        self._pending = True
        self._timer.start()

    def render_now(self) -> None:
        """Build the page and hand it to the web view (which loads it asynchronously)."""
        self._timer.stop()
        if self._loading or not self._shown:
            self._pending = True  # _on_load_finished / showEvent renders again
            return
        self._pending = False
        view = self._source()
        self._started_at = time.perf_counter()
        if view is None:
            html = ""
        else:
            html = self._builder.article_html(view, list_page=None, urls=self.urls)
        self._scroll_y = self._page.scrollPosition().y()
        self._loading = True
        self.last_html = html
        self.view.setHtml(html, self.base_url)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self._pending:  # the article opened at start-up: render after the first paint
                QTimer.singleShot(0, self, self.render_now)

    def _on_load_finished(self, _ok: bool) -> None:
        self._loading = False
        self.last_latency_ms = (time.perf_counter() - self._started_at) * 1000
        if self._scroll_y > 0:
            self._page.runJavaScript(
                f"window.scrollTo(0, {self._scroll_y:.0f});",
                QWebEngineScript.ScriptWorldId.ApplicationWorld,
            )
        self.rendered.emit(self.last_latency_ms)
        if self._pending:
            self.request_update()
