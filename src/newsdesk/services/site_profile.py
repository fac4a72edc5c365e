"""Reading and changing the site profile (site settings + legal footer)."""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.site.model import LegalFooter, SiteView
from newsdesk.store.models import SiteProfile

FOOTER_FIELDS: dict[str, str] = dict(LegalFooter.LABELS)

#: Every editable field -> label shown to the user (Korean, like the site).
PROFILE_FIELDS: dict[str, str] = {
    "name": "사이트 이름",
    "base_url": "사이트 주소",
    "description": "사이트 설명",
    "list_page_size": "목록 페이지 크기",
    **FOOTER_FIELDS,
    "export_dir": "내보낼 폴더",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def load_profile(session: Session) -> SiteProfile:
    """The single profile row, created empty on first use."""
    profile = session.get(SiteProfile, 1)
    if profile is None:
        profile = SiteProfile(id=1)
        session.add(profile)
        session.flush()
    return profile


def clean_value(field: str, raw: str) -> str | int:
    """Validate one field's new value; raise ValidationError naming the field."""
    if field not in PROFILE_FIELDS:
        known = ", ".join(PROFILE_FIELDS)
        raise ValidationError(field, f"unknown site field (known: {known})")
    value = raw.strip()
    if field == "base_url":
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValidationError(field, f"must be an http:// or https:// address, got {raw!r}")
        if parts.query or parts.fragment:
            raise ValidationError(field, "must not contain ?query or #fragment")
        return value if value.endswith("/") else value + "/"
    if field == "list_page_size":
        try:
            size = int(value)
        except ValueError:
            raise ValidationError(field, f"must be a whole number, got {raw!r}") from None
        if not 5 <= size <= 200:
            raise ValidationError(field, f"must be between 5 and 200, got {size}")
        return size
    if field == "email" and value and not _EMAIL.match(value):
        raise ValidationError(field, f"is not an e-mail address: {raw!r}")
    return value


def update_profile(newsroom: Newsroom, changes: dict[str, str]) -> SiteProfile:
    """Apply several field changes at once; nothing is saved if one is invalid."""
    cleaned = {name: clean_value(name, value) for name, value in changes.items()}
    with newsroom.db.session() as session:
        profile = load_profile(session)
        for name, value in cleaned.items():
            setattr(profile, name, value)
        return profile


def get_profile(newsroom: Newsroom) -> SiteProfile:
    with newsroom.db.session() as session:
        return load_profile(session)


def site_view(profile: SiteProfile) -> SiteView:
    """The page builder's view of the profile."""
    footer = LegalFooter(
        **{f.name: getattr(profile, f.name) or "" for f in dataclass_fields(LegalFooter)}
    )
    return SiteView(
        name=profile.name or profile.masthead or "Newsdesk",
        base_url=profile.base_url,
        description=profile.description,
        list_page_size=profile.list_page_size,
        footer=footer,
    )
