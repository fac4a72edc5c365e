"""Build a synthetic Korean newsroom of N published articles, fast.

Rows go in through SQLAlchemy Core ``executemany`` on the real tables (so
column defaults and the UTC datetime type apply exactly as in the app) and the
search index is filled with :func:`newsdesk.store.search.article_document` —
what the session events would write — keyed by each article's ``search_key``
(publish time in microseconds). The result opens in the app like any other
data folder.

Run: ``python benchmarks/synthetic_newsroom.py 100000 /tmp/bench-100k``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, text

from newsdesk.services.demo_content import PEOPLE, SECTIONS, SITE
from newsdesk.services.importing import person_named, section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import update_profile
from newsdesk.store.models import Article, ArticleStatus, Role
from newsdesk.store.search import SEARCH_TABLE, article_document
from newsdesk.text.slugs import make_slug

#: A term that occurs in about one article in a thousand.
RARE_TERM = "갯벌생태관"

_PLACES = [
    "시흥",
    "정왕동",
    "배곧",
    "월곶",
    "오이도",
    "대야동",
    "목감동",
    "은계",
    "장곡동",
    "거북섬",
]
_SUBJECTS = [
    "교육청은", "시의회가", "도시재생", "교육", "주민자치회는", "시흥시는", "교육지원청이",
    "스마트허브", "전통시장", "청년 창업", "복지관은", "소방서가", "경찰서는",
]  # fmt: skip
_OBJECTS = [
    "예산을", "계획을", "사업을", "조례안을", "공청회를", "축제를", "협약을", "시설을",
    "도시재생 뉴딜을", "교육 혁신지구를", "과밀학급 해소를", "통학로 안전을",
]  # fmt: skip
_VERBS = ["발표했다", "확정했다", "추진한다", "점검했다", "마련했다", "열었다", "늘린다"]
_LATIN = ["Smart Hub", "K-water", "RE100", "ESG", "AI", "GTX", "BTS", "KTX", "startup"]
_HEADLINE_TAILS = ["본격 추진", "첫발", "확대", "마무리", "논란", "새로 연다", "역대 최대"]


def _sentence(rng: random.Random) -> str:
    latin = f" {rng.choice(_LATIN)}" if rng.random() < 0.15 else ""
    return (
        f"{rng.choice(_PLACES)} {rng.choice(_SUBJECTS)} {rng.randint(1, 300)}억 원 규모의"
        f"{latin} {rng.choice(_OBJECTS)} {rng.choice(_VERBS)}."
    )


def _body(rng: random.Random, rare: bool) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 5)):
        paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
    if rare:
        paragraphs.insert(1, f"{RARE_TERM} 개관식에는 주민 수백 명이 참석했다.")
    return "\n\n".join(paragraphs) + "\n"


def _rows(
    count: int, sections: list[int], authors: list[tuple[int, str]], start: datetime, seed: int
) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    when = start
    for number in range(1, count + 1):
        when += timedelta(minutes=rng.randint(3, 40), microseconds=rng.randint(0, 999_999))
        place = rng.choice(_PLACES)
        headline = (
            f"{place} {rng.choice(_SUBJECTS).rstrip('은는이가')} {rng.choice(_OBJECTS)[:-1]} "
            f"{rng.choice(_HEADLINE_TAILS)}"
        )
        author_id, byline = rng.choice(authors)
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "number": number,
            "search_key": int(when.timestamp() * 1_000_000),
            "slug": make_slug(headline),
            "headline": headline,
            "subheadline": f"{place} 주민들 '{rng.choice(_OBJECTS)[:-1]}' 기대",
            "body": _body(rng, rare=rng.random() < 0.001),
            "summary": "",
            "section_id": rng.choice(sections),
            "author_id": author_id,
            "byline": byline,
            "tags": [place],
            "status": ArticleStatus.PUBLISHED.value,
            "created_at": when - timedelta(hours=1),
            "updated_at": when,
            "published_at": when,
            "view_count": rng.randint(0, 5000),
        }


def build(
    data_dir: Path,
    count: int,
    *,
    start: datetime = datetime(2015, 1, 1, tzinfo=UTC),
    seed: int = 1,
    batch: int = 5000,
) -> Newsroom:
    """Create a data folder holding ``count`` published articles; returns it opened."""
    newsroom = Newsroom.open(data_dir)
    with newsroom.db.session() as session:
        sections = [section_named(session, name).id for name in SECTIONS]
        authors = []
        for name, role, byline in PEOPLE:
            person = person_named(session, name, Role(role))
            person.byline = byline
            authors.append((person.id, byline))
    update_profile(newsroom, SITE)
    table = Article.__table__
    assert isinstance(table, Table)
    with newsroom.db.engine.begin() as connection:
        # Bulk-load settings for this connection only; the schema is untouched.
        connection.exec_driver_sql("PRAGMA cache_size=-262144")
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            connection.execute(insert(table), pending)
            connection.execute(
                text(f"INSERT INTO {SEARCH_TABLE}(rowid, tokens) VALUES (:key, :tokens)"),
                [
                    {
                        "key": row["search_key"],
                        "tokens": article_document(
                            row["headline"], row["subheadline"], row["body"]
                        ),
                    }
                    for row in pending
                ],
            )
            pending.clear()

        for row in _rows(count, sections, authors, start, seed):
            pending.append(row)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    with newsroom.db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA synchronous=FULL")  # back to the app's setting
        connection.exec_driver_sql("PRAGMA cache_size=-2000")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return newsroom


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args(argv)
    if args.data_dir.exists() and any(args.data_dir.iterdir()):
        print(f"{args.data_dir} is not empty", file=sys.stderr)
        return 1
    started = time.perf_counter()
    build(args.data_dir, args.count).close()
    print(f"{args.count} articles in {time.perf_counter() - started:.1f} s -> {args.data_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
