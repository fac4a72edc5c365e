"""The static writer: incremental, removes only its own files, clear errors, cancellable."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.publish import atomic, static_site
from newsdesk.publish.static_site import (
    MANIFEST_NAME,
    ExportError,
    ExportProgress,
    StaticSiteExporter,
    export_site,
)
from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.errors import IncompleteFooterError
from newsdesk.site.model import ArticleView, LegalFooter
from newsdesk.site.plan import PlannedFile, plan_site
from newsdesk.site.samples import sample_photo, sample_site, synthetic_articles

NOW = datetime(2020, 1, 4, 12, 0, tzinfo=SEOUL)
SITE = sample_site(list_page_size=5)
BUILDER = PageBuilder(SITE)


def _plan(articles: list[ArticleView]) -> list[PlannedFile]:
    return plan_site(SITE, articles, now=NOW, builder=BUILDER)


def _articles(count: int = 12) -> list[ArticleView]:
    return synthetic_articles(count, body_chars=(100, 300))


def _manifest(out: Path) -> dict[str, dict[str, object]]:
    files: dict[str, dict[str, object]] = json.loads((out / MANIFEST_NAME).read_text())["files"]
    return files


def test_first_export_writes_everything_second_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    planned = _plan(_articles())
    first = StaticSiteExporter(out).run(planned)
    assert (first.written, first.unchanged, first.removed) == (len(planned), 0, 0)
    for item in planned:
        assert (out / item.path).is_file()
    assert set(_manifest(out)) == {p.path for p in planned}
    assert stat.S_IMODE((out / "index.html").stat().st_mode) == 0o644

    rendered: list[str] = []

    def counted(item: PlannedFile) -> PlannedFile:
        def render() -> bytes:
            rendered.append(item.path)
            return item.render()

        return dataclasses.replace(item, render=render)

    counting = [counted(p) for p in _plan(_articles())]
    second = StaticSiteExporter(out).run(counting)
    assert (second.written, second.unchanged) == (0, len(planned))
    assert rendered == []  # unchanged inputs are not even rendered


def test_editing_one_body_writes_its_page_and_the_feed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    articles = _articles()
    StaticSiteExporter(out).run(_plan(articles))
    articles[3] = dataclasses.replace(articles[3], body_markdown="완전히 새로 쓴 본문입니다.")
    report = StaticSiteExporter(out).run(_plan(articles))
    assert report.written == 2  # articles/4-….html and rss.xml (description)
    assert "완전히 새로 쓴 본문" in next((out / "articles").glob("4-*.html")).read_text()


def test_editing_a_headline_rewrites_its_list_page(tmp_path: Path) -> None:
    out = tmp_path / "site"
    articles = _articles()
    StaticSiteExporter(out).run(_plan(articles))
    before = (out / "list/2.html").stat().st_mtime_ns
    articles[0] = dataclasses.replace(articles[0], headline="바뀐 제목")
    report = StaticSiteExporter(out).run(_plan(articles))
    assert report.written == 3  # article 1, list/1.html, rss.xml
    assert "바뀐 제목" in (out / "list/1.html").read_text()
    assert (out / "list/2.html").stat().st_mtime_ns == before


def test_view_count_change_rerenders_but_identical_bytes_are_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "site"
    articles = _articles()
    StaticSiteExporter(out).run(_plan(articles))
    # RSS hashes whole articles, so a view count change re-renders it; its bytes are equal.
    articles[0] = dataclasses.replace(articles[0], view_count=articles[0].view_count + 1)
    report = StaticSiteExporter(out).run(_plan(articles))
    assert report.written == 1  # list/1.html shows the count; rss.xml rendered, same bytes


def test_unpublished_article_is_removed_user_files_untouched(tmp_path: Path) -> None:
    out = tmp_path / "site"
    articles = _articles()
    StaticSiteExporter(out).run(_plan(articles))
    (out / "extra.txt").write_text("우리 파일", encoding="utf-8")
    (out / "articles" / "notes.html").write_text("직접 만든 파일", encoding="utf-8")
    gone = next((out / "articles").glob("12-*.html"))
    articles[-1] = dataclasses.replace(articles[-1], number=None)
    report = StaticSiteExporter(out).run(_plan(articles))
    assert report.removed == 1
    assert not gone.exists()
    assert (out / "extra.txt").read_text(encoding="utf-8") == "우리 파일"
    assert (out / "articles" / "notes.html").exists()
    assert gone.relative_to(out).as_posix() not in _manifest(out)


def test_deleted_or_modified_output_is_restored(tmp_path: Path) -> None:
    out = tmp_path / "site"
    planned = _plan(_articles())
    StaticSiteExporter(out).run(planned)
    (out / "index.html").unlink()
    (out / "list/1.html").write_text("망가진 파일", encoding="utf-8")
    report = StaticSiteExporter(out).run(planned)
    assert report.written == 2
    assert "망가진" not in (out / "list/1.html").read_text()


def test_media_copied_once_and_removed_with_the_last_user(tmp_path: Path) -> None:
    out = tmp_path / "site"
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8 fake jpeg \xff\xd9")
    photo = sample_photo(9)
    articles = _articles()
    articles[0] = dataclasses.replace(articles[0], photos=(photo,))
    copies = [("media/" + photo.web_file, source)]
    first = StaticSiteExporter(out).run(_plan(articles), copies)
    assert first.copied == 1
    assert (out / "media" / photo.web_file).read_bytes() == source.read_bytes()
    second = StaticSiteExporter(out).run(_plan(articles), copies)
    assert (second.copied, second.copies_skipped) == (0, 1)
    articles[0] = dataclasses.replace(articles[0], photos=())
    third = StaticSiteExporter(out).run(_plan(articles), [])
    assert third.removed == 1
    assert not (out / "media").exists()  # emptied folders are tidied


def test_missing_media_source_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="사진 원본") as caught:
        StaticSiteExporter(tmp_path / "site").run([], [("media/a.jpg", tmp_path / "nope.jpg")])
    assert caught.value.path == tmp_path / "nope.jpg"


@pytest.mark.parametrize(
    "bad", ["../evil.html", "/etc/evil", "a/../../evil", "C:/evil.html", "a\\..\\evil", "a//b", ""]
)
def test_paths_escaping_the_folder_are_refused(tmp_path: Path, bad: str) -> None:
    planned = [PlannedFile(bad, "x", lambda: b"evil")]
    with pytest.raises(ExportError):
        StaticSiteExporter(tmp_path / "site").run(planned)
    assert not (tmp_path / "evil.html").exists()


def test_symlink_escape_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "articles").symlink_to(outside, target_is_directory=True)
    planned = [PlannedFile("articles/1.html", "x", lambda: b"<p>x</p>")]
    with pytest.raises(ExportError, match="심볼릭 링크"):
        StaticSiteExporter(out).run(planned)
    assert list(outside.iterdir()) == []


def test_same_path_twice_is_refused(tmp_path: Path) -> None:
    planned = [PlannedFile("a.html", "1", lambda: b"1"), PlannedFile("a.html", "2", lambda: b"2")]
    with pytest.raises(ExportError, match="두 번"):
        StaticSiteExporter(tmp_path / "site").run(planned)


def test_tampered_manifest_cannot_delete_outside(tmp_path: Path) -> None:
    out = tmp_path / "site"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    out.mkdir()
    manifest = {"version": 1, "files": {"../victim.txt": {"input": "x", "size": 4}}}
    (out / MANIFEST_NAME).write_text(json.dumps(manifest))
    StaticSiteExporter(out).run([PlannedFile("a.html", "1", lambda: b"1")])
    assert victim.read_text() == "keep"
    assert set(_manifest(out)) == {"a.html"}


def test_out_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.write_text("not a folder")
    with pytest.raises(ExportError) as caught:
        StaticSiteExporter(out).run(_plan(_articles(2)))
    assert str(out) in str(caught.value)


def test_file_in_place_of_a_folder_names_the_file(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "articles").write_text("a file where the folder should be")
    with pytest.raises(ExportError, match="articles") as caught:
        StaticSiteExporter(out).run(_plan(_articles(2)))
    assert "수 없습니다" in str(caught.value)
    assert isinstance(caught.value.__cause__, OSError)
    # Whatever was written before the failure is recorded, and only that.
    for path in _manifest(out):
        assert (out / path).is_file()


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores modes"
)
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    out.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="쓰기 권한"):
            StaticSiteExporter(out).run(_plan(_articles(2)))
    finally:
        out.chmod(0o755)


def test_disk_full_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    real_write_temp = atomic.write_temp
    calls: list[Path] = []

    def fill_up(path: Path, fill: Any, *, fsync: bool, mode: int = 0o644) -> tuple[Path, int]:
        if len(calls) == 3 and path.name != MANIFEST_NAME:  # space freed for the manifest
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        calls.append(path)
        return real_write_temp(path, fill, fsync=fsync, mode=mode)

    monkeypatch.setattr(static_site, "BATCH_FILES", 2)  # two files get committed first
    monkeypatch.setattr(atomic, "write_temp", fill_up)
    with pytest.raises(ExportError, match="디스크 공간이 부족합니다") as caught:
        StaticSiteExporter(out).run(_plan(_articles(3)))
    assert caught.value.path is not None and caught.value.path.is_relative_to(out)
    monkeypatch.undo()
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert set(_manifest(out)) == on_disk - {MANIFEST_NAME}
    assert len(on_disk - {MANIFEST_NAME}) == 2  # the staged third file was discarded
    assert not [p for p in on_disk if p.endswith(".tmp")]


def test_many_batches_give_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(static_site, "BATCH_FILES", 3)
    planned = _plan(_articles())
    report = StaticSiteExporter(tmp_path / "site").run(planned)
    assert report.written == len(planned)
    assert set(_manifest(tmp_path / "site")) == {p.path for p in planned}


def test_incomplete_footer_refuses_to_start(tmp_path: Path) -> None:
    site = sample_site(footer=LegalFooter(masthead="시흥신문"))
    with pytest.raises(IncompleteFooterError) as caught:
        export_site(site, _articles(2), tmp_path / "site", now=NOW)
    assert caught.value.missing[:2] == ["등록번호", "등록연월일"]
    assert not (tmp_path / "site").exists()


def test_cancel_leaves_a_manifest_of_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    planned = _plan(_articles())
    polls = iter(range(100))
    monkeypatch.setattr(static_site, "BATCH_FILES", 2)  # one staged file is pending at cancel
    report = StaticSiteExporter(out).run(planned, cancel=lambda: next(polls) >= 5)
    assert report.cancelled and report.written == 5
    assert set(_manifest(out)) == {p.path for p in planned[:5]}
    rest = StaticSiteExporter(out).run(planned)
    assert (rest.written, rest.unchanged) == (len(planned) - 5, 5)


def test_closing_the_generator_early_keeps_a_valid_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    planned = _plan(_articles())
    progress = StaticSiteExporter(out).export(planned)
    for _ in range(3):
        next(progress)
    progress.close()
    assert set(_manifest(out)) == {p.path for p in planned[:3]}


def test_progress_counts_up_and_the_last_item_has_the_report(tmp_path: Path) -> None:
    items: list[ExportProgress] = list(
        export_site(SITE, _articles(), tmp_path / "site", now=NOW, builder=BUILDER)
    )
    total = items[0].total
    assert [i.done for i in items[:-1]] == list(range(1, total + 1))
    assert items[-1].report is not None and items[-1].report.written == total
    assert items[-1].report.out_dir == tmp_path / "site"
