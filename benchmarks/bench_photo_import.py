"""Time importing a 24 MP camera JPEG: hash + verbatim copy + web and thumb derivatives.

Usage: python benchmarks/bench_photo_import.py [--runs 5] [--photo some.jpg]

Without --photo it writes a 6000×4000 JPEG with gradient + noise content (a few
MB, like a camera file). The measurement runs in a fresh child process so the
peak RSS reflects the import, not the synthetic photo's creation.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

SIZE = (6000, 4000)


def make_photo(path: Path) -> None:
    from PIL import Image

    gradient = Image.linear_gradient("L").resize(SIZE)
    noise = Image.effect_noise(SIZE, 24)
    red = Image.blend(gradient, noise, 0.25)
    green = Image.blend(gradient.transpose(Image.Transpose.ROTATE_90).resize(SIZE), noise, 0.25)
    blue = Image.blend(gradient.transpose(Image.Transpose.ROTATE_180), noise, 0.25)
    Image.merge("RGB", (red, green, blue)).save(path, "JPEG", quality=90)


def _peak_rss_mb() -> float:
    """High-water RSS of this process. Linux's VmHWM starts afresh at exec; ru_maxrss
    would report the parent's peak (the 72 MB synthetic photo) instead."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024**2 if sys.platform == "darwin" else 1024)


def measure(photo: Path, runs: int) -> dict[str, object]:
    """Runs in the child: fresh store per run, one import each."""
    from newsdesk.media.photo_import import PhotoImporter
    from newsdesk.media.photo_store import PhotoStore

    rss_before = _peak_rss_mb()
    times, traced = [], []
    result = None
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            importer = PhotoImporter(PhotoStore(Path(scratch) / f"store{run}"))
            tracemalloc.start()
            started = time.perf_counter()
            result = importer.import_file(photo)
            times.append(time.perf_counter() - started)
            traced.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        # The same file again: answered from the store without decoding.
        started = time.perf_counter()
        importer.import_file(photo)
        reimport = time.perf_counter() - started
    assert result is not None
    return {
        "times_ms": [round(t * 1000, 1) for t in times],
        "median_ms": round(statistics.median(times) * 1000, 1),
        "reimport_ms": round(reimport * 1000, 2),
        "tracemalloc_peak_mb": round(max(traced) / 1024**2, 1),
        "rss_before_mb": round(rss_before, 1),
        "rss_peak_mb": round(_peak_rss_mb(), 1),
        "web_size": result.web_size,
        "thumb_size": result.thumb_size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photo", type=Path)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.photo, args.runs)))
        return

    with tempfile.TemporaryDirectory() as scratch:
        photo = args.photo or Path(scratch) / "camera.jpg"
        if args.photo is None:
            make_photo(photo)
        command = [sys.executable, __file__, "--child", "--runs", str(args.runs)]
        output = subprocess.run(
            [*command, "--photo", str(photo)], check=True, capture_output=True, text=True
        ).stdout
        figures = json.loads(output)
        size_mb = photo.stat().st_size / 1024**2

    print(
        f"photo: {SIZE[0]}×{SIZE[1]} JPEG, {size_mb:.1f} MB; {args.runs} imports, fresh store each"
    )
    print(f"import times (ms): {figures['times_ms']}")
    print(f"median import: {figures['median_ms']} ms (hash + copy + web + thumb, fsynced)")
    print(f"re-import of a known photo: {figures['reimport_ms']} ms")
    print(f"tracemalloc peak (Python allocations): {figures['tracemalloc_peak_mb']} MB")
    growth = figures["rss_peak_mb"] - figures["rss_before_mb"]
    print(
        f"peak RSS: {figures['rss_peak_mb']} MB "
        f"(+{growth:.1f} MB over {figures['rss_before_mb']} MB after imports)"
    )
    print(f"derivatives: web {figures['web_size']}, thumb {figures['thumb_size']}")


if __name__ == "__main__":
    main()
