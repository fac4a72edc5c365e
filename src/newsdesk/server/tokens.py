"""API tokens: random, shown once, stored as sha256 hashes.

A leaked database must not leak usable tokens, and tokens are long random
strings (not passwords), so a plain sha256 is enough — no slow KDF needed.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from newsdesk.server.models import ApiToken
from newsdesk.store.types import utc_now

SCOPES = ("read", "write")
USE_RESOLUTION = timedelta(minutes=1)


class TokenError(ValueError):
    """A token command cannot be done (duplicate or unknown name, bad scope)."""


@dataclass(frozen=True)
class TokenInfo:
    name: str
    scope: str
    created_at: datetime
    last_used_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str, scope: str = "write") -> str:
    """Create a token and return it in plain text — the only time it is ever visible."""
    if scope not in SCOPES:
        raise TokenError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    name = name.strip()
    if not name:
        raise TokenError("a token needs a name")
    if session.scalar(select(ApiToken.id).where(ApiToken.name == name)) is not None:
        raise TokenError(f"a token named {name!r} already exists; revoke it first")
    token = secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_hash=hash_token(token), scope=scope))
    session.flush()
    return token


def list_tokens(session: Session) -> list[TokenInfo]:
    rows = session.scalars(select(ApiToken).order_by(ApiToken.name))
    return [TokenInfo(r.name, r.scope, r.created_at, r.last_used_at) for r in rows]


def revoke_token(session: Session, name: str) -> None:
    result = session.execute(delete(ApiToken).where(ApiToken.name == name))
    if not result.rowcount:  # type: ignore[attr-defined]
        raise TokenError(f"no token named {name!r}")


def lookup_token(session: Session, token: str) -> ApiToken | None:
    """The token row for a presented bearer token, or None (reads only)."""
    return session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))


def use_is_stale(row: ApiToken) -> bool:
    """Whether ``last_used_at`` should be rewritten.

    Recorded at minute precision: a write on every request would serialize
    all requests behind the database's single writer.
    """
    return row.last_used_at is None or utc_now() - row.last_used_at > USE_RESOLUTION


def record_use(session: Session, token_id: int) -> None:
    session.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=utc_now()))


def find_token(session: Session, token: str) -> ApiToken | None:
    """Look a token up and record its use (one session that may write)."""
    row = lookup_token(session, token)
    if row is not None and use_is_stale(row):
        row.last_used_at = utc_now()
    return row
