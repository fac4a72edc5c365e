"""Write a planned site into a folder, incrementally, atomically and cancellably.

The exporter only knows :class:`~newsdesk.site.plan.PlannedFile` entries and
media copies; page logic stays in :mod:`newsdesk.site`. The manifest
(:mod:`newsdesk.publish.export_manifest`) lets the next export neither render
nor write pages whose inputs did not change, and remove pages of unpublished
articles without touching anyone else's files. Files are staged and renamed
in batches (:class:`~newsdesk.publish.atomic.StagedWrites`) so each one is
replaced atomically while durability costs one sync per batch.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsdesk.atomic_files import sweep_temp_files
from newsdesk.publish.atomic import StagedWrites
from newsdesk.publish.export_manifest import (
    COPY_INPUT,
    MANIFEST_NAME,
    Entries,
    load_manifest,
    save_manifest,
    sha256_file,
    stat_matches,
)
from newsdesk.publish.safe_paths import UnsafePathError, check_relative, locate, safe_join
from newsdesk.site.builder import PageBuilder
from newsdesk.site.errors import require_complete_footer
from newsdesk.site.model import ArticleView, SiteView
from newsdesk.site.plan import PlannedFile, plan_site
from newsdesk.site.urls import article_path_problem

__all__ = ["MANIFEST_NAME", "ExportError", "ExportProgress", "ExportReport", "StaticSiteExporter"]

#: Files staged before one durability barrier + rename round.
BATCH_FILES = 1000
BATCH_BYTES = 64 << 20

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
    """The export could not finish; the message names the file and the cause in Korean.

    ``path`` is the file concerned (None for plan-level problems); ``__cause__``
    keeps the original OSError for logs.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    @classmethod
    def from_os_error(cls, action: str, path: Path, exc: OSError) -> ExportError:
        reason = _REASONS.get(exc.errno or 0, "입출력 오류")
        detail = exc.strerror or str(exc)
        return cls(f"{path} {action} 수 없습니다: {reason} ({detail})", path)


#: A page whose name the file system refuses is skipped, not the end of the export.
_NAME_ERRORS = frozenset({errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL})
_ARTICLE_PAGES = "articles/"


@dataclass
class ExportReport:
    """What one export did. ``unchanged`` counts pages; skipped media are ``copies_skipped``.

    ``skipped`` says, one line each, which articles' pages were left out and
    why (an unusable file name): the rest of the site was written regardless.
    """

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    copied: int = 0
    copies_skipped: int = 0
    cancelled: bool = False
    out_dir: Path = field(default_factory=Path)
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExportProgress:
    """One step for a progress bar; the last item of a finished export carries ``report``."""

    done: int
    total: int
    path: str
    report: ExportReport | None = None


class _Run:
    """State of one export: manifest entries, staged files and counters."""

    def __init__(self, root: Path, old: Entries, report: ExportReport) -> None:
        self.root = root
        self.old = old
        self.entries: Entries = dict(old)
        self.report = report
        self.staged = StagedWrites()
        self.pending: dict[str, dict[str, Any]] = {}  # entries waiting for their rename
        self.staged_bytes = 0
        self.checked_dirs: set[Path] = set()  # for removals (safe_join)
        self.located_dirs: set[str] = set()  # for writes (locate)

    def locate(self, path: str) -> tuple[str, os.stat_result | None]:
        """Where ``path`` goes (already shape-checked by ``_validate``) and its current stat."""
        try:
            return locate(self.root, path, self.located_dirs)
        except UnsafePathError as exc:
            raise ExportError(str(exc), self.root / path) from exc

    def stage(
        self, path: str, target: Path, entry: dict[str, Any], write: Callable[[], int]
    ) -> None:
        try:
            entry["mtime_ns"] = write()
        except OSError as exc:
            raise ExportError.from_os_error("파일을 쓸", target, exc) from exc
        self.pending[path] = entry
        self.staged_bytes += int(entry["size"])
        if len(self.staged) >= BATCH_FILES or self.staged_bytes >= BATCH_BYTES:
            self.commit()

    def commit(self) -> None:
        """Rename staged files into place and only then record them in the manifest."""

        def committed(path: str) -> None:
            self.entries[path] = self.pending.pop(path)

        try:
            self.staged.commit(committed)
        except OSError as exc:
            self.pending.clear()
            raise ExportError.from_os_error("파일을 쓸", Path(exc.filename or ""), exc) from exc
        self.staged_bytes = 0

    def finish(self, folder: Path, *, keep_staged: bool) -> None:
        """Commit (or discard) what is staged, then save the manifest if anything moved."""
        if keep_staged:
            self.commit()
        else:
            self.staged.discard()
            self.pending.clear()
        if self.entries != self.old or not (folder / MANIFEST_NAME).exists():
            try:
                save_manifest(folder, self.entries)
            except OSError as exc:
                raise ExportError.from_os_error("파일을 쓸", folder / MANIFEST_NAME, exc) from exc


