"""Who is using this PC: pick (or add) yourself at first start, switch later.

Every change the services record carries an actor, so the window needs a
person before it edits anything. The choice is remembered in QSettings
("user/person_id"); tests and the screenshot command pass the person in
directly and never see the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.store.models import Article, Person, Role
from newsdesk.ui.editor.editor_panel import EditorPanel

PERSON_KEY = "user/person_id"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def role_label(role: str) -> str:
    """The translated role name ("편집자" for editor)."""
    labels = {
        Role.REPORTER.value: QCoreApplication.translate("Identity", "Reporter"),
        Role.EDITOR.value: QCoreApplication.translate("Identity", "Editor"),
        Role.ADMIN.value: QCoreApplication.translate("Identity", "Administrator"),
    }
    return labels.get(role, role)


def person_label(person: Person | None) -> str:
    """What the status bar shows: "오세훈 · 편집자"."""
    if person is None:
        return QCoreApplication.translate("Identity", "No user chosen")
    return f"{person.name} · {role_label(person.role)}"


def stored_person(newsroom: Newsroom, settings: QSettings) -> Person | None:
    """The remembered person, if they still exist in this newsroom."""
    value = settings.value(PERSON_KEY)
    try:
        person_id = int(str(value))
    except (TypeError, ValueError):
        return None
    person = PeopleService(newsroom).get(person_id)
    return person if person is not None and person.active else None


def remember_person(settings: QSettings, person: Person) -> None:
    settings.setValue(PERSON_KEY, person.id)
    settings.sync()


class IdentityDialog(QDialog):
    """Lists the newsroom's people (name and role); pick one or add yourself."""

    def __init__(
        self, newsroom: Newsroom, parent: QWidget | None = None, current: int | None = None
    ) -> None:
        super().__init__(parent)
        self._people = PeopleService(newsroom)
        self.chosen: Person | None = None
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(380)

        intro = QLabel(
            self.tr(
                "Choose your name. Newsdesk records who changes, submits and "
                "publishes each article."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("The newsroom's people and their roles"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        add_box = QGroupBox(self.tr("Not in the list? Add yourself"), self)
        self.name_edit = QLineEdit(add_box)
        self.name_edit.setPlaceholderText(self.tr("e.g. 김민수"))
        self.name_edit.setToolTip(self.tr("Your name as colleagues know it"))
        self.role_box = QComboBox(add_box)
        self.role_box.setToolTip(self.tr("Reporters write; editors review and publish"))
        for role in Role:
            self.role_box.addItem(role_label(role.value), role.value)
        self.add_button = QPushButton(self.tr("&Add"), add_box)
        self.add_button.setToolTip(self.tr("Add this person and choose them"))
        self.add_button.clicked.connect(self.add_person)
        form = QFormLayout(add_box)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_box)
        form.addRow("", self.add_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(add_box)
        layout.addWidget(self.buttons)
        self.reload(current)

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for person in self._people.list():
            item = QListWidgetItem(person_label(person), self.list)
            item.setData(PERSON_ID_ROLE, person.id)
            if person.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def select_person(self, person_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PERSON_ID_ROLE) == person_id:
                self.list.setCurrentRow(row)

    def add_person(self) -> None:
        try:
            person = self._people.add(self.name_edit.text(), str(self.role_box.currentData()))
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot add person"), str(error))
            return
        self.name_edit.clear()
        self.reload(person.id)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            QMessageBox.information(
                self, self.tr("Choose a person"), self.tr("Choose your name or add yourself.")
            )
            return
        self.chosen = self._people.get(int(item.data(PERSON_ID_ROLE)))
        super().accept()


def ask_person(
    newsroom: Newsroom, settings: QSettings, parent: QWidget | None = None
) -> Person | None:
    """The remembered person, or ask (first start, or they were removed)."""
    person = stored_person(newsroom, settings)
    if person is not None:
        return person
    dialog = IdentityDialog(newsroom, parent)
    if dialog.exec() and dialog.chosen is not None:
        remember_person(settings, dialog.chosen)
        return dialog.chosen
    return None


def show_saved_author(editor: EditorPanel, article: Article) -> None:
    """A reporter's first save makes them the author, with their byline: show that
    in the form (without it counting as an edit), or the next save would send the
    form's empty author and byline back."""
    if editor.author.currentData() is not None and editor.byline.text():
        return
    if editor.author.findData(article.author_id) < 0:
        editor.reload_choices()
    for widget in (editor.author, editor.byline):
        widget.blockSignals(True)
    if editor.author.currentData() is None:
        editor.author.setCurrentIndex(max(editor.author.findData(article.author_id), 0))
    if not editor.byline.text():
        editor.byline.setText(article.byline)
    for widget in (editor.author, editor.byline):
        widget.blockSignals(False)
