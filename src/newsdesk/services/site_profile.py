"""Reading and changing the site profile (site settings + legal footer).

Most fields are columns of the ``site_profile`` row. Fields added since are
kept in the ``newsroom_settings`` key/value table (migration 0005) under a
``site.`` key, so a new site setting needs no schema change; callers see one
set of fields either way (:data:`PROFILE_FIELDS`, :func:`profile_values`,
:func:`update_profile`).
"""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.site.model import DEFAULT_PHOTO_BADGE, LegalFooter, SiteView
from newsdesk.store.models import NewsroomSetting, SiteProfile

FOOTER_FIELDS: dict[str, str] = dict(LegalFooter.LABELS)

#: Every editable field -> label shown to the user (Korean, like the site).
PROFILE_FIELDS: dict[str, str] = {
    "name": "사이트 이름",
    "base_url": "사이트 주소",
    "description": "사이트 설명",
    "list_page_size": "목록 페이지 크기",
    **FOOTER_FIELDS,
    "photo_badge": "목록의 사진 표시",
    "export_dir": "내보낼 폴더",
}

#: Fields stored in ``newsroom_settings``: field -> (key, value when unset).
SETTING_FIELDS: dict[str, tuple[str, str]] = {
    "photo_badge": ("site.photo_badge", DEFAULT_PHOTO_BADGE),
}
#: A badge sits inside a table cell next to the headline: a word, not a sentence.
PHOTO_BADGE_MAX_CHARS = 8

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
    if field == "photo_badge" and len(value) > PHOTO_BADGE_MAX_CHARS:
        raise ValidationError(
            field, f"must be at most {PHOTO_BADGE_MAX_CHARS} characters, got {len(value)}"
        )
    return value


def update_profile(newsroom: Newsroom, changes: dict[str, str]) -> SiteProfile:
    """Apply several field changes at once; nothing is saved if one is invalid."""
    cleaned = {name: clean_value(name, value) for name, value in changes.items()}
    with newsroom.db.session() as session:
        profile = load_profile(session)
        for name, value in cleaned.items():
            if name in SETTING_FIELDS:
                session.merge(NewsroomSetting(key=SETTING_FIELDS[name][0], value=str(value)))
            else:
                setattr(profile, name, value)
        return profile


def load_settings(session: Session) -> dict[str, str]:
    """The fields kept in ``newsroom_settings``, with their defaults where unset."""
    values = {}
    for name, (key, default) in SETTING_FIELDS.items():
        row = session.get(NewsroomSetting, key)
        values[name] = row.value if row is not None else default
    return values


def profile_values(newsroom: Newsroom) -> dict[str, str | int]:
    """Every field of :data:`PROFILE_FIELDS` -> its current value."""
    with newsroom.db.session() as session:
        profile = load_profile(session)
        settings = load_settings(session)
        return {
            name: settings[name] if name in settings else getattr(profile, name)
            for name in PROFILE_FIELDS
        }


def get_profile(newsroom: Newsroom) -> SiteProfile:
    with newsroom.db.session() as session:
        return load_profile(session)


def load_site_view(session: Session) -> SiteView:
    """The page builder's view of the site: the profile row and the stored settings."""
    return site_view(load_profile(session), load_settings(session))


def newsroom_site_view(newsroom: Newsroom) -> SiteView:
    with newsroom.db.session() as session:
        return load_site_view(session)


def site_view(profile: SiteProfile, settings: dict[str, str] | None = None) -> SiteView:
    """The page builder's view of the profile (``settings``: from :func:`load_settings`)."""
    stored = settings or {}
    footer = LegalFooter(
        **{f.name: getattr(profile, f.name) or "" for f in dataclass_fields(LegalFooter)}
    )
    return SiteView(
        name=profile.name or profile.masthead or "Newsdesk",
        base_url=profile.base_url,
        description=profile.description,
        list_page_size=profile.list_page_size,
        footer=footer,
        photo_badge=stored.get("photo_badge", DEFAULT_PHOTO_BADGE),
    )
