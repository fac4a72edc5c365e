"""The workflow's commands as QActions, placed in the Article and File menus
and on a "Workflow" toolbar.

Kept apart from the controller so one place holds every label, shortcut and
tooltip; the controller only enables them from ``allowed_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from newsdesk.ui.app.window_actions import WindowActions, _action, plain_label

#: Short alias; pyside6-lupdate still finds ``T.translate("Workflow", …)``.
T = QCoreApplication


@dataclass
class WorkflowActions:
    submit: QAction
    withdraw: QAction
    start_review: QAction
    return_: QAction
    approve: QAction
    publish: QAction
    schedule: QAction
    unschedule: QAction
    unpublish: QAction
    check: QAction
    history: QAction
    review_queue: QAction
    switch_user: QAction
    export_handoff: QAction
    import_handoff: QAction

    def by_service_action(self) -> dict[str, QAction]:
        """The actions named as :mod:`newsdesk.services.workflow` names them."""
        return {
            "submit": self.submit,
            "withdraw": self.withdraw,
            "start_review": self.start_review,
            "return": self.return_,
            "approve": self.approve,
            "publish": self.publish,
            "schedule": self.schedule,
            "unschedule": self.unschedule,
            "unpublish": self.unpublish,
        }


def build_workflow_actions(window: QMainWindow, base: WindowActions) -> WorkflowActions:
    """Create the workflow actions; Publish/Unpublish are the window's own."""
    actions = WorkflowActions(
        # Ctrl+Shift+S is "Save as" almost everywhere; Ctrl+Enter is "send" in mail
        # and chat programs, and the comment box claims it for itself while focused.
        submit=_action(
            window,
            T.translate("Workflow", "&Submit"),
            T.translate(
                "Workflow", "Run the checks and send the article to the desk for review (송고)"
            ),
            "Ctrl+Return",
        ),
        withdraw=_action(
            window,
            T.translate("Workflow", "&Withdraw submission"),
            T.translate("Workflow", "Take the article back from the desk before its review starts"),
        ),
        start_review=_action(
            window,
            T.translate("Workflow", "Start &review"),
            T.translate("Workflow", "Take the submitted article into review"),
            "Ctrl+Shift+R",
        ),
        return_=_action(
            window,
            T.translate("Workflow", "Re&turn to reporter…"),
            T.translate("Workflow", "Send the article back to its reporter with a note"),
            "Ctrl+Shift+B",
        ),
        approve=_action(
            window,
            T.translate("Workflow", "A&pprove"),
            T.translate("Workflow", "Approve the article for publication"),
            "Ctrl+Shift+A",
        ),
        publish=base.publish,
        schedule=_action(
            window,
            T.translate("Workflow", "Sc&hedule…"),
            T.translate("Workflow", "Publish the article automatically at a set time"),
            "Ctrl+Shift+H",
        ),
        unschedule=_action(
            window,
            T.translate("Workflow", "&Cancel schedule"),
            T.translate("Workflow", "Keep the article approved but not scheduled"),
            "Ctrl+Shift+X",
        ),
        unpublish=base.unpublish,
        check=_action(
            window,
            T.translate("Workflow", "Chec&k"),
            T.translate("Workflow", "Run the pre-publish checks on this article"),
            "F7",
        ),
        history=_action(
            window,
            T.translate("Workflow", "H&istory…"),
            T.translate("Workflow", "Who changed the article, and compare its revisions"),
            "Ctrl+Shift+Y",
        ),
        review_queue=_action(
            window,
            T.translate("Workflow", "Waiting for re&view"),
            T.translate("Workflow", "List only articles submitted or in review"),
            "F8",
        ),
        switch_user=_action(
            window,
            T.translate("Workflow", "S&witch user…"),
            T.translate("Workflow", "Work as another person of the newsroom"),
            "Ctrl+Shift+L",
        ),
        export_handoff=_action(
            window,
            T.translate("Workflow", "Export &hand-off file…"),
            T.translate("Workflow", "Save the selected articles with their photos in one file"),
            "Ctrl+Shift+E",
        ),
        import_handoff=_action(
            window,
            T.translate("Workflow", "&Import hand-off file…"),
            T.translate("Workflow", "Bring in articles from a .newsdesk file"),
            "Ctrl+Shift+I",
        ),
    )
    actions.review_queue.setCheckable(True)
    # The keypad's Enter too; the tooltip names the main key (Ctrl+Return).
    actions.submit.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    return actions


def install_workflow_actions(window: QMainWindow, a: WorkflowActions, quit_: QAction) -> QToolBar:
    """Fill the Article menu, add hand-off and user commands to File, and the toolbar."""
    article_menu = window.menuBar().findChild(QMenu, "article-menu")
    if isinstance(article_menu, QMenu):
        article_menu.clear()
        groups = (
            (a.submit, a.withdraw, a.start_review, a.return_, a.approve),
            (a.publish, a.schedule, a.unschedule, a.unpublish),
            (a.check, a.history),
            (a.review_queue,),
        )
        for number, group in enumerate(groups):
            if number:
                article_menu.addSeparator()
            for action in group:
                article_menu.addAction(action)
    file_menu = window.menuBar().findChild(QMenu, "file-menu")
    if isinstance(file_menu, QMenu):
        file_menu.insertAction(quit_, a.export_handoff)
        file_menu.insertAction(quit_, a.import_handoff)
        file_menu.insertSeparator(quit_)
        file_menu.insertAction(quit_, a.switch_user)
        file_menu.insertSeparator(quit_)

    toolbar = QToolBar(T.translate("Workflow", "Workflow toolbar"), window)
    toolbar.setObjectName("workflow-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    shown = (
        (a.submit, a.withdraw, a.start_review, a.return_, a.approve),
        (a.publish, a.schedule, a.unpublish),
        (a.check, a.history, a.review_queue),
    )
    for number, group in enumerate(shown):
        if number:
            toolbar.addSeparator()
        for action in group:
            action.setIconText(plain_label(action.text()))
            toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar
