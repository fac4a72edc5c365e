"""Photos in the body, through the window: 본문에 넣기 at every cursor position.

A reference typed right under a paragraph line is joined to it by Markdown;
the published page then showed a bare image and the caption and credit were
gone. The photo now always goes in as its own block, and the preview (the
same page builder as the export) shows its figure with caption and credit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QTextCursor
from PySide6.QtWebEngineCore import QWebEngineScript
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.ui.conftest import PersonWindowFactory

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.store.models import Article
from newsdesk.ui.app.main_window import MainWindow

CAPTION = "오이도 빨간 등대 앞 산책로"
CREDIT = "김민수 기자"
BODY = "첫 문단의 첫 줄.\n첫 문단의 둘째 줄.\n\n둘째 문단."


def add_captioned_photo(room: Newsroom, article_id: str, folder: Path) -> None:
    """Import one real JPEG into the article and type its caption, credit and alt text."""
    path = folder / "등대.jpg"
    Image.new("RGB", (800, 600), (200, 60, 50)).save(path, "JPEG", quality=85)
    service = PhotoService(room)
    progress = list(service.add_files(article_id, [path]))
    photo_id = progress[-1].photo_id
    assert photo_id is not None, progress
    service.update_details(photo_id, PhotoDetails(CAPTION, CREDIT, "빨간 등대"))


@pytest.fixture
def photo_article(main_window: MainWindow, tmp_path: Path) -> str:
    room = main_window.newsroom
    article = ArticleService(room).create(ArticleFields(headline="등대 기사", body=BODY))
    add_captioned_photo(room, article.id, tmp_path)
    main_window.open_article(article.id)
    return article.id


def body_captions(qtbot: QtBot, window: MainWindow) -> str:
    """The figure captions inside the preview page's article body, as the page shows them."""
    found: list[str] = []
    window.preview.page.runJavaScript(
        "Array.from(document.querySelectorAll('.article-body figcaption'))"
        ".map(e => e.innerText).join('\\n')",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,  # page scripts are off
        lambda value: found.append(str(value or "")),
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def previewed_body(qtbot: QtBot, window: MainWindow) -> str:
    """The preview's article body, once the page on screen shows a captioned photo in it."""
    qtbot.waitUntil(lambda: CAPTION in body_captions(qtbot, window), timeout=20000)
    html = window.preview.last_html
    start = html.index('<div class="article-body">')
    return html[start : html.index("</div>", start)]


POSITIONS = {
    "start of the body": (0, "![빨간 등대](photo:1)\n\n첫 문단의 첫 줄."),
    "middle of a paragraph": (
        BODY.index("첫 줄.") + 2,
        "첫 문단의 첫\n\n![빨간 등대](photo:1)\n\n줄.",
    ),
    "end of a paragraph line": (
        BODY.index("\n"),
        "첫 문단의 첫 줄.\n\n![빨간 등대](photo:1)\n\n첫 문단의 둘째 줄.",
    ),
    "empty line": (
        BODY.index("\n\n") + 1,
        "첫 문단의 둘째 줄.\n\n![빨간 등대](photo:1)\n\n둘째 문단.",
    ),
}


@pytest.mark.parametrize("where", list(POSITIONS))
def test_insert_into_body_places_a_figure_with_caption_and_credit(
    qtbot: QtBot, main_window: MainWindow, photo_article: str, where: str
) -> None:
    position, expected = POSITIONS[where]
    body = main_window.editor.body
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)
    panel = main_window.photos_panel
    panel.list.setCurrentRow(0)
    panel.insert_button.click()

    text = body.toPlainText()
    assert expected in text, text
    after = body.textCursor().position()
    assert text[:after].endswith("![빨간 등대](photo:1)\n\n"), "the cursor goes after the photo"
    html = previewed_body(qtbot, main_window)
    figure = re.search(r"<figure.*?</figure>", html, re.S)
    assert figure is not None, html
    assert CAPTION in figure.group() and f"ⓒ {CREDIT}" in figure.group()
    assert html.count("<img") == 1


def test_one_undo_takes_the_whole_insertion_back(
    main_window: MainWindow, photo_article: str
) -> None:
    body = main_window.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    main_window.insert_photo_reference(1)
    assert body.toPlainText() == BODY + "\n\n![빨간 등대](photo:1)\n\n"
    body.undo()
    assert body.toPlainText() == BODY


@pytest.mark.browser
def test_exported_page_shows_the_caption_of_a_photo_placed_in_the_body(
    qtbot: QtBot,
    demo_newsroom: Newsroom,
    person_window: PersonWindowFactory,
    tmp_path: Path,
    site_server: Callable[[Path], str],
    chrome: Any,
) -> None:
    """The reported case: 본문에 넣기 at the end of a paragraph line, then export."""
    with demo_newsroom.db.session() as session:
        article = next(
            a
            for a in session.scalars(select(Article).order_by(Article.number.desc()))
            if a.status == "published" and a.photos and "\n\n" in a.body
        )
        article_id, number = article.id, article.number
        photo = article.photos[0]
        caption, credit = photo.caption, photo.credit
    window = person_window(demo_newsroom, "오세훈")
    window.open_article(article_id)
    body = window.editor.body
    first_line_end = body.toPlainText().index("\n")
    cursor = body.textCursor()
    cursor.setPosition(first_line_end)
    body.setTextCursor(cursor)
    window.photos_panel.list.setCurrentRow(0)
    window.photos_panel.insert_button.click()
    assert window.save_article()

    out = tmp_path / "site"
    SiteExportService(demo_newsroom).run(out)
    page = next((out / "articles").glob(f"{number}-*.html"))
    base = site_server(out)
    chrome.set_window_size(1100, 1000)
    chrome.get(base + "articles/" + page.name)
    figures = chrome.find_elements("css selector", ".article-body figure")
    assert len(figures) == 1
    shown = figures[0].find_element("css selector", "figcaption").text
    assert caption in shown and f"ⓒ {credit}" in shown
    image = figures[0].find_element("css selector", "img")
    assert chrome.execute_script("return arguments[0].naturalWidth", image) > 0
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", figures[0])
    folder = Path(os.environ.get("NEWSDESK_SCREENSHOT_DIR") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    chrome.save_screenshot(str(folder / "photo-in-body.png"))
