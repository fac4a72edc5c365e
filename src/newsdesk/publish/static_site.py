"""Write a planned site into a folder, incrementally, atomically and cancellably.

The exporter only knows :class:`~newsdesk.site.plan.PlannedFile` entries and
media copies; page logic stays in :mod:`newsdesk.site`. A manifest
(``.newsdesk-export.json``) remembers, per file it wrote, the input hash and
the output's sha256/size/mtime, so the next export neither renders nor
writes pages whose inputs did not change, and can remove pages of articles
that were unpublished — without ever touching files it did not write.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsdesk.publish.atomic import atomic_copy_file, atomic_write_bytes, fsync_dir
from newsdesk.publish.safe_paths import UnsafePathError, check_relative, safe_join
from newsdesk.site.builder import PageBuilder
from newsdesk.site.errors import require_complete_footer
from newsdesk.site.model import ArticleView, SiteView
from newsdesk.site.plan import PlannedFile, plan_site

MANIFEST_NAME = ".newsdesk-export.json"
MANIFEST_VERSION = 1
COPY_HASH = "copy"  # manifest "input" of media copies (their names are content hashes)

_REASONS = {
    errno.ENOSPC: "디스크 공간이 부족합니다",
    errno.EDQUOT: "디스크 할당량을 초과했습니다",
    errno.EROFS: "읽기 전용 파일 시스템입니다",
    errno.EACCES: "쓰기 권한이 없습니다",
    errno.EPERM: "쓰기 권한이 없습니다",
    errno.ENOTDIR: "경로 중간에 폴더 대신 파일이 있습니다",
    errno.EEXIST: "같은 이름의 파일이 있어 폴더를 만들 수 없습니다",
    errno.EISDIR: "같은 이름의 폴더가 있습니다",
    errno.ENOENT: "파일을 찾을 수 없습니다",
}


class ExportError(Exception):
    """The export could not finish; names the file and the cause in Korean.

    ``path`` is the file concerned (None for plan-level problems) and
    ``__cause__`` keeps the original OSError for logs.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    @classmethod
    def from_os_error(cls, action: str, path: Path, exc: OSError) -> ExportError:
        reason = _REASONS.get(exc.errno or 0, "입출력 오류")
        detail = exc.strerror or str(exc)
        return cls(f"{path} {action} 수 없습니다: {reason} ({detail})", path)


