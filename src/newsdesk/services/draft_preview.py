"""The page view of an article as it is being typed, for the preview pane.

The preview must show the editor's current, unsaved fields through the same
page builder the export uses. This starts from :func:`views.article_view` of
the saved article (photos, number, dates) and swaps in the typed fields, so
nothing about the page differs from the export except the text being edited.
"""

from __future__ import annotations

from dataclasses import replace

from newsdesk.services.articles import ArticleFields, load_article
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.views import article_view
from newsdesk.site.model import ArticleView
from newsdesk.store.models import Person, Section
from newsdesk.store.types import utc_now
from newsdesk.text.slugs import make_slug

#: Stands in for the id of an article that has never been saved.
UNSAVED_ARTICLE_ID = "00000000-0000-0000-0000-000000000000"


def draft_article_view(
    newsroom: Newsroom, article_id: str | None, fields: ArticleFields
) -> ArticleView:
    """The article page view built from ``fields`` (unsaved) on top of the saved article."""
    with newsroom.db.session() as session:
        section = session.get(Section, fields.section_id) if fields.section_id else None
        author = session.get(Person, fields.author_id) if fields.author_id else None
        if article_id is not None:
            base = article_view(load_article(session, article_id), newsroom.photos)
        else:
            now = utc_now()
            base = ArticleView(
                id=UNSAVED_ARTICLE_ID,
                number=None,
                slug="",
                headline="",
                subheadline="",
                body_markdown="",
                summary="",
                section_name="",
                section_slug="",
                byline="",
                tags=(),
                published_at=None,
                updated_at=now,
            )
        byline = fields.byline.strip() or (author.display_byline() if author else "")
        return replace(
            base,
            slug=base.slug if base.number is not None else make_slug(fields.headline),
            headline=fields.headline.strip(),
            subheadline=fields.subheadline.strip(),
            body_markdown=fields.body,
            summary=fields.summary.strip(),
            section_name=section.name if section else "",
            section_slug=section.slug if section else "",
            byline=byline,
            tags=tuple(tag.strip().lstrip("#").strip() for tag in fields.tags if tag.strip()),
        )
