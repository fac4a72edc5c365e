"""The main window: article list | editor | preview and photos.

The window wires panels to services and to each other; it holds no data
logic of its own. Every change goes through the services, long work runs in
the dialogs' workers, and the window's layout and last article come back
from :class:`QSettings` (injected, so tests never touch the user's settings).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from newsdesk.services.articles import ArticleFields, ArticleService, new_draft_fields
from newsdesk.services.autosave import AutosaveService, RecoveredDraft
from newsdesk.services.draft_preview import draft_article_view
from newsdesk.services.errors import ConflictError, NewsdeskError, NotFoundError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.site_profile import newsroom_site_view
from newsdesk.site.builder import PageBuilder
from newsdesk.site.model import ArticleView
from newsdesk.ui.app.about_dialog import AboutDialog
from newsdesk.ui.app.article_permissions import ArticlePermissions
from newsdesk.ui.app.help_viewer import show_user_guide
from newsdesk.ui.app.i18n import LANGUAGE_KEY, language_setting
from newsdesk.ui.app.window_actions import WindowActions, build_actions, install_menus
from newsdesk.ui.app.window_state import last_article, restore_layout, save_layout
from newsdesk.ui.articles.article_list_panel import ArticleListPanel
from newsdesk.ui.articles.change_refresher import install_change_refresher
from newsdesk.ui.dialogs.backup_actions import BackupController
from newsdesk.ui.editor.autosave_controller import AutosaveController
from newsdesk.ui.editor.editor_panel import EditorPanel, commit_input_method
from newsdesk.ui.editor.preview_pane import PreviewPane
from newsdesk.ui.editor.recovery_dialog import RecoveryDialog
from newsdesk.ui.editor.save_conflicts import SaveConflictHandler
from newsdesk.ui.editor.status_counters import StatusCounters
from newsdesk.ui.editor.storage_warning import StorageWarning, describe_error
from newsdesk.ui.editor.writing_tools import install_writing_tools
from newsdesk.ui.photos.body_photos import BodyPhotos
from newsdesk.ui.photos.photos_panel import PhotosPanel
from newsdesk.ui.publishing.handoff_controller import HandoffController
from newsdesk.ui.publishing.server_publishing import install_server_publishing
from newsdesk.ui.workflow.workflow_controller import WorkflowController


class MainWindow(QMainWindow):
    """Newsdesk's editor window for one opened newsroom."""

    def __init__(
        self,
        newsroom: Newsroom,
        *,
        settings: QSettings,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.newsroom = newsroom
        self.settings = settings
        self.articles = ArticleService(newsroom)
        self.autosaves = AutosaveService(newsroom)
        #: Who is working (every service call is made as them); None: no identity chosen.
        self.current_person = PeopleService(newsroom).get(person_id) if person_id else None
        self.setWindowTitle("Newsdesk")
        self.setMinimumSize(720, 480)

        self.list_panel = ArticleListPanel(self.articles, self)
        self.editor = EditorPanel(self.articles, self)
        self.preview = PreviewPane(
            self._make_builder(), str(newsroom.photos.media_root), self._preview_view, self
        )
        self.photos_panel = PhotosPanel(newsroom, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.preview, self.tr("Previe&w"))
        self.side_tabs.addTab(self.photos_panel, self.tr("Pho&tos"))
        self.side_tabs.setDocumentMode(True)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.list_panel, self.editor, self.side_tabs):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self._default_split_pending = True
        self.setCentralWidget(self.splitter)

        self.counters = StatusCounters(self)
        self.save_state_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_state_label)
        self.storage_warning = StorageWarning(self, self.save_state_label)
        self.statusBar().addPermanentWidget(self.counters)

        self.autosave = AutosaveController(newsroom, self.editor.fields, self)
        self.autosave.actor_id = person_id if self.current_person else None
        self.save_conflicts = SaveConflictHandler(
            newsroom, self.autosave, self.editor.set_fields, self
        )
        self.actions_ = build_actions(self)
        install_menus(self, self.actions_, language_setting(self.settings))
        self.permissions = ArticlePermissions(self)  # who may do what: applied by workflow
        self.workflow = WorkflowController(self)
        self.handoff = HandoffController(self)
        self.backups = BackupController(self)
        self.server_publishing = install_server_publishing(self)
        self.body_photos = BodyPhotos(self)  # files and pictures dropped on the body
        self.change_refresher = install_change_refresher(self)  # the CLI, other windows
        self.writing_tools = install_writing_tools(self)  # 서식, zoom, full screen
        self._connect(self.actions_)
        self.new_article()
        self.list_panel.apply_filters()
        self.restore_settings()

    # -- construction -----------------------------------------------------

    def _make_builder(self) -> PageBuilder:
        return PageBuilder(newsroom_site_view(self.newsroom))

    def _connect(self, a: WindowActions) -> None:
        a.new_article.triggered.connect(self.new_article)
        a.duplicate.triggered.connect(self.duplicate_article)
        a.save.triggered.connect(self.save_article)
        a.delete.triggered.connect(self.delete_article)
        a.trash.triggered.connect(self.show_trash)
        a.export.triggered.connect(self.show_export)
        a.site_settings.triggered.connect(self.show_site_settings)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.editor.body.undo)
        a.redo.triggered.connect(self.editor.body.redo)
        a.find.triggered.connect(lambda: self.editor.find_bar.open_bar(False))
        a.replace.triggered.connect(lambda: self.editor.find_bar.open_bar(True))
        a.search_list.triggered.connect(self.list_panel.search_box.setFocus)
        a.bold.triggered.connect(self.editor.body.toggle_bold)
        a.italic.triggered.connect(self.editor.body.toggle_italic)
        a.link.triggered.connect(lambda: self.editor.body.insert_link())
        a.insert_photo.triggered.connect(self.insert_selected_photo)
        for action in (a.language_system, a.language_korean, a.language_english):
            action.triggered.connect(lambda _=False, act=action: self.choose_language(act.data()))
        a.about.triggered.connect(lambda: AboutDialog(self).exec())
        a.user_guide.triggered.connect(lambda: show_user_guide(self))

        self.editor.changed.connect(self._on_edited)
        self.editor.body.textChanged.connect(
            lambda: self.counters.set_text(self.editor.body.toPlainText())
        )
        self.list_panel.article_selected.connect(self._on_list_selection)
        self.autosave.dirty_changed.connect(lambda _dirty: self._update_title())
        self.autosave.autosaved.connect(lambda: self._show_save_state(self.tr("Autosaved")))
        self.autosave.store_failed.connect(self.storage_warning.store_failed)
        self.photos_panel.store_failed.connect(self.storage_warning.store_failed)
        self.photos_panel.photos_changed.connect(self.preview.request_update)
        self.photos_panel.details_changed.connect(self.preview.request_update)
        self.photos_panel.photos_changed.connect(self.list_panel.refresh)
        self.photos_panel.insert_reference_requested.connect(self.insert_photo_reference)
        self.photos_panel.save_required.connect(self.save_article)

    # -- the open article ---------------------------------------------------

    @property
    def current_article_id(self) -> str | None:
        return self.autosave.article_id

    def _preview_view(self) -> ArticleView | None:
        commit_input_method()
        try:
            return draft_article_view(self.newsroom, self.current_article_id, self.editor.fields())
        except NotFoundError:
            return draft_article_view(self.newsroom, None, self.editor.fields())

    def _on_edited(self) -> None:
        self.autosave.note_change()
        self.preview.request_update()

    def _show_save_state(self, text: str) -> None:
        self.storage_warning.stored()
        self.save_state_label.setText(text)

    def _update_title(self) -> None:
        headline = self.editor.headline.text().strip() or self.tr("New article")
        self.setWindowTitle(f"{headline}[*] — Newsdesk")
        self.setWindowModified(self.autosave.dirty)
        for action in (self.actions_.duplicate, self.actions_.delete):
            action.setEnabled(self.current_article_id is not None)
        self.workflow.refresh()

    def _show_error(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, describe_error(error))

    def leave_current(self) -> bool:
        """Save the open article before showing another; False if that failed."""
        self.photos_panel.flush()
        if not self.autosave.dirty:
            return True
        if "edit" not in self.permissions.allowed:  # a save would only be refused
            return self.permissions.release_unsavable()
        return self.save_article()

    def _show(self, article_id: str | None, fields: ArticleFields) -> None:
        self.editor.set_fields(fields)
        self.counters.set_text(fields.body, immediately=True)
        self.photos_panel.set_article(article_id)
        self.list_panel.select_article(article_id)
        self._update_title()
        self.preview.render_now()

    def new_article(self) -> None:
        if not self.leave_current():
            return
        self.autosave.start_new()
        self._show(None, new_draft_fields(self.current_person))
        self._show_save_state("")
        self.editor.focus_headline()

    def open_article(self, article_id: str) -> None:
        """Show a saved article in the editor (saving the open one first)."""
        if article_id == self.current_article_id:
            return
        if not self.leave_current():
            self.list_panel.select_article(self.current_article_id)
            return
        try:
            article = self.articles.get(article_id)
        except NotFoundError as error:
            self._show_error(self.tr("Cannot open article"), error)
            return
        self.autosave.open(article)
        self._show(article.id, ArticleFields.of(article))
        self._show_save_state("")

    def _on_list_selection(self, article_id: str) -> None:
        self.open_article(article_id)

    def restore_draft(self, draft: RecoveredDraft) -> None:
        """Put recovered typing back into the editor; it stays autosaved until saved."""
        article_id = draft.article_id
        if article_id is not None:
            try:
                self.articles.get(article_id)
            except NotFoundError:
                article_id = None
        self.autosave.adopt(draft)
        if article_id is None:
            self.autosave.article_id = None
        self._show(article_id, draft.fields)
        self._show_save_state(self.tr("Restored unsaved typing"))

    def offer_recovery(self) -> RecoveryDialog | None:
        """At start-up: ask about autosaves left by a crash. Returns the dialog if shown."""
        drafts = self.autosaves.pending()
        if not drafts:
            return None
        dialog = RecoveryDialog(self.autosaves, drafts, self)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: RecoveryDialog) -> None:
        if dialog.chosen is not None:
            self.restore_draft(dialog.chosen)

    # -- commands ---------------------------------------------------------------

    def save_article(self) -> bool:
        """Ctrl+S: write a save point. Errors are shown; the typing stays autosaved."""
        try:
            self.photos_panel.flush()  # typed photo details belong to this save point
            self.autosave.store_now()
            try:
                article, notice = self.autosave.save(), self.tr("Saved")
            except ConflictError:  # saved elsewhere meanwhile: merge, or let the user choose
                settled = self.save_conflicts.settle(self.editor.fields())
                if settled is None:
                    self._show_save_state(self.tr("Not saved: changed elsewhere meanwhile"))
                    return False
                article, notice = settled.article, settled.notice
        except NewsdeskError as error:
            self._show_error(self.tr("Cannot save"), error)
            return False
        if self.photos_panel.article_id != article.id:
            self.photos_panel.set_article(article.id)
        self.list_panel.refresh()
        self.list_panel.select_article(article.id)
        self._update_title()
        self.preview.request_update()
        self._show_save_state(notice)
        return True

    def duplicate_article(self) -> None:
        article_id = self.current_article_id
        if article_id is None or not self.permissions.allows("duplicate"):
            return
        if not self.leave_current():
            return
        try:
            copy = self.articles.duplicate(article_id, actor_id=self.workflow.actor_id())
        except NewsdeskError as error:
            self._show_error(self.tr("Cannot duplicate"), error)
            return
        self.list_panel.refresh()
        self.open_article(copy.id)

    def delete_article(self, *, confirm: bool = True) -> None:
        article_id = self.current_article_id
        if article_id is None or not self.permissions.allows("trash"):
            return
        if confirm:
            headline = self.editor.headline.text().strip() or self.tr("(untitled)")
            answer = QMessageBox.question(
                self,
                self.tr("Delete article"),
                self.tr("Move “%1” to the trash? You can restore it from the trash.").replace(
                    "%1", headline
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.articles.trash(article_id, actor_id=self.workflow.actor_id())
        except NewsdeskError as error:
            self._show_error(self.tr("Cannot delete"), error)
            return
        self.autosave.discard_changes()
        self.autosave.start_new()
        self._show(None, new_draft_fields(self.current_person))
        self.list_panel.refresh()
        self._show_save_state(self.tr("Moved to the trash"))

    def publish_article(self) -> None:
        self.workflow.publish()

    def unpublish_article(self) -> None:
        self.workflow.run_action("unpublish")

    def reload_article(self) -> None:
        """Show the stored article again (a transition or a restore changed it)."""
        if self.current_article_id is not None:
            article = self.articles.get(self.current_article_id)
            self.autosave.open(article)
            self._show(article.id, ArticleFields.of(article))
        self.list_panel.refresh()

    def insert_photo_reference(self, position: int) -> None:
        if not self.permissions.allows("insert_photo"):
            return
        photos = self.photos_panel.photos
        alt = photos[position - 1].alt_text if 0 < position <= len(photos) else ""
        self.editor.body.insert_photo_reference(position, alt)
        self.editor.body.setFocus()

    def insert_selected_photo(self) -> None:
        photos = self.photos_panel.photos
        selected = self.photos_panel.selected_photo_id()
        for position, photo in enumerate(photos, start=1):
            if photo.id == selected or (selected is None and position == 1):
                self.insert_photo_reference(position)
                return
        self.side_tabs.setCurrentWidget(self.photos_panel)
        self._show_save_state(self.tr("Add a photo first"))

    def show_trash(self) -> None:
        from newsdesk.ui.articles.trash_dialog import TrashDialog

        dialog = TrashDialog(self.newsroom, self, person=self.current_person)
        dialog.restored.connect(lambda _id: self.list_panel.refresh())
        dialog.exec()

    def show_export(self) -> None:
        from newsdesk.ui.publishing.export_dialog import ExportDialog

        if self.leave_current():
            ExportDialog(self.newsroom, self).exec()

    def show_site_settings(self) -> None:
        from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog

        if SiteSettingsDialog(self.newsroom, self).exec():
            self.preview.set_builder(self._make_builder())

    def choose_language(self, value: object) -> None:
        self.settings.setValue(LANGUAGE_KEY, str(value))
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Newsdesk starts."),
        )

    # -- settings ------------------------------------------------------------

    def restore_settings(self) -> None:
        """Window geometry, splitter sizes and the last article, from the last session."""
        if restore_layout(self, self.splitter, self.settings):
            self._default_split_pending = False
        last = last_article(self.settings)
        if last is not None:
            try:
                self.articles.get(last)
            except NotFoundError:
                return
            self.open_article(last)

    def save_settings(self) -> None:
        save_layout(self, self.splitter, self.settings, self.current_article_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_split_pending:  # first start: widths in proportion to the window
            self._default_split_pending = False
            QTimer.singleShot(0, self._apply_default_split)  # after the splitter's own layout

    def _apply_default_split(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([width * 42 // 100, width * 29 // 100, width * 29 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        commit_input_method()
        self.photos_panel.flush()
        self.autosave.store_now()
        if self.autosave.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the article before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_article():
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.autosave.discard_changes()
        self.save_settings()
        self.workflow.shutdown()
        self.handoff.shutdown()
        event.accept()
