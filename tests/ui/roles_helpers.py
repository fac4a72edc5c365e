"""Articles in every editorial state, made through the services, for the role tests.

Each article is written by a named person of the demo newsroom, has two
photos (so reordering and choosing the main photo mean something) and a
save point (so there is a revision to restore), and is then moved to the
asked state by the desk, the way a real article gets there.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.people import PeopleService
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.types import utc_now

from .conftest import person_id

#: Every state an article can be in, as the table names them ("trashed": a draft in the trash).
STATES = (
    "draft",
    "returned",
    "submitted",
    "in_review",
    "approved",
    "scheduled",
    "published",
    "unpublished",
    "trashed",
)
EDITOR = "오세훈"
ADMIN = "관리자"
BODY = "\n\n".join(
    f"{n}번째 문단이다. 시흥시는 올해 하반기부터 배곧동 해안 산책로를 정비하고 "
    "주민 의견을 모아 쉼터와 화장실 같은 편의시설을 늘리기로 했다."
    for n in range(1, 9)
)


def ensure_admin(room: Newsroom) -> None:
    """The demo has no administrator; the table needs one."""
    if all(p.name != ADMIN for p in PeopleService(room).list()):
        PeopleService(room).add(ADMIN, "admin")


def jpeg(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", (96, 64), colour).save(path, "JPEG", quality=80)
    return path


def article_in_state(room: Newsroom, author: str, state: str, folder: Path) -> str:
    """A new article by ``author`` (with two photos and a save point), moved to ``state``."""
    articles, workflow = ArticleService(room), WorkflowService(room)
    writer, desk = person_id(room, author), person_id(room, EDITOR)
    fields = ArticleFields(
        headline=f"{author}의 {state} 기사", body=BODY, section_id=1, author_id=writer
    )
    article = articles.create(fields, actor_id=writer)
    photos = [jpeg(folder, "바다.jpg", (40, 90, 150)), jpeg(folder, "시장.jpg", (200, 160, 120))]
    details = [PhotoDetails(f"사진 {n}", "김민수 기자", f"설명 {n}") for n in (1, 2)]
    for progress in PhotoService(room).add_files(article.id, photos, details):
        assert progress.error is None, progress.error
    current = articles.get(article.id)
    articles.save(article.id, ArticleFields.of(current), expected_version=current.version)
    if state in {"draft", "trashed"}:
        if state == "trashed":
            articles.trash(article.id)
        return article.id
    workflow.submit(article.id, desk, confirm_warnings=True)
    if state == "returned":
        workflow.transition(article.id, desk, "return", note="출처를 밝혀 주세요.")
    if state in {"in_review", "approved", "scheduled"}:
        workflow.transition(article.id, desk, "start_review")
    if state in {"approved", "scheduled"}:
        workflow.transition(article.id, desk, "approve")
    if state == "scheduled":
        workflow.schedule(article.id, desk, utc_now() + timedelta(days=2), confirm_warnings=True)
    if state in {"published", "unpublished"}:
        workflow.publish(article.id, desk, confirm_warnings=True)
    if state == "unpublished":
        workflow.transition(article.id, desk, "unpublish")
    assert articles.get(article.id).status == state
    return article.id


def drag_accepted(widget: QWidget, mime: QMimeData) -> bool:
    """Whether ``widget`` takes a drag of ``mime`` (a drag enter as Qt sends it)."""
    event = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime
