"""Exporting the public site from the database: the use case behind
``newsdesk export html`` and the GUI's export dialog.

Data is gathered in one short read transaction first, then pages are planned
and written (Pelican's "build all data, then write"), so a long export never
holds the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsdesk.gc_pause import gc_paused
from newsdesk.publish.static_site import ExportProgress, ExportReport, export_site
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import load_site_view
from newsdesk.services.site_snapshot import missing_web_derivatives, published_views
from newsdesk.site.errors import require_complete_footer
from newsdesk.site.model import ArticleView, SiteView
from newsdesk.site.plan import media_copies
from newsdesk.store.types import utc_now


@dataclass(frozen=True)
class SiteSnapshot:
    site: SiteView
    articles: list[ArticleView]
    copies: list[tuple[str, Path]]


class SiteExportService:
    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

    def snapshot(self) -> SiteSnapshot:
        """Everything the site needs, read at one moment."""
        store = self.newsroom.photos
        with gc_paused(), self.newsroom.db.session() as session:
            site = load_site_view(session)
            require_complete_footer(site.footer)
            articles = published_views(session, store)
        # derivatives can be missing after a hand-off import
        for sha256, edit in missing_web_derivatives(articles, store):
            store.ensure_derivatives(sha256, edit)
        return SiteSnapshot(site, articles, media_copies(articles, store.media_root))

    def export(
        self,
        out_dir: Path,
        *,
        now: datetime | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Iterator[ExportProgress]:
        """Yield progress; the last item carries the :class:`ExportReport`.

        Raises IncompleteFooterError (listing the missing legal fields) before
        writing anything.
        """
        snap = self.snapshot()
        return export_site(
            snap.site,
            snap.articles,
            out_dir,
            now=now or utc_now(),
            copies=snap.copies,
            cancel=cancel,
        )

    def run(self, out_dir: Path, *, now: datetime | None = None) -> ExportReport:
        report: ExportReport | None = None
        for progress in self.export(out_dir, now=now):
            report = progress.report or report
        assert report is not None
        return report
