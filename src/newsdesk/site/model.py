"""Plain, Qt-free and ORM-free data the page builder renders.

Services turn database rows into these views; the static exporter, the
preview pane and the reference server all feed the same builder with them,
which is what keeps the preview identical to the published page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from newsdesk.media.photo_edit import PhotoEdit


@dataclass(frozen=True)
class LegalFooter:
    """Publisher details required on every page (신문법 §21, §9-2)."""

    masthead: str = ""  # 제호
    registration_number: str = ""  # 등록번호
    registration_date: str = ""  # 등록연월일
    publisher: str = ""  # 발행인
    editor: str = ""  # 편집인
    youth_protection_officer: str = ""  # 청소년보호책임자
    address: str = ""  # 발행소 주소
    phone: str = ""  # 전화번호
    email: str = ""  # e-mail

    #: Field name -> Korean label, in the order the footer shows them.
    LABELS: ClassVar[dict[str, str]] = {
        "masthead": "제호",
        "registration_number": "등록번호",
        "registration_date": "등록연월일",
        "publisher": "발행인",
        "editor": "편집인",
        "youth_protection_officer": "청소년보호책임자",
        "address": "발행소 주소",
        "phone": "전화번호",
        "email": "e-mail",
    }

    def missing_fields(self) -> list[str]:
        """Names of the legally required fields that are still empty."""
        return [name for name in self.LABELS if not getattr(self, name).strip()]


#: The list page's mark on articles with photos, unless the newsroom chose another.
DEFAULT_PHOTO_BADGE = "사진"


@dataclass(frozen=True)
class SiteView:
    """Site-wide settings the templates need."""

    name: str
    base_url: str  # absolute, ends with "/" (e.g. "https://news.example.kr/")
    description: str = ""
    list_page_size: int = 20
    footer: LegalFooter = field(default_factory=LegalFooter)
    #: The list page's mark on articles with photos ("" shows none). A setting, as
    #: newsrooms word it differently (사진, 포토); it was a fixed English "image".
    photo_badge: str = DEFAULT_PHOTO_BADGE


@dataclass(frozen=True, slots=True)
class PhotoView:
    """One photo as the public page shows it."""

    sha256: str
    width: int  # of the web derivative
    height: int
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    is_main: bool = False
    #: Derivative files relative to the media folder, e.g. "ab/abcd…-web.jpg". The
    #: builder prefixes them with its media URL (relative in the export, file:// in
    #: the preview), so the photo store and the exported site share one layout.
    web_file: str = ""
    thumb_file: str = ""
    #: The og:image cut (1200×630) when the photo has a social crop, else "".
    social_file: str = ""
    social_size: tuple[int, int] | None = None
    #: The crop and rotation the files were made with (None: as imported), so a
    #: file missing from the media folder can be made again from the original.
    edit: PhotoEdit | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article as the public site shows it."""

    id: str  # UUID
    number: int | None  # public number, None until first publish (preview)
    slug: str
    headline: str
    subheadline: str
    body_markdown: str
    summary: str
    section_name: str
    section_slug: str
    byline: str  # e.g. "김민수 기자"
    tags: tuple[str, ...]
    published_at: datetime | None  # timezone-aware; 입력
    updated_at: datetime  # timezone-aware; 수정
    view_count: int = 0
    photos: tuple[PhotoView, ...] = ()

    @property
    def main_photo(self) -> PhotoView | None:
        for photo in self.photos:
            if photo.is_main:
                return photo
        return self.photos[0] if self.photos else None
