"""Editorial comments beside the editor: notes between reporter and desk.

Comments are never exported; they live next to the text so a returned
article's reporter sees what to fix without leaving the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.comments import CommentService, CommentView
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.site.dates import to_seoul
from newsdesk.ui.editor.storage_warning import describe_error

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 2


def comment_time(view: CommentView) -> str:
    """Asia/Seoul, as the newsroom reads it: "11월 29일 19:05"."""
    moment = to_seoul(view.created_at)
    return f"{moment.month}월 {moment.day}일 {moment:%H:%M}"


class CommentsPanel(QWidget):
    """Lists the open article's comments; adds (Ctrl+Enter) and resolves them."""

    #: How many comments are open (unresolved): the tab's badge shows it.
    open_count_changed = Signal(int)

    def __init__(
        self,
        newsroom: Newsroom,
        actor: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = CommentService(newsroom)
        self._actor = actor
        self._may_comment = True  # see set_may_comment
        self.article_id: str | None = None

        self.header = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("Editorial notes; never published"))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.toggle_resolved())

        self.input = QPlainTextEdit(self)
        self.input.setPlaceholderText(self.tr("Write a note for the reporter or the desk…"))
        self.input.setToolTip(self.tr("Press Ctrl+Enter to add the comment"))
        self.input.setFixedHeight(self.input.fontMetrics().lineSpacing() * 3 + 14)
        self.input.setTabChangesFocus(True)
        self.input.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Comme&nt"), self)
        self.add_button.setToolTip(self.tr("Add the comment (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_comment)
        self.resolve_button = QPushButton(self.tr("&Resolve"), self)
        self.resolve_button.setToolTip(self.tr("Mark the selected comment done, or open it again"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.input.installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.input)
        layout.addLayout(buttons)
        self.comments: list[CommentView] = []
        self.set_article(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the box adds the comment (plain Enter is a new line).

        The window's 송고 shortcut is Ctrl+Enter too: the box claims the key while
        it has the focus (ShortcutOverride), so writing a note never submits.
        """
        if (
            watched is self.input
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            self.add_comment()
            return True
        return super().eventFilter(watched, event)

    def set_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.comments = self._service.for_article(self.article_id) if self.article_id else []
        for view in self.comments:
            resolved = view.resolved_at is not None
            state = self.tr("resolved") if resolved else self.tr("open")
            author = view.author or self.tr("(unknown)")
            mark = "✓" if resolved else "●"
            item = QListWidgetItem(
                f"{mark} {author} · {comment_time(view)} · {state}\n{view.body}", self.list
            )
            item.setData(COMMENT_ID_ROLE, view.id)
            item.setData(RESOLVED_ROLE, resolved)
            item.setToolTip(escape(view.body))
            if resolved:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
        open_count = sum(1 for v in self.comments if v.resolved_at is None)
        self.open_count_changed.emit(open_count)
        if self.article_id is None:
            self.header.setText(self.tr("Save the article to comment on it."))
        else:
            self.header.setText(
                self.tr("%1 comment(s), %2 open")
                .replace("%1", str(len(self.comments)))
                .replace("%2", str(open_count))
            )
        self._update_buttons()

    def set_may_comment(self, allowed: bool) -> None:
        """Follow the role rule ("comment" in ``allowed_actions``): reporters comment on
        their own articles, the desk on every one."""
        self._may_comment = allowed
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_article = self.article_id is not None and self._actor() is not None
        has_article = has_article and self._may_comment
        self.input.setEnabled(has_article)
        self.add_button.setEnabled(has_article and bool(self.input.toPlainText().strip()))
        item = self.list.currentItem()
        self.resolve_button.setEnabled(item is not None)
        if item is not None and item.data(RESOLVED_ROLE):
            self.resolve_button.setText(self.tr("Re&open"))
        else:
            self.resolve_button.setText(self.tr("&Resolve"))

    def add_comment(self) -> None:
        actor = self._actor()
        text = self.input.toPlainText().strip()
        if self.article_id is None or actor is None or not text:
            return
        try:
            self._service.add(self.article_id, actor, text)
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot add the comment"), describe_error(error))
            return
        self.input.clear()
        self.reload()
        self.list.setCurrentRow(self.list.count() - 1)

    def toggle_resolved(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = self.list.currentRow()
        try:
            self._service.set_resolved(
                int(item.data(COMMENT_ID_ROLE)), not item.data(RESOLVED_ROLE)
            )
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot change the comment"), str(error))
            return
        self.reload()
        self.list.setCurrentRow(row)


class CommentBadge(QLabel):
    """The number of open comments, drawn as a small pill on the comments tab, so a
    returned article's reporter sees at a glance that the desk left notes."""

    def __init__(self, tabs: QTabWidget, panel: CommentsPanel) -> None:
        super().__init__(tabs)
        self.setObjectName("comment-badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel#comment-badge { background: #c0392b; color: white; font-weight: bold;"
            " border-radius: 8px; padding: 0px 5px; min-width: 8px; }"
        )
        self.count = 0
        self.hide()
        tabs.tabBar().setTabButton(tabs.indexOf(panel), QTabBar.ButtonPosition.RightSide, self)
        panel.open_count_changed.connect(self.set_count)
        self.set_count(sum(1 for v in panel.comments if v.resolved_at is None))

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(str(count))
        self.setToolTip(self.tr("%1 open comment(s)").replace("%1", str(count)))
        self.setVisible(count > 0)