@dataclass
class ExportReport:
    """What one export did. ``unchanged`` counts pages; skipped media are ``copies_skipped``."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    copied: int = 0
    copies_skipped: int = 0
    cancelled: bool = False
    out_dir: Path = Path()


@dataclass(frozen=True)
class ExportProgress:
    """One step for a progress bar; the last item of a finished export carries ``report``."""

    done: int
    total: int
    path: str
    report: ExportReport | None = None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class StaticSiteExporter:
    """Writes :class:`PlannedFile` lists and media copies into ``out_dir``.

    Use ``for progress in exporter.export(planned, copies): ...``. When the
    generator is exhausted, ``exporter.report`` is set and the final progress
    item carries the same report; the generator's return value is the report
    too (for ``yield from``). Closing the generator early (or ``cancel()``
    returning True between files) stops cleanly with a manifest that lists
    exactly what is on disk.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.report: ExportReport | None = None

    # -- manifest -------------------------------------------------------------

    def _load_manifest(self) -> dict[str, dict[str, Any]]:
        """Previous export's entries; an unreadable manifest just means "render everything"."""
        try:
            raw = json.loads((self.out_dir / MANIFEST_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("version") != MANIFEST_VERSION:
            return {}
        files = raw.get("files")
        if not isinstance(files, dict):
            return {}
        return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, dict)}

    def _save_manifest(self, entries: dict[str, dict[str, Any]]) -> None:
        data = {"version": MANIFEST_VERSION, "files": dict(sorted(entries.items()))}
        text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True)
        path = self.out_dir / MANIFEST_NAME
        try:
            atomic_write_bytes(path, text.encode("utf-8"))
        except OSError as exc:
            raise ExportError.from_os_error("파일을 쓸", path, exc) from exc

    # -- checks ------------------------------------------------------------------

    def _validate(self, planned: Sequence[PlannedFile], copies: Sequence[tuple[str, Path]]) -> None:
        seen: set[str] = set()
        for path in [p.path for p in planned] + [c[0] for c in copies]:
            try:
                check_relative(path)
            except UnsafePathError as exc:
                raise ExportError(str(exc)) from exc
            if path == MANIFEST_NAME:
                raise ExportError(f"내보내기 기록 파일과 같은 이름입니다: {path}")
            if path in seen:
                raise ExportError(f"같은 파일을 두 번 쓰려고 합니다: {path}")
            seen.add(path)

    def _prepare_root(self) -> Path:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError.from_os_error("폴더를 만들", self.out_dir, exc) from exc
        if not self.out_dir.is_dir():
            raise ExportError(f"{self.out_dir} 는 폴더가 아닙니다", self.out_dir)
        if not os.access(self.out_dir, os.W_OK):
            raise ExportError(
                f"{self.out_dir} 폴더에 쓸 수 없습니다: 쓰기 권한이 없습니다", self.out_dir
            )
        return self.out_dir.resolve()

    @staticmethod
    def _target(root: Path, path: str) -> Path:
        try:
            return safe_join(root, path)
        except UnsafePathError as exc:
            raise ExportError(str(exc), root / path) from exc

    @staticmethod
    def _still_there(target: Path, entry: dict[str, Any] | None) -> bool:
        """Whether the file is what the manifest says: size+mtime cheaply, else by hash."""
        if entry is None:
            return False
        try:
            info = target.stat()
        except OSError:
            return False
        if info.st_size != entry.get("size"):
            return False
        if info.st_mtime_ns == entry.get("mtime_ns"):
            return True
        try:
            return _sha256_file(target) == entry.get("sha256")
        except OSError:
            return False

    # -- export ------------------------------------------------------------------

    def export(
        self,
        planned: Sequence[PlannedFile],
        copies: Sequence[tuple[str, Path]] = (),
        *,
        cancel: Callable[[], bool] | None = None,
    ) -> Generator[ExportProgress, None, ExportReport]:
        """Write ``planned`` pages and ``copies`` (site path, source), yielding progress."""
        self._validate(planned, copies)
        root = self._prepare_root()
        old = self._load_manifest()
        entries = dict(old)
        wanted = {p.path for p in planned} | {c[0] for c in copies}
        stale = sorted(set(old) - wanted)
        total = len(planned) + len(copies) + len(stale)
        report = ExportReport(out_dir=self.out_dir)
        touched_dirs: set[Path] = set()
        done = 0
        try:
            for item in planned:
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                self._export_page(root, item, entries, report, touched_dirs)
                done += 1
                yield ExportProgress(done, total, item.path)
            for site_path, source in copies if not report.cancelled else ():
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                self._copy(root, site_path, source, entries, report, touched_dirs)
                done += 1
                yield ExportProgress(done, total, site_path)
            for site_path in stale if not report.cancelled else ():
                self._remove(root, site_path, entries, report)
                done += 1
                yield ExportProgress(done, total, site_path)
        except BaseException:
            # Cancel by close(), ExportError, KeyboardInterrupt: record what is on
            # disk now, but never let a failing manifest write hide the real error.
            with contextlib.suppress(Exception):
                self._finish(entries, old, touched_dirs)
            raise
        self._finish(entries, old, touched_dirs)
        self.report = report
        yield ExportProgress(done, total, MANIFEST_NAME, report)
        return report

    def _finish(
        self,
        entries: dict[str, dict[str, Any]],
        old: dict[str, dict[str, Any]],
        touched_dirs: set[Path],
    ) -> None:
        """Make renames durable, then record them: the manifest never lists a file not on disk."""
        with contextlib.suppress(OSError):
            for folder in touched_dirs:
                fsync_dir(folder)
        if entries != old or not (self.out_dir / MANIFEST_NAME).exists():
            self._save_manifest(entries)

    def run(
        self,
        planned: Sequence[PlannedFile],
        copies: Sequence[tuple[str, Path]] = (),
        *,
        cancel: Callable[[], bool] | None = None,
    ) -> ExportReport:
        """Export without progress reporting (CLI, tests)."""
        for _ in self.export(planned, copies, cancel=cancel):
            pass
        assert self.report is not None
        return self.report

    def _export_page(
        self,
        root: Path,
        item: PlannedFile,
        entries: dict[str, dict[str, Any]],
        report: ExportReport,
        touched_dirs: set[Path],
    ) -> None:
        target = self._target(root, item.path)
        entry = entries.get(item.path)
        if entry and entry.get("input") == item.input_hash and self._still_there(target, entry):
            report.unchanged += 1
            return
        data = item.render()
        sha = hashlib.sha256(data).hexdigest()
        try:
            same = (
                entry is not None
                and entry.get("sha256") == sha
                and self._still_there(target, entry)
            ) or (
                target.is_file()
                and target.stat().st_size == len(data)
                and _sha256_file(target) == sha
            )
            if same:
                report.unchanged += 1
            else:
                atomic_write_bytes(target, data, sync_dir=False)
                touched_dirs.add(target.parent)
                report.written += 1
            info = target.stat()
        except OSError as exc:
            raise ExportError.from_os_error("파일을 쓸", target, exc) from exc
        entries[item.path] = {
            "input": item.input_hash,
            "sha256": sha,
            "size": info.st_size,
            "mtime_ns": info.st_mtime_ns,
        }

    def _copy(
        self,
        root: Path,
        site_path: str,
        source: Path,
        entries: dict[str, dict[str, Any]],
        report: ExportReport,
        touched_dirs: set[Path],
    ) -> None:
        target = self._target(root, site_path)
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ExportError.from_os_error("사진 원본을 읽을", source, exc) from exc
        try:
            if target.is_file() and target.stat().st_size == size:
                report.copies_skipped += 1
            else:
                atomic_copy_file(source, target, sync_dir=False)
                touched_dirs.add(target.parent)
                report.copied += 1
            info = target.stat()
        except OSError as exc:
            raise ExportError.from_os_error("파일을 복사할", target, exc) from exc
        entries[site_path] = {
            "input": COPY_HASH,
            "size": info.st_size,
            "mtime_ns": info.st_mtime_ns,
        }

    def _remove(
        self, root: Path, site_path: str, entries: dict[str, dict[str, Any]], report: ExportReport
    ) -> None:
        """Delete a file an earlier export wrote and this one no longer plans."""
        try:
            target = safe_join(root, site_path)
        except UnsafePathError:
            entries.pop(site_path, None)  # a tampered manifest entry: forget, touch nothing
            return
        try:
            target.unlink()
            report.removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise ExportError.from_os_error("파일을 지울", target, exc) from exc
        entries.pop(site_path, None)
        folder = target.parent
        while folder != root:  # drop folders the removal left empty (e.g. media/ab/)
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


def export_site(
    site: SiteView,
    articles: Sequence[ArticleView],
    out_dir: Path,
    *,
    now: datetime,
    copies: Sequence[tuple[str, Path]] = (),
    builder: PageBuilder | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[ExportProgress]:
    """Plan and write the whole site; the last progress item carries the report.

    Raises :class:`~newsdesk.site.errors.IncompleteFooterError` immediately
    (before the first ``next()``) when a legal footer field is empty.
    """
    require_complete_footer(site.footer)
    planned = plan_site(site, articles, now=now, builder=builder or PageBuilder(site))
    return StaticSiteExporter(out_dir).export(planned, copies, cancel=cancel)
