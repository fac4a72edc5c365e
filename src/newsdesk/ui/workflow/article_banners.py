"""The workflow's messages in the form's banner: the desk's note on a returned
article (until the reporter submits again) and the time a scheduled article
goes out.

They go into the shared :class:`FormBanner` under their own keys, so other
messages (why a form is read-only) keep theirs; the banner shows the most
pressing one.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from newsdesk.services.errors import NotFoundError
from newsdesk.services.workflow import WorkflowService
from newsdesk.site.dates import to_seoul
from newsdesk.store.models import Article, ArticleStatus
from newsdesk.ui.editor.form_banner import BannerKind, FormBanner

T = QCoreApplication
RETURNED_KEY = "workflow/returned"
SCHEDULED_KEY = "workflow/scheduled"
#: The desk's note is what the reporter must act on: above facts like a schedule.
RETURNED_PRIORITY = 30
SCHEDULED_PRIORITY = 20


def fill(template: str, *values: str) -> str:
    """Put ``values`` into %1, %2, … in one pass, so a note that itself holds "%2"
    stays as written."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )


def korean_moment(moment: datetime) -> str:
    """Asia/Seoul, as the newsroom says it: "12월 1일 14:30"."""
    local = to_seoul(moment)
    return f"{local.month}월 {local.day}일 {local:%H:%M}"


class ArticleBanners:
    """Sets the returned / scheduled messages for the open article."""

    def __init__(self, banner: FormBanner, service: WorkflowService) -> None:
        self.banner = banner
        self.service = service
        self._shown_for: tuple[object, ...] | None = None

    def show_for(self, article: Article | None, *, force: bool = False) -> None:
        """Update for ``article`` (None: a new, unsaved one); cheap when nothing moved."""
        key = (
            (article.id, article.status, article.version, article.scheduled_at)
            if article is not None
            else None
        )
        if key == self._shown_for and not force:
            return
        self._shown_for = key
        self.banner.set_message(
            RETURNED_KEY, self._returned_text(article), BannerKind.ACTION, RETURNED_PRIORITY
        )
        self.banner.set_message(
            SCHEDULED_KEY, _scheduled_text(article), BannerKind.INFO, SCHEDULED_PRIORITY
        )

    def _returned_text(self, article: Article | None) -> str:
        if article is None or article.status != ArticleStatus.RETURNED.value:
            return ""
        try:
            notice = self.service.return_notice(article.id)
        except NotFoundError:
            return ""
        if notice is None:
            return T.translate("Workflow", "Returned by the desk")
        actor = notice.actor or T.translate("Workflow", "the desk")
        template = T.translate("Workflow", "Returned by the desk: %1 — %2, %3")
        return fill(template, notice.note, actor, korean_moment(notice.at))


def _scheduled_text(article: Article | None) -> str:
    if article is None or article.status != ArticleStatus.SCHEDULED.value:
        return ""
    if article.scheduled_at is None:
        return ""
    return T.translate("Workflow", "Scheduled to publish: %1").replace(
        "%1", korean_moment(article.scheduled_at)
    )
