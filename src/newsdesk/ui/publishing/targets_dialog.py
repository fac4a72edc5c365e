"""Publish targets: the servers the newsroom pushes articles to.

A target's name and URL are settings in the newsroom database; its token is
a credential and goes straight from the password field to the OS keyring
(:meth:`TargetService.set_token`). The dialog never shows, logs or stores
the token anywhere else, and clears the field once it is stored. The token
column says when the keyring holds only a token for an earlier address or an
earlier version's shared one: neither is sent, and the latter is used only
after the user confirms it was set for this newsroom ("Use earlier token…").

"Test connection" asks the server's health endpoint and then an
authenticated article list in a worker thread, so a slow or unreachable
server never freezes the dialog, and shows the client's own error text
(which says what to fix: the token, the certificate, the address).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.publish.api_errors import ApiError
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publish_targets import TargetInfo, TargetService, TokenState

COL_NAME = 0
COL_URL = 1
COL_ENABLED = 2
COL_TOKEN = 3


class ConnectionTestWorker(QObject):
    """Health check plus one authenticated request, off the UI thread."""

    #: (1 for success / 0 for failure, message)
    done = Signal(int, str)

    def __init__(self, newsroom: Newsroom, name: str) -> None:
        super().__init__()
        self._home = QThread.currentThread()
        self._targets = TargetService(newsroom)
        self._name = name

    @Slot()
    def run(self) -> None:
        ok, message = 0, ""
        try:
            with self._targets.client(self._name) as client:
                client.health()
                page = client.list_articles(1)
            ok, message = 1, str(page.total)
        except (ApiError, NewsdeskError) as exc:
            message = str(exc)
        except Exception as exc:  # shown to the user, who can report it
            message = f"{type(exc).__name__}: {exc}"
        self.moveToThread(self._home)
        self.done.emit(ok, message)


class TargetsDialog(QDialog):
    """List, add, remove, enable and test publish targets."""

    #: Emitted when targets were added, removed, enabled or given a token.
    targets_changed = Signal()
    #: Emitted with the shown text when a connection test ends (for tests and logs).
    test_finished = Signal(str)

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish targets"))
        self.resize(720, 460)
        self._newsroom = newsroom
        self._service = TargetService(newsroom)
        self._targets: list[TargetInfo] = []
        self._test: tuple[QThread, ConnectionTestWorker] | None = None

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Server address"), self.tr("Enabled"), self.tr("Token")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_URL, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(COL_TOKEN, 140)

        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.enable_button = QPushButton(self.tr("Disable"), self)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.set_token_button = QPushButton(self.tr("Set token"), self)
        self.set_token_button.setToolTip(
            self.tr("Store the token typed below for the selected target")
        )
        self.adopt_button = QPushButton(self.tr("Use earlier token…"), self)
        self.adopt_button.setToolTip(
            self.tr(
                "Use the token an earlier Newsdesk saved under this target name, "
                "only if it was set for this newsroom"
            )
        )
        row_buttons = QHBoxLayout()
        for button in (
            self.test_button,
            self.enable_button,
            self.set_token_button,
            self.adopt_button,
            self.remove_button,
        ):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("site")
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://news.example.kr")
        self.token_edit = QLineEdit(self)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("from `newsdesk token create` on the server"))
        self.add_button = QPushButton(self.tr("Add target"), self)
        add_box = QGroupBox(self.tr("New target"), self)
        form = QFormLayout(add_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("Token"), self.token_edit)
        note = QLabel(self.tr("The token is kept in the system keyring, never in files."), self)
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow("", self.add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(add_box)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_target)
        self.remove_button.clicked.connect(self.remove_selected)
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.set_token_button.clicked.connect(self.set_token_of_selected)
        self.adopt_button.clicked.connect(self.adopt_earlier_token_of_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # -- list ------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.selected_name()
        self._targets = self._service.list()
        self.table.setRowCount(len(self._targets))
        for position, target in enumerate(self._targets):
            values = [
                target.name,
                target.url,
                self.tr("Yes") if target.enabled else self.tr("No"),
                self._token_label(target.token_state),
            ]
            for column, text in enumerate(values):
                self.table.setItem(position, column, QTableWidgetItem(text))
            if target.name == chosen:
                self.table.selectRow(position)
        if chosen is None and self._targets:
            self.table.selectRow(0)
        self._update_buttons()

    def _token_label(self, state: TokenState) -> str:
        labels = {
            TokenState.STORED: self.tr("Stored in keyring"),
            TokenState.MISSING: self.tr("Missing"),
            TokenState.ADDRESS_CHANGED: self.tr("Address changed: enter again"),
            TokenState.EARLIER_VERSION: self.tr("Earlier version's: enter or use"),
        }
        return labels[state]

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        position = items[0].row()
        return self._targets[position].name if 0 <= position < len(self._targets) else None

    def select(self, name: str) -> None:
        for position, target in enumerate(self._targets):
            if target.name == name:
                self.table.selectRow(position)

    def _selected(self) -> TargetInfo | None:
        name = self.selected_name()
        return next((t for t in self._targets if t.name == name), None)

    def _update_buttons(self) -> None:
        target = self._selected()
        testing = self._test is not None
        for button in (self.remove_button, self.enable_button, self.set_token_button):
            button.setEnabled(target is not None)
        self.test_button.setEnabled(target is not None and not testing)
        self.adopt_button.setEnabled(
            target is not None and target.token_state is TokenState.EARLIER_VERSION
        )
        if target is not None:
            self.enable_button.setText(self.tr("Disable") if target.enabled else self.tr("Enable"))

    def _show_result(self, text: str, ok: bool) -> None:
        colour = "#1d7a33" if ok else "#b3261e"
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.setText(text)

    # -- actions -----------------------------------------------------------------

    def add_target(self) -> None:
        """Add the target, then store its token (if typed) in the keyring."""
        name = self.name_edit.text().strip()
        token = self.token_edit.text()
        try:
            self._service.add(name, self.url_edit.text())
        except NewsdeskError as error:
            self._show_result(str(error), ok=False)
            return
        message = self.tr("Target %1 added.").replace("%1", name)
        if token.strip():
            try:
                self._service.set_token(name, token)
            except NewsdeskError as error:
                message = self.tr("Target %1 added, but the token was not stored: %2")
                message = message.replace("%1", name).replace("%2", str(error))
        self.token_edit.clear()
        self.name_edit.clear()
        self.url_edit.clear()
        self.reload()
        self.select(name)
        self._show_result(message, ok=True)
        self.targets_changed.emit()

    def set_token_of_selected(self) -> None:
        target = self._selected()
        if target is None:
            return
        try:
            self._service.set_token(target.name, self.token_edit.text())
        except NewsdeskError as error:
            self._show_result(str(error), ok=False)
            return
        self.token_edit.clear()
        self.reload()
        self._show_result(self.tr("Token of %1 stored.").replace("%1", target.name), ok=True)
        self.targets_changed.emit()

    def adopt_earlier_token_of_selected(self, *, confirm: bool = True) -> None:
        """Adopt an earlier version's shared token, after the user says it is this newsroom's."""
        target = self._selected()
        if target is None or target.token_state is not TokenState.EARLIER_VERSION:
            return
        if confirm:
            question = self.tr(
                "An earlier Newsdesk saved a token for a target named %1, shared by every "
                "data folder on this PC. Use it only if it was set for this newsroom: from "
                "now on it is sent to %2 alone, and other data folders can no longer use it."
            )
            answer = QMessageBox.question(
                self,
                self.tr("Use earlier token"),
                question.replace("%1", target.name).replace("%2", target.url),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._service.adopt_earlier_token(target.name)
        except NewsdeskError as error:
            self._show_result(str(error), ok=False)
            return
        self.reload()
        self._show_result(self.tr("Token of %1 stored.").replace("%1", target.name), ok=True)
        self.targets_changed.emit()

    def remove_selected(self, *, confirm: bool = True) -> None:
        target = self._selected()
        if target is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove target"),
                self.tr(
                    "Remove %1? Its token is deleted and its unsent jobs are cancelled."
                ).replace("%1", target.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._service.remove(target.name)
        except NewsdeskError as error:
            self._show_result(str(error), ok=False)
            return
        self.reload()
        self._show_result(self.tr("Target %1 removed.").replace("%1", target.name), ok=True)
        self.targets_changed.emit()

    def toggle_enabled(self) -> None:
        target = self._selected()
        if target is None:
            return
        self._service.set_enabled(target.name, not target.enabled)
        self.reload()
        self.targets_changed.emit()

    def test_selected(self) -> None:
        target = self._selected()
        if target is None or self._test is not None:
            return
        self._show_result(self.tr("Testing %1…").replace("%1", target.url), ok=True)
        thread = QThread(self)
        worker = ConnectionTestWorker(self._newsroom, target.name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.done.connect(self._on_test_done)
        self._test = (thread, worker)
        self._update_buttons()
        thread.start()

    @Slot(int, str)
    def _on_test_done(self, ok: int, message: str) -> None:
        if self._test is not None:
            self._test[0].wait()
        self._test = None
        if ok:
            text = self.tr(
                "Connection OK: the server answered and accepted the token (%1 articles)."
            )
            text = text.replace("%1", message)
        else:
            text = self.tr("Connection failed: %1").replace("%1", message)
        self._show_result(text, ok=bool(ok))
        self._update_buttons()
        self.test_finished.emit(text)

    def done(self, result: int) -> None:
        """Wait for a running connection test: its thread must not outlive the dialog."""
        if self._test is not None:
            self._test[0].wait()
            self._test = None
        super().done(result)
