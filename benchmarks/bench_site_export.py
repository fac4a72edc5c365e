"""Static site export of a synthetic 10k-article newsroom through SiteExportService.

Run: ``python benchmarks/bench_site_export.py [--size 10000] [--keep DIR]``.
Prints: full export (pages/s), a re-export with nothing changed, and a
re-export after one published article is edited (time and files written).
No asserts: figures for DESIGN.md §4 and for spotting regressions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import published_articles
from synthetic_newsroom import build


def timed_export(service: SiteExportService, out: Path, label: str) -> None:
    snapshot_started = time.perf_counter()
    snap = service.snapshot()  # timed on its own; run() takes its own snapshot
    snapshot_s = time.perf_counter() - snapshot_started
    started = time.perf_counter()
    report = service.run(out)
    elapsed = time.perf_counter() - started
    pages = report.written + report.unchanged
    print(
        f"{label:<28} {elapsed * 1000:>9.0f} ms  written {report.written:>6}  "
        f"unchanged {report.unchanged:>6}  removed {report.removed:>3}  "
        f"({pages / elapsed:,.0f} pages/s; of which DB snapshot {snapshot_s * 1000:.0f} ms, "
        f"{len(snap.articles)} articles)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the newsroom under this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as scratch:
        root = args.keep or Path(scratch)
        folder = root / f"export-{args.size}"
        if folder.exists():
            newsroom = Newsroom.open(folder)
        else:
            started = time.perf_counter()
            newsroom = build(folder, args.size)
            print(f"built {args.size:,} articles in {time.perf_counter() - started:.1f} s")
        out = root / f"site-{args.size}"
        shutil.rmtree(out, ignore_errors=True)
        try:
            service = SiteExportService(newsroom)
            print(f"== export of {args.size:,} published articles ==")
            timed_export(service, out, "full export")
            timed_export(service, out, "re-export, nothing changed")
            with newsroom.db.session() as session:
                target = published_articles(session)[args.size // 2]
                target_id, version = target.id, target.version
                fields = ArticleFields.of(target)
            fields.body += "\n정정: 수치를 바로잡았습니다.\n"
            ArticleService(newsroom).save(target_id, fields, expected_version=version)
            timed_export(service, out, "re-export after one edit")
            files = sum(1 for p in out.rglob("*") if p.is_file())
            print(f"files in the site: {files:,}")
        finally:
            newsroom.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
