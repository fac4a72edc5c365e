"""The role rules in the user's words: why the form is read-only, why an action was refused.

The services raise :class:`PermissionDeniedError` with an English message for
the command line and a ``code`` with the action, status and names beside it.
The window phrases the refusal from those fields through Qt's translations,
so a Korean desk reads Korean, never the English text (and never a
translation that depends on matching English words).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.services.roles import PermissionDeniedError, article_refusal
from newsdesk.store.models import Article, ArticleStatus, Person

T = QCoreApplication


def action_label(action: str) -> str:
    """The name of an article action as the window's buttons and menus call it."""
    labels = {
        "edit": T.translate("Permissions", "Edit"),
        "change_author": T.translate("Permissions", "Change the author"),
        "insert_photo": T.translate("Permissions", "Insert photo into body"),
        "photo_add": T.translate("Permissions", "Add photos"),
        "photo_remove": T.translate("Permissions", "Remove photo"),
        "photo_reorder": T.translate("Permissions", "Reorder photos"),
        "photo_set_main": T.translate("Permissions", "Choose the main photo"),
        "photo_details": T.translate("Permissions", "Photo details"),
        "restore_revision": T.translate("Permissions", "Restore revision"),
        "trash": T.translate("Permissions", "Delete"),
        "restore": T.translate("Permissions", "Restore from the trash"),
        "purge": T.translate("Permissions", "Delete permanently"),
        "duplicate": T.translate("Permissions", "Duplicate"),
        "comment": T.translate("Permissions", "Comment"),
        "handoff_export": T.translate("Permissions", "Export hand-off file"),
        "submit": T.translate("Permissions", "Submit"),
        "withdraw": T.translate("Permissions", "Withdraw submission"),
        "start_review": T.translate("Permissions", "Start review"),
        "return": T.translate("Permissions", "Return to reporter"),
        "approve": T.translate("Permissions", "Approve"),
        "schedule": T.translate("Permissions", "Schedule"),
        "unschedule": T.translate("Permissions", "Cancel schedule"),
        "publish": T.translate("Permissions", "Publish"),
        "unpublish": T.translate("Permissions", "Unpublish"),
    }
    return labels.get(action, action)


def _status_reason(status: str) -> str:
    """Why a reporter's own article is read-only in ``status``."""
    if status in {ArticleStatus.SUBMITTED.value, ArticleStatus.IN_REVIEW.value}:
        return T.translate("Permissions", "Submitted — the desk is reviewing it")
    if status == ArticleStatus.APPROVED.value:
        return T.translate(
            "Permissions", "Approved by the desk — ask the desk to return it to change it"
        )
    if status == ArticleStatus.SCHEDULED.value:
        return T.translate(
            "Permissions", "Scheduled for publication — ask the desk to return it to change it"
        )
    if status == ArticleStatus.PUBLISHED.value:
        return T.translate("Permissions", "Published — ask the desk to return it to change it")
    if status == ArticleStatus.UNPUBLISHED.value:
        return T.translate("Permissions", "Taken off the site — only the desk can change it now")
    return T.translate("Permissions", "Only the desk can change this article now")


def refusal_reason(error: PermissionDeniedError) -> str:
    """The reason part of a refusal, as a short sentence of its own."""
    code = error.code
    if code == "not_author":
        return T.translate("Permissions", "Another reporter's article — you can only read it")
    if code == "status":
        return _status_reason(error.status)
    if code == "editors_only":
        return T.translate("Permissions", "Only the desk (editors and administrators) may do this")
    if code == "keeps_authorship":
        return T.translate("Permissions", "Only the desk may give an article to another reporter")
    if code == "trashed":
        return T.translate("Permissions", "The article is in the trash — restore it first")
    if code == "not_in_trash":
        return T.translate("Permissions", "The article is not in the trash")
    return T.translate("Permissions", "Your role does not allow this")


def permission_message(error: PermissionDeniedError) -> str:
    """A refusal for a dialog or the status bar: "사진 추가: 권한이 없습니다 — …"."""
    reason = refusal_reason(error)
    if not error.action:
        return reason
    return (
        T.translate("Permissions", "%1: not allowed — %2")
        .replace("%1", action_label(error.action))
        .replace("%2", reason)
    )


def read_only_text(person: Person | None, article: Article | None) -> str:
    """The banner above a form this person may not edit ("" when they may)."""
    if person is None or article is None:
        return ""
    refusal = article_refusal(person, article, "edit")
    return refusal_reason(refusal) if refusal is not None else ""
