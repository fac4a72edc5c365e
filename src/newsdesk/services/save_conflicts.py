"""When a save loses to someone else's: merge what can be merged, keep both versions.

A save conflict means the article moved on (another desk, the CLI, a
hand-off import) while this editor had it open. Nothing typed is ever
dropped: the editor's text is in its autosave until the conflict is
settled, and choosing the stored version first files the editor's text as
a revision of its own. Fields changed on only one side since the version
the editor opened merge by themselves (a three-way merge per field); only
fields both sides changed differently need the user.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from newsdesk.services.articles import ArticleFields, ArticleService, load_article, snapshot
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article, Person, Revision

#: Revision reason for the editor's own text, filed when the user takes the stored version.
REASON_MINE_AT_CONFLICT = "conflict-mine"

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ArticleFields))


@dataclass(frozen=True)
class FieldMerge:
    """The outcome of merging the editor's fields with the stored ones."""

    merged: ArticleFields  # both sides' one-sided changes; the editor's text where they clash
    conflicts: tuple[str, ...]  # fields both sides changed differently
    from_theirs: tuple[str, ...]  # fields only the other side changed (taken into ``merged``)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_fields(
    base: ArticleFields | None, mine: ArticleFields, theirs: ArticleFields
) -> FieldMerge:
    """Three-way merge per field; without a ``base`` every differing field is a conflict."""
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    from_theirs: list[str] = []
    for name in FIELD_NAMES:
        my_value, their_value = getattr(mine, name), getattr(theirs, name)
        base_value = getattr(base, name) if base is not None else None
        if my_value == their_value:
            values[name] = my_value
        elif base is not None and my_value == base_value:
            values[name] = their_value
            from_theirs.append(name)
        elif base is not None and their_value == base_value:
            values[name] = my_value
        else:
            values[name] = my_value
            conflicts.append(name)
    return FieldMerge(ArticleFields(**values), tuple(conflicts), tuple(from_theirs))


@dataclass(frozen=True)
class StoredVersion:
    """The version that won: its fields, its counter, and who saved it when."""

    article_id: str
    version: int
    fields: ArticleFields
    saved_by: str  # a person's name, or "" when unknown
    saved_at: datetime


class SaveConflictService:
    """Reads the winning version and settles a conflict the way the user chose."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self._articles = ArticleService(newsroom)

    def stored_version(self, article_id: str) -> StoredVersion:
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            person = session.get(Person, article.updated_by_id) if article.updated_by_id else None
            return StoredVersion(
                article_id=article.id,
                version=article.version,
                fields=ArticleFields.of(article),
                saved_by=person.name if person else "",
                saved_at=article.updated_at,
            )

    def keep_mine(
        self, stored: StoredVersion, mine: ArticleFields, *, actor_id: int | None
    ) -> Article:
        """Save ``mine`` as a new version on top of the stored one (a save point, as Ctrl+S).

        Raises ConflictError again if the article moved on once more meanwhile.
        """
        return self._articles.save(
            stored.article_id, mine, expected_version=stored.version, actor_id=actor_id
        )

    def file_mine(self, article_id: str, mine: ArticleFields, *, actor_id: int | None) -> str:
        """Keep ``mine`` as a revision (the article itself is not changed); its id.

        What taking the stored version does first, so the editor's text stays
        findable in the history and restorable like any revision.
        """
        with self.newsroom.db.session() as session:
            article = load_article(session, article_id)
            state = snapshot(article)
            state.update(asdict(mine))
            revision = Revision(
                article_id=article.id,
                author_id=actor_id,
                reason=REASON_MINE_AT_CONFLICT,
                note="",
                snapshot=state,
            )
            session.add(revision)
            session.flush()
            return revision.id