class StaticSiteExporter:
    """Writes :class:`PlannedFile` lists and media copies into ``out_dir``.

    ``for progress in exporter.export(planned, copies): ...`` — when the
    generator is exhausted, ``exporter.report`` is set, the final progress
    item carries the same report, and the generator returns it (for
    ``yield from``). Closing the generator early, or ``cancel()`` returning
    True (polled between files), stops cleanly with a manifest that lists
    exactly what is on disk.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.report: ExportReport | None = None

    def _validate(
        self, planned: Sequence[PlannedFile], copies: Sequence[tuple[str, Path]]
    ) -> set[str]:
        """Check every path's shape and uniqueness; return the set of paths."""
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
        return seen

    def _prepare_root(self) -> Path:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError.from_os_error("폴더를 만들", self.out_dir, exc) from exc
        if not self.out_dir.is_dir():
            raise ExportError(f"{self.out_dir} 는 폴더가 아닙니다", self.out_dir)
        if not os.access(self.out_dir, os.W_OK):
            message = f"{self.out_dir} 폴더에 쓸 수 없습니다: 쓰기 권한이 없습니다"
            raise ExportError(message, self.out_dir)
        # Hidden temp pages of an earlier export killed mid-write would otherwise
        # stay in the public folder forever; a concurrent export's are kept.
        sweep_temp_files(self.out_dir)
        return self.out_dir.resolve()

    def export(
        self,
        planned: Sequence[PlannedFile],
        copies: Sequence[tuple[str, Path]] = (),
        *,
        cancel: Callable[[], bool] | None = None,
        skipped: Sequence[str] = (),
    ) -> Generator[ExportProgress, None, ExportReport]:
        """Write ``planned`` pages and ``copies`` (site path, source), yielding progress.

        ``skipped`` (articles the caller left out of the plan, and why) starts
        the report's list of skipped pages.
        """
        wanted = self._validate(planned, copies)
        root = self._prepare_root()
        old = load_manifest(self.out_dir)
        stale = sorted(set(old) - wanted)
        total = len(planned) + len(copies) + len(stale)
        report = ExportReport(out_dir=self.out_dir, skipped=list(skipped))
        run = _Run(root, old, report)
        # (path, step, argument) rather than a closure per file: 10k closures
        # cost more than the steps themselves when nothing changed.
        steps: list[tuple[str, Callable[[_Run, Any], None], Any]] = [
            *((p.path, self._page, p) for p in planned),
            *((c[0], self._copy, c) for c in copies),
            *((s, self._remove, s) for s in stale),
        ]
        done = 0
        try:
            for path, step, argument in steps:
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                step(run, argument)
                done += 1
                yield ExportProgress(done, total, path)
        except GeneratorExit:
            run.finish(self.out_dir, keep_staged=True)  # staged files are complete: keep them
            raise
        except BaseException:
            # ExportError, KeyboardInterrupt…: drop half-done batches but record
            # what is on disk; never let a failing manifest write hide the cause.
            with contextlib.suppress(ExportError):
                run.finish(self.out_dir, keep_staged=False)
            raise
        run.finish(self.out_dir, keep_staged=True)
        self.report = report
        yield ExportProgress(done, total, MANIFEST_NAME, report)
        return report

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

    @staticmethod
    def _page(run: _Run, item: PlannedFile) -> None:
        """Write one page; an article page whose name the disk refuses is skipped and
        reported (it is that one article's problem, not the site's)."""
        try:
            StaticSiteExporter._write_page(run, item)
        except ExportError as exc:
            cause = exc.__cause__
            refused = isinstance(cause, OSError) and cause.errno in _NAME_ERRORS
            if not (refused and item.path.startswith(_ARTICLE_PAGES)):
                raise
            assert isinstance(cause, OSError)
            detail = cause.strerror or str(cause)
            run.report.skipped.append(f"{item.path}: the file system refused the name ({detail})")

    @staticmethod
    def _write_page(run: _Run, item: PlannedFile) -> None:
        location, info = run.locate(item.path)
        entry = run.entries.get(item.path)
        if entry and entry.get("input") == item.input_hash and stat_matches(location, entry, info):
            run.report.unchanged += 1
            return
        target = Path(location)
        data = item.render()
        sha = hashlib.sha256(data).hexdigest()
        new_entry: dict[str, Any] = {"input": item.input_hash, "sha256": sha, "size": len(data)}
        try:
            same = (
                entry is not None
                and entry.get("sha256") == sha
                and stat_matches(target, entry, info)
            ) or (
                target.is_file()
                and target.stat().st_size == len(data)
                and sha256_file(target) == sha
            )
            if same:  # rendered again, but identical bytes: keep the file (and its mtime)
                new_entry["mtime_ns"] = target.stat().st_mtime_ns
        except OSError as exc:
            raise ExportError.from_os_error("파일을 읽을", target, exc) from exc
        if same:
            run.entries[item.path] = new_entry
            run.report.unchanged += 1
            return
        run.stage(
            item.path, target, new_entry, lambda: run.staged.stage_bytes(item.path, target, data)
        )
        run.report.written += 1

    @staticmethod
    def _copy(run: _Run, copy: tuple[str, Path]) -> None:
        site_path, source = copy
        location, info = run.locate(site_path)
        target = Path(location)
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ExportError.from_os_error("사진 원본을 읽을", source, exc) from exc
        # content-addressed: same name, same bytes
        if info is not None and stat.S_ISREG(info.st_mode) and info.st_size == size:
            run.entries[site_path] = {
                "input": COPY_INPUT,
                "size": size,
                "mtime_ns": info.st_mtime_ns,
            }
            run.report.copies_skipped += 1
            return
        entry: dict[str, Any] = {"input": COPY_INPUT, "size": size}
        run.stage(
            site_path, target, entry, lambda: run.staged.stage_copy(site_path, target, source)
        )
        run.report.copied += 1

    @staticmethod
    def _remove(run: _Run, site_path: str) -> None:
        """Delete a file an earlier export wrote and this one no longer plans."""
        try:
            target = safe_join(run.root, site_path, checked_dirs=run.checked_dirs)
        except UnsafePathError:
            run.entries.pop(site_path, None)  # a tampered manifest entry: forget, touch nothing
            return
        try:
            target.unlink()
            run.report.removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise ExportError.from_os_error("파일을 지울", target, exc) from exc
        run.entries.pop(site_path, None)
        folder = target.parent
        while folder != run.root:  # drop folders the removal left empty (e.g. media/ab/)
            try:
                folder.rmdir()
            except OSError:
                break
            run.checked_dirs.discard(folder)
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
    usable, skipped = _nameable(articles)
    planned = plan_site(site, usable, now=now, builder=builder or PageBuilder(site))
    return StaticSiteExporter(out_dir).export(planned, copies, cancel=cancel, skipped=skipped)


def _nameable(articles: Sequence[ArticleView]) -> tuple[list[ArticleView], list[str]]:
    """The articles whose page can be named, and a line for each one that cannot.

    Left out before planning, so no list page, feed or sitemap links to them.
    """
    usable: list[ArticleView] = []
    skipped: list[str] = []
    for article in articles:
        problem = article_path_problem(article) if article.number is not None else None
        if problem is None:
            usable.append(article)
        else:
            skipped.append(f"no.{article.number} “{article.headline}”: not exported, {problem}")
    return usable, skipped
