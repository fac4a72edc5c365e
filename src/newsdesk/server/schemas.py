"""Request and response shapes of the publishing API (mirrors resources/api/openapi.yaml).

Bodies are parsed by hand with these models (not by FastAPI's body injection)
so the size limit is enforced *before* parsing and every failure becomes a
problem document the client can act on.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

SHA256_PATTERN = r"^[0-9a-f]{64}$"
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]
MAX_NUMBER = 2_147_483_647  # fits a 32-bit INTEGER column on every database
_ASCII_DIGITS = re.compile(r"[0-9]+")
# RFC 3339 §5.6 ``date-time`` (what OpenAPI's ``format: date-time`` means): full
# date, "T", full time with seconds, and a "Z" or ±hh:mm offset — nothing optional.
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
#: Every request model: JSON types exactly as the OpenAPI document says, no coercion.
#: Lax parsing would store "7" or true as article number 7 or 1 — a client bug we would
#: hide, and input a hostile client could use to reach code paths no real client does.
_STRICT = ConfigDict(extra="ignore", strict=True)
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(2999, 12, 31, tzinfo=UTC)


def whole_number(text: str, maximum: int = MAX_NUMBER) -> int | None:
    """``text`` as an integer from 1 to ``maximum``, else None — for numbers in URLs.

    ``str.isdigit`` is not enough: it accepts "²" (which ``int`` refuses) and
    Arabic-Indic or full-width digits (which ``int`` reads as another number),
    and ``int`` itself refuses more than 4300 digits. Every number a URL can
    carry is checked here, before it reaches ``int()`` or the database, whose
    INTEGER columns end at 2^63 - 1.
    """
    if not _ASCII_DIGITS.fullmatch(text):
        return None
    significant = text.lstrip("0")
    if len(significant) > len(str(maximum)):
        return None
    value = int(significant or "0")
    return value if 1 <= value <= maximum else None


def _rfc3339(value: object) -> datetime:
    """An RFC 3339 date-time string with an offset, and nothing else.

    Pydantic's datetime also takes epoch numbers, dates without a time and a
    space for the "T"; the contract says ``format: date-time``, and a client
    sending anything else has a bug that should surface here, not as a wrong date.
    """
    if not isinstance(value, str):
        raise ValueError("must be an RFC 3339 date-time string like 2026-11-20T10:00:00+09:00")
    if not _RFC3339.fullmatch(value):
        raise ValueError(
            "must be an RFC 3339 date-time with seconds and an offset, "
            "like 2026-11-20T10:00:00+09:00"
        )
    try:
        return datetime.fromisoformat(value.upper())
    except ValueError:
        raise ValueError(f"{value!r} is not a real date and time") from None


Rfc3339 = Annotated[datetime, BeforeValidator(_rfc3339)]


class Section(BaseModel):
    model_config = _STRICT

    name: Annotated[str, Field(max_length=200)] = ""
    slug: Annotated[str, Field(max_length=200)] = ""


class PhotoIn(BaseModel):
    model_config = _STRICT

    sha256: Sha256
    caption: Annotated[str, Field(max_length=2000)] = ""
    credit: Annotated[str, Field(max_length=300)] = ""
    alt_text: Annotated[str, Field(max_length=1000)] = ""
    width: Annotated[int, Field(ge=1, le=100_000)]
    height: Annotated[int, Field(ge=1, le=100_000)]
    position: Annotated[int, Field(ge=0, le=10_000)] = 0
    #: The og:image cut (1200×630) of a photo cropped for sharing; uploaded like the photo.
    social_sha256: Sha256 | None = None


class ArticleIn(BaseModel):
    """``PUT /api/v1/articles/{id}`` body."""

    model_config = _STRICT

    headline: Annotated[str, Field(min_length=1, max_length=300)]
    subheadline: Annotated[str, Field(max_length=1000)] = ""
    body_html: str
    summary: Annotated[str, Field(max_length=2000)] = ""
    section: Section = Field(default_factory=Section)
    tags: Annotated[list[Annotated[str, Field(max_length=100)]], Field(max_length=50)] = []
    byline: Annotated[str, Field(max_length=300)] = ""
    status: Literal["published"] = "published"
    number: Annotated[int, Field(ge=1, le=MAX_NUMBER)]
    slug: Annotated[str, Field(max_length=200)]
    published_at: Rfc3339
    updated_at: Rfc3339
    main_photo: Sha256 | None = None
    photos: Annotated[list[PhotoIn], Field(max_length=200)] = []
    base_revision: Annotated[int, Field(ge=0)] | None = None
    content_hash: Sha256

    @field_validator("published_at", "updated_at")
    @classmethod
    def _plausible_time(cls, value: datetime) -> datetime:
        try:
            utc = value.astimezone(UTC)
        except OverflowError:
            raise ValueError("time out of range") from None
        if not _EARLIEST <= utc <= _LATEST:
            raise ValueError("time must be between 1900 and 2999")
        return utc

    @model_validator(mode="after")
    def _consistent(self) -> ArticleIn:
        shas = [photo.sha256 for photo in self.photos]
        if len(set(shas)) != len(shas):
            raise ValueError("photos lists the same sha256 twice")
        if self.main_photo is not None and self.main_photo not in shas:
            raise ValueError("main_photo must be one of photos[].sha256")
        try:  # lone surrogates would break every page render later
            json.dumps(self.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text contains invalid Unicode (unpaired surrogates)") from None
        return self


class ArticleResult(BaseModel):
    """Answer to a successful PUT."""

    id: str
    revision: int
    url: str
    content_hash: str
    view_count: int


def seoul_time(moment: datetime) -> str:
    """RFC 3339 with +09:00, the form the API (and Korean readers) use."""
    from newsdesk.site.dates import SEOUL

    return moment.astimezone(SEOUL).isoformat()


def dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")
