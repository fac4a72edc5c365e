"""Small dialogs of the workflow: the return note, the schedule time, warnings.

Each asks for exactly what the service needs and refuses what it would
refuse (an empty note, a time in the past), so the user hears it at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.workflow import DuePublication
from newsdesk.text.checks import Finding, Severity, field_label

#: Short alias; pyside6-lupdate still finds ``T.translate("Workflow", …)``.
T = QCoreApplication
SEOUL = ZoneInfo("Asia/Seoul")
SEOUL_QT = QTimeZone(b"Asia/Seoul")


class ReturnNoteDialog(QDialog):
    """Returning an article needs a note: the reporter must know what to change."""

    def __init__(self, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return to reporter"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Tell the reporter what to change in “%1”.").replace("%1", headline), self
        )
        intro.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. 둘째 문단의 인용 출처를 밝혀 주세요."))
        self.note.setToolTip(self.tr("Required: shown in the article's history"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Return"))
        ok.setEnabled(False)
        self.note.textChanged.connect(lambda: ok.setEnabled(bool(self.text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.note.toPlainText().strip()


class ScheduleDialog(QDialog):
    """Pick a publication time in Asia/Seoul; only the future is accepted."""

    def __init__(self, parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule publication"))
        moment = (now or datetime.now(SEOUL)).astimezone(SEOUL) + timedelta(hours=1)
        moment = moment.replace(minute=0, second=0, microsecond=0)
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(SEOUL_QT)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), SEOUL_QT))
        self.edit.setMinimumDateTime(QDateTime.currentDateTime().toTimeZone(SEOUL_QT))
        self.edit.setToolTip(self.tr("Korea Standard Time (Asia/Seoul)"))
        label = QLabel(self.tr("Publish at (Korea time):"), self)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def when(self) -> datetime:
        seconds = self.edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, SEOUL)

    def set_when(self, moment: datetime) -> None:
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), SEOUL_QT))

    def accept(self) -> None:
        if self.when() <= datetime.now(SEOUL):
            QMessageBox.warning(
                self,
                self.tr("Time in the past"),
                self.tr("Choose a time in the future, or publish now instead."),
            )
            return
        super().accept()


def findings_html(findings: Sequence[Finding]) -> str:
    items = "".join(
        f"<li>{escape(f.message)} <i>({escape(field_label(f.field))})</i></li>" for f in findings
    )
    return f"<ul>{items}</ul>"


def confirm_warnings(
    parent: QWidget, findings: Sequence[Finding], *, submitting: bool = False
) -> bool:
    """Warnings do not block publishing (or 송고), but someone must have read them."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    if submitting:
        title = T.translate("Workflow", "Submit with warnings?")
        anyway_text = T.translate("Workflow", "Submit &anyway")
    else:
        title = T.translate("Workflow", "Publish with warnings?")
        anyway_text = T.translate("Workflow", "Publish &anyway")
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        T.translate("Workflow", "The checks found %1 warning(s):").replace("%1", str(len(findings)))
        + findings_html(findings)
    )
    anyway: QPushButton = box.addButton(anyway_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway


def show_submit_errors(parent: QWidget, findings: Sequence[Finding]) -> None:
    """Errors block 송고: say so, and which (the checks dock lists them too)."""
    errors = [f for f in findings if f.severity == Severity.ERROR]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(T.translate("Workflow", "Not submitted"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        T.translate("Workflow", "Fix %1 error(s) before sending the article to the desk:").replace(
            "%1", str(len(errors))
        )
        + findings_html(errors)
        + escape(T.translate("Workflow", "Double-click a problem in Checks to go to it."))
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm_unpublish(parent: QWidget, headline: str, number: int | None) -> bool:
    """Taking an article off the site is public at once: name it and ask."""
    title = headline.strip() or T.translate("Workflow", "(untitled)")
    named = f"“{title}”" if number is None else f"“{title}” (no. {number})"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(T.translate("Workflow", "Unpublish article?"))
    box.setText(T.translate("Workflow", "Take %1 off the site?").replace("%1", named))
    box.setInformativeText(
        T.translate(
            "Workflow",
            "Its public page goes away: readers following a link or a search result "
            "find nothing there, and servers it was sent to remove it too. The article "
            "stays here and can be published again under the same number.",
        )
    )
    unpublish: QPushButton = box.addButton(
        T.translate("Workflow", "&Unpublish"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is unpublish


def due_report_html(results: Sequence[DuePublication]) -> str:
    published = [r for r in results if r.published]
    failed = [r for r in results if not r.published]
    parts = []
    if published:
        parts.append(
            T.translate("Workflow", "Published because their scheduled time has passed:")
            + "<ul>"
            + "".join(f"<li>{escape(r.headline)}</li>" for r in published)
            + "</ul>"
        )
    if failed:
        parts.append(
            T.translate("Workflow", "Not published (still scheduled):")
            + "<ul>"
            + "".join(f"<li>{escape(r.headline)} — {escape(r.problem)}</li>" for r in failed)
            + "</ul>"
        )
    return "".join(parts)


def export_summary(report: ExportReport | None) -> str:
    """What publishing did to the site folder, for the status bar."""
    if report is None:
        return T.translate("Workflow", "no site folder set")
    return (
        T.translate("Workflow", "site: %1 written, %2 unchanged, %3 removed")
        .replace("%1", str(report.written))
        .replace("%2", str(report.unchanged))
        .replace("%3", str(report.removed))
    )
