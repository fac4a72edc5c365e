"""A publish that reached no reader: no site folder is set and no server either.

The status bar alone ("no site folder set") is easy to miss, and the editor
believes the article is online. Instead a dialog says so and offers to choose
the folder now — the site is then written at once, in the background — or
explains where to set it later (File ▸ Site settings…, Export folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.publish_targets import TargetService
from newsdesk.services.site_profile import update_profile
from newsdesk.services.workflow import WorkflowService

if TYPE_CHECKING:
    from newsdesk.ui.workflow.workflow_controller import WorkflowController

#: Short alias; pyside6-lupdate still finds ``T.translate("SiteFolder", …)``.
T = QCoreApplication


def published_nowhere(controller: WorkflowController, report: ExportReport | None) -> bool:
    """Whether a publish wrote no page and queued nothing for a server."""
    return report is None and not TargetService(controller.window.newsroom).exists()


def choose_folder(controller: WorkflowController) -> str:
    """The folder dialog (tests replace this function)."""
    return QFileDialog.getExistingDirectory(
        controller.window,
        T.translate("SiteFolder", "Choose the site folder"),
        str(Path.home()),
    )


def offer_site_folder(controller: WorkflowController, headline: str) -> QMessageBox:
    """Say the article reached no reader; offer to choose the site folder now.

    Window-modal but not blocking (the publish has finished; the window keeps
    painting): the answer is handled when a button is pressed. Returns the box,
    also kept in ``controller.last_notice``.
    """
    window = controller.window
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(T.translate("SiteFolder", "No site folder"))
    box.setText(
        T.translate(
            "SiteFolder",
            "“%1” is published, but no public page was written: no site folder is set "
            "and no server is set up.",
        ).replace("%1", headline.strip() or T.translate("SiteFolder", "(untitled)"))
    )
    box.setInformativeText(
        T.translate(
            "SiteFolder",
            "Choose the folder Newsdesk writes the public site into, and the site is "
            "written now. You can also set it later in File ▸ Site settings… (Export folder).",
        )
    )
    choose: QPushButton = box.addButton(
        T.translate("SiteFolder", "&Choose site folder…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(T.translate("SiteFolder", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: _answered(controller, button is choose))
    box.open()
    controller.last_notice = box
    return box


def _answered(controller: WorkflowController, chose: bool) -> None:
    if not chose:
        controller.message(
            T.translate(
                "SiteFolder", "Not on the site yet: set the site folder in File ▸ Site settings…"
            )
        )
        return
    folder = choose_folder(controller)
    if not folder:
        return
    newsroom = controller.window.newsroom
    update_profile(newsroom, {"export_dir": folder})

    def done(report: ExportReport | None) -> None:
        from newsdesk.ui.workflow.workflow_dialogs import export_summary

        controller.message(export_summary(report))

    controller.jobs.start(
        lambda: WorkflowService(newsroom).sync_site(), done, controller.show_error
    )
