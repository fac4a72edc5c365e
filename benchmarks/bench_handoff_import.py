"""Hand-off import time for files of many small articles (issue 13, hostile input).

Builds a ``.newsdesk`` file of N small articles (no photos; every article
carries a valid content hash, as a real export would) and imports it into a
fresh, empty newsroom. All articles carry the same creation time, as a
script's output or a hostile file may: the worst case for search keys, which
used to make import quadratic. Prints the seconds of each import; the time
per 1,000 articles should stay flat as N grows.

Measured on the shared 2-core machine (Dec 2026): before the fix 100 articles
took 3.8 s, 1,000 took 183 s and 5,000 did not finish in 600 s; after it
0.10 s, 0.57 s and 2.9 s.

Run: ``python benchmarks/bench_handoff_import.py`` (``--sizes 100 1000 5000``,
``--timeout S`` to give up on a size that takes longer than S seconds).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.services.handoff import import_handoff
from newsdesk.services.handoff_merge import content_hash
from newsdesk.services.newsroom import Newsroom

_START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _entry(index: int) -> dict[str, Any]:
    moment = _START.isoformat(timespec="microseconds")
    entry: dict[str, Any] = {
        "id": str(uuid.UUID(int=index + 1)),
        "status": "draft",
        "headline": f"시흥시 소식 {index}",
        "subheadline": "",
        "body": f"시흥시는 {index}일 예산을 발표했다.\n",
        "summary": "",
        "section": "사회" if index % 2 else "경제",
        "author": {"name": f"기자{index % 7}", "role": "reporter"},
        "byline": "",
        "tags": ["시흥"],
        "number": None,
        "slug": "",
        "created_at": moment,
        "updated_at": moment,
        "published_at": None,
        "revised_at": None,
        "scheduled_at": None,
        "photos": [],
        "known_hashes": [],
    }
    entry["content_hash"] = content_hash(entry, entry["section"], entry["author"]["name"])
    return entry


def write_file(path: Path, count: int) -> Path:
    """A hand-off file of ``count`` small articles."""
    manifest = {
        "format": "newsdesk-handoff",
        "version": 1,
        "created_at": _START.isoformat(),
        "app_version": "bench",
        "articles": [_entry(i) for i in range(count)],
        "files": {},
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    return path


def _import_once(count: int, folder: str, result: Any) -> None:
    root = Path(folder)
    handoff = write_file(root / f"bench-{count}.newsdesk", count)
    room = Newsroom.open(root / f"data-{count}")
    try:
        started = time.perf_counter()
        report = import_handoff(room, handoff)
        result.put((time.perf_counter() - started, len(report.added)))
    finally:
        room.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 5_000])
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-handoff-") as folder:
        for count in args.sizes:
            # A child process per size: a size that runs too long can be stopped.
            results: Any = multiprocessing.Queue()
            child = multiprocessing.Process(target=_import_once, args=(count, folder, results))
            child.start()
            child.join(args.timeout)
            if child.is_alive():
                child.terminate()
                child.join()
                print(f"{count:>6} articles: gave up after {args.timeout:.0f} s")
                continue
            seconds, added = results.get()
            per_thousand = seconds / count * 1_000
            print(
                f"{count:>6} articles: {seconds:7.2f} s import "
                f"({per_thousand:5.2f} s per 1,000; {added} added)"
            )


if __name__ == "__main__":
    main()
