"""Photo refusals read in Korean, in full, in the photos panel.

The reasons come from the real importer (the media layer words them in
English), so a change of wording there shows up here as English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from newsdesk.media.photo_import import PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import PhotoStore
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.photos.import_messages import import_error_text, translate_reason
from newsdesk.ui.photos.photos_panel import PhotosPanel

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00\x00\x00\x10meta" * 8
HANGUL = re.compile("[가-힣]")
#: English words that may stay: names of formats and the program.
KEPT_WORDS = {"HEIC", "JPEG", "PNG", "WebP", "GIF", "TIFF", "AVIF", "BMP", "PDF", "ZIP", "RAW"}
KEPT_WORDS |= {"MP4", "MOV", "HTML", "SVG", "PSD", "XL", "Newsdesk", "jpg", "png", "IMG"}


def _bad_files(folder: Path) -> list[Path]:
    folder.mkdir()
    files = {
        "IMG_0001.HEIC": HEIC_HEAD,
        "IMG_0002.jpg": HEIC_HEAD,
        "memo.jpg": "취재 메모: 사진은 내일\n".encode(),
        "empty.jpg": b"",
        "tiny.jpg": b"\xff\xd8\xff",
        "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 64,
        "page.jpg": b"<!DOCTYPE html><html><body>403</body></html>",
        "blob.dat": bytes(range(256)) * 4,
    }
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    Image.new("RGB", (20, 20)).save(folder / "old.bmp")
    sub = folder / "a folder.jpg"
    sub.mkdir()
    return [*paths, folder / "old.bmp", sub, folder / "gone.jpg"]


def _english_left(text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in KEPT_WORDS]


def test_every_refusal_of_the_importer_reads_in_korean(
    qapp: object, korean: None, tmp_path: Path
) -> None:
    importer = PhotoImporter(PhotoStore(tmp_path / "media"))
    for path in _bad_files(tmp_path / "camera"):
        with pytest.raises(PhotoImportError) as caught:
            importer.import_file(path)
        shown = import_error_text(path.name, str(caught.value))
        reason = shown.removeprefix(f"{path.name}: ")
        assert HANGUL.search(reason), shown
        assert _english_left(reason) == [], shown


def test_reasons_without_a_translation_stay_as_they_came(qapp: object, korean: None) -> None:
    assert translate_reason("a reason nobody listed") == "a reason nobody listed"
    assert import_error_text("a.jpg", "b.jpg: odd") == "b.jpg: odd"


def test_heic_refusal_is_korean_and_shown_in_full(
    qtbot: QtBot, korean: None, newsroom: Newsroom, tmp_path: Path
) -> None:
    article_id = ArticleService(newsroom).create(ArticleFields(headline="사진 기사")).id
    panel = PhotosPanel(newsroom)
    qtbot.addWidget(panel)
    panel.resize(380, 640)  # the side pane's width on a laptop
    panel.show()
    panel.set_article(article_id)
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(HEIC_HEAD)
    with qtbot.waitSignal(panel.import_finished, timeout=30000):
        panel.add_files([heic])
    qtbot.waitUntil(lambda: not panel.is_importing())
    qtbot.wait(50)  # the list lays out its wrapped entries

    results = panel.results
    assert results.count() == 1
    item = results.item(0)
    text = item.text()
    assert text.startswith("가져오지 못함: IMG_0001.HEIC: HEIC 사진은 지원하지 않습니다")
    assert "높은 호환성" in text  # the advice at the end is there
    rect = results.visualItemRect(item)
    line = results.fontMetrics().lineSpacing()
    assert rect.height() >= 2 * line  # wrapped, not one cut-off line
    assert rect.right() <= results.viewport().width()
    assert rect.bottom() <= results.viewport().height()  # all of it in view
    assert item.toolTip() == text
