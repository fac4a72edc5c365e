"""Full-text search over headline, sub-headline and body that works for Korean.

Korean words are mostly two syllables (교육, 시흥) and carry particles
(교육청은), so neither FTS5 ``trigram`` (blind to 2-character queries) nor
word tokens (miss 교육 in 교육청은) work; see DESIGN.md §4. Text is therefore
indexed as overlapping syllable bigrams for Hangul/CJK runs and as whole
lower-cased words for Latin/digit runs; a query becomes an FTS5 phrase of its
bigrams, so 교육청 matches only where 교육 and 육청 are adjacent.

The FTS5 rowid is the article's ``search_key``, which grows with the article's
publish (or creation) time, so "newest first" is an index walk
(``ORDER BY rowid DESC LIMIT n``) rather than a sort of every match.

On databases without FTS5 (PostgreSQL) the same API falls back to a
case-insensitive substring scan, correct but slower.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from newsdesk.store.models import Article

SEARCH_TABLE = "article_search"

# Hangul syllables and jamo, CJK ideographs, kana: scripts written without
# spaces between morphemes, indexed as bigrams.
_DENSE_RUN = (
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    r"\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff]+"
)
_TOKEN_RE = re.compile(rf"({_DENSE_RUN})|([^\W_]+)")


def _normalise(value: str) -> str:
    return unicodedata.normalize("NFC", value).lower()


def index_tokens(value: str) -> str:
    """Turn text into the space-separated token stream stored in the index."""
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(_normalise(value)):
        dense, word = match.group(1), match.group(2)
        if dense:
            if len(dense) == 1:
                tokens.append(dense)
            else:
                tokens.extend(dense[i : i + 2] for i in range(len(dense) - 1))
        else:
            tokens.append(word)
    return " ".join(tokens)


def build_match_query(query: str) -> str | None:
    """Translate what the user typed into an FTS5 MATCH expression.

    Every term must match (AND). Returns None when the query has no
    searchable characters.
    """
    parts: list[str] = []
    for match in _TOKEN_RE.finditer(_normalise(query)):
        dense, word = match.group(1), match.group(2)
        if dense and len(dense) >= 2:
            bigrams = [dense[i : i + 2] for i in range(len(dense) - 1)]
            parts.append('"' + " ".join(bigrams) + '"')
        else:
            # A single syllable or a Latin word: prefix match on the token.
            parts.append('"' + (dense or word) + '"*')
    return " ".join(parts) if parts else None


def article_document(headline: str, subheadline: str, body: str) -> str:
    """The indexed text of one article."""
    return index_tokens("\n".join((headline, subheadline, body)))


def fts_available(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:name"),
        {"name": SEARCH_TABLE},
    ).first()
    return found is not None


def update_index(connection: Connection, rows: Iterable[tuple[int | None, Article]]) -> None:
    """Replace the index entries of the given articles.

    ``rows`` pairs each article with its previous search key (None when it was
    not indexed before). Deleted (trashed) articles are removed from the index.
    """
    if not fts_available(connection):
        return
    for old_key, article in rows:
        if old_key is not None:
            connection.execute(
                text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :key"), {"key": old_key}
            )
        if article.deleted_at is None:
            connection.execute(
                text(f"INSERT INTO {SEARCH_TABLE}(rowid, tokens) VALUES (:key, :tokens)"),
                {
                    "key": article.search_key,
                    "tokens": article_document(article.headline, article.subheadline, article.body),
                },
            )


def remove_from_index(connection: Connection, search_key: int) -> None:
    if fts_available(connection):
        connection.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :key"), {"key": search_key}
        )


def rebuild_index(session: Session) -> int:
    """Re-index every live article (after a migration or a repair). Returns the count."""
    connection = session.connection()
    if not fts_available(connection):
        return 0
    connection.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    count = 0
    for article in session.scalars(select(Article).where(Article.deleted_at.is_(None))):
        update_index(connection, [(None, article)])
        count += 1
    return count


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    search_key: int


def search_articles(
    session: Session, query: str, *, limit: int = 50, before_key: int | None = None
) -> list[SearchHit]:
    """Live articles matching ``query``, newest first.

    ``before_key`` continues a previous page (keyset pagination): pass the
    ``search_key`` of the last hit shown.
    """
    connection = session.connection()
    if fts_available(connection):
        match = build_match_query(query)
        if match is None:
            return []
        sql = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
        params: dict[str, object] = {"match": match, "limit": limit}
        if before_key is not None:
            sql += " AND rowid < :before"
            params["before"] = before_key
        sql += " ORDER BY rowid DESC LIMIT :limit"
        keys = [row[0] for row in connection.execute(text(sql), params)]
        if not keys:
            return []
        rows = session.execute(
            select(Article.search_key, Article.id).where(Article.search_key.in_(keys))
        )
        ids = {key: article_id for key, article_id in rows}
        return [SearchHit(ids[key], key) for key in keys if key in ids]
    return _scan_search(session, query, limit=limit, before_key=before_key)


def _scan_search(
    session: Session, query: str, *, limit: int, before_key: int | None
) -> list[SearchHit]:
    terms = [t for t in _normalise(query).split() if t]
    if not terms:
        return []
    statement = select(Article.id, Article.search_key).where(Article.deleted_at.is_(None))
    for term in terms:
        pattern = f"%{term}%"
        statement = statement.where(
            or_(
                Article.headline.ilike(pattern),
                Article.subheadline.ilike(pattern),
                Article.body.ilike(pattern),
            )
        )
    if before_key is not None:
        statement = statement.where(Article.search_key < before_key)
    statement = statement.order_by(Article.search_key.desc()).limit(limit)
    return [SearchHit(row[0], row[1]) for row in session.execute(statement)]
