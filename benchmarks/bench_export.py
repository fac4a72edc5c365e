"""Static export throughput at newsroom scale (10,000 articles).

Prints: pages/s of a full export into an empty folder, the time of a
re-export with nothing changed (input hashes only: nothing rendered), and of
a re-export after editing one article. Run: ``python benchmarks/bench_export.py``
(``--articles N`` to change the size). Uses the real Markdown renderer.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PIL import Image

from newsdesk.publish.static_site import ExportReport, StaticSiteExporter
from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.model import ArticleView, PhotoView
from newsdesk.site.plan import media_copies, plan_site
from newsdesk.site.samples import sample_site, synthetic_articles

NOW = datetime(2027, 1, 1, 12, 0, tzinfo=SEOUL)


def _photo(media: Path) -> PhotoView:
    sha = "ab" * 32
    web = f"ab/{sha}-web.jpg"
    (media / "ab").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 427), (40, 90, 160)).save(media / web, "JPEG", quality=80)
    return PhotoView(sha, 640, 427, "자료 사진", "시흥신문", "자료 사진", True, web, "")


def _export(
    out: Path, articles: list[ArticleView], media: Path, builder: PageBuilder
) -> tuple[float, float, ExportReport]:
    site = builder.site
    started = time.perf_counter()
    planned = plan_site(site, articles, now=NOW, builder=builder)
    planned_at = time.perf_counter()
    report = StaticSiteExporter(out).run(planned, media_copies(articles, media))
    return planned_at - started, time.perf_counter() - started, report


def _median(runs: int, run: Callable[[], tuple[float, float, ExportReport]]) -> tuple[float, float]:
    results = [run() for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as temp:
        root = Path(temp)
        media = root / "media-store"
        photo = _photo(media)
        started = time.perf_counter()
        articles = synthetic_articles(args.articles, photo=photo)
        print(
            f"{len(articles):,} synthetic articles built in {time.perf_counter() - started:.1f} s"
        )
        site = sample_site(list_page_size=20)
        builder = PageBuilder(site)
        if hasattr(os, "getloadavg"):
            print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

        planned = plan_site(site, articles, now=NOW, builder=builder)
        sample = planned[: min(2000, len(planned))]
        started = time.perf_counter()
        for item in sample:
            item.render()
        render_s = time.perf_counter() - started
        print(f"render only (Markdown + Jinja): {len(sample) / render_s:,.0f} pages/s")

        full = []
        for run in range(args.runs):
            out = root / f"full-{run}"
            plan_s, total_s, report = _export(out, articles, media, builder)
            full.append((plan_s, total_s, report))
            if run:
                shutil.rmtree(out)
        plan_s = statistics.median(f[0] for f in full)
        total_s = statistics.median(f[1] for f in full)
        report = full[0][2]
        print(
            f"full export: {report.written:,} pages + {report.copied} media in {total_s:.2f} s "
            f"(median of {args.runs}) = {report.written / total_s:,.0f} pages/s; "
            f"planning {plan_s:.3f} s"
        )

        out = root / "full-0"
        plan_s, total_s = _median(args.runs, lambda: _export(out, articles, media, builder))
        print(f"no-change re-export: {total_s * 1000:.0f} ms (planning {plan_s * 1000:.0f} ms)")

        def edit_one() -> tuple[float, float, ExportReport]:
            index = len(articles) // 2
            old = articles[index]
            articles[index] = dataclasses.replace(
                old, body_markdown=old.body_markdown + "\n\n추가 문단."
            )
            result = _export(out, articles, media, builder)
            assert result[2].written >= 1, result[2]
            return result

        plan_s, total_s = _median(args.runs, edit_one)
        print(f"one article edited: {total_s * 1000:.0f} ms (planning {plan_s * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
