"""Search timing at 10k and 100k articles; prints median milliseconds per query kind.

Run: ``python benchmarks/bench_search.py [--sizes 10000 100000] [--keep DIR]``.
Builds synthetic newsrooms (benchmarks/synthetic_newsroom.py) and times the
bigram FTS5 search (first page of 50, newest first) against a plain
``LIKE '%…%'`` scan over headline + sub-headline + body. No asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import or_, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article
from newsdesk.store.search import search_articles
from synthetic_newsroom import RARE_TERM, build

QUERIES = {
    "2-syllable (교육)": "교육",
    "3-syllable (교육청)": "교육청",
    "4-syllable (도시재생)": "도시재생",
    "Latin (smart)": "smart",
    f"rare ({RARE_TERM})": RARE_TERM,
}


T = TypeVar("T")


def median_ms(action: Callable[[], T], repeat: int) -> tuple[float, T]:
    result = action()  # warm-up (page cache, statement cache)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def like_scan(newsroom: Newsroom, term: str) -> list[str]:
    pattern = f"%{term}%"
    with newsroom.db.session() as session:
        statement = (
            select(Article.id)
            .where(
                Article.deleted_at.is_(None),
                or_(
                    Article.headline.like(pattern),
                    Article.subheadline.like(pattern),
                    Article.body.like(pattern),
                ),
            )
            .order_by(Article.search_key.desc())
            .limit(50)
        )
        return list(session.scalars(statement))


def like_count(newsroom: Newsroom, term: str) -> int:
    from sqlalchemy import func

    pattern = f"%{term}%"
    with newsroom.db.session() as session:
        return int(
            session.scalar(
                select(func.count(Article.id)).where(
                    or_(Article.headline.like(pattern), Article.body.like(pattern))
                )
            )
            or 0
        )


def bench(newsroom: Newsroom, size: int, repeat: int) -> None:
    service = ArticleService(newsroom)
    print(f"\n== {size:,} articles ==")
    print(f"{'query':<24} {'FTS ms':>8} {'rows() ms':>10} {'LIKE ms':>9} {'hits':>5}  same")
    for label, term in QUERIES.items():

        def fts(term: str = term) -> list[str]:
            with newsroom.db.session() as session:
                return [h.article_id for h in search_articles(session, term, limit=50)]

        def rows(term: str = term) -> object:
            return service.rows(ArticleQuery(text=term), limit=50)

        def like(term: str = term) -> list[str]:
            return like_scan(newsroom, term)

        fts_ms, fts_ids = median_ms(fts, repeat)
        rows_ms, _ = median_ms(rows, repeat)
        like_ms, like_ids = median_ms(like, max(3, repeat // 5))
        # Latin prefix matching is not a substring match, so only compare Korean terms.
        same = "-" if term.isascii() else str(fts_ids == like_ids)
        print(
            f"{label:<24} {fts_ms:>8.2f} {rows_ms:>10.2f} {like_ms:>9.1f} {len(fts_ids):>5}  {same}"
        )
    count_ms, total = median_ms(lambda: like_count(newsroom, RARE_TERM), 3)
    print(f"full LIKE count of {RARE_TERM}: {count_ms:.1f} ms ({total} articles)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="build the newsrooms under this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as scratch:
        root = args.keep or Path(scratch)
        for size in args.sizes:
            folder = root / f"search-{size}"
            if folder.exists():
                newsroom = Newsroom.open(folder)
            else:
                started = time.perf_counter()
                newsroom = build(folder, size)
                print(f"built {size:,} articles in {time.perf_counter() - started:.1f} s")
            try:
                bench(newsroom, size, args.repeat)
            finally:
                newsroom.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
