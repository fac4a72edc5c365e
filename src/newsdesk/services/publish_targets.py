"""Publish targets: the servers a newsroom pushes articles to.

A target's name, kind and URL are ordinary settings in the database. Its
bearer token is a credential and lives only in the operating system's keyring
(Windows Credential Manager, macOS Keychain, Secret Service on Linux) —
never in the database, a config file or a log line (DESIGN.md §7). The
keyring entry belongs to this newsroom and is bound to the target's address
(:mod:`newsdesk.services.target_tokens`): another data folder's token, or a
token stored for an earlier address, is never sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import select

from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.newsroom_identity import newsroom_id
from newsdesk.services.target_tokens import (
    KEYRING_SERVICE,
    KeyringUnavailableError,
    TargetTokens,
    TokenState,
)
from newsdesk.store.models import OutboxJob, PublishTarget

if TYPE_CHECKING:  # httpx loads only when a client is made (see ``client``)
    from newsdesk.publish.api_client import NewsdeskApiClient

__all__ = [
    "KEYRING_SERVICE",
    "KINDS",
    "KeyringUnavailableError",
    "TargetInfo",
    "TargetService",
    "TokenState",
    "validate_url",
]

KINDS = ("newsdesk",)
_NAME = re.compile(r"[A-Za-z0-9가-힣][A-Za-z0-9가-힣._-]{0,99}")


@dataclass(frozen=True)
class TargetInfo:
    name: str
    kind: str
    url: str
    enabled: bool
    #: What the keyring holds for this target (see :class:`TokenState`).
    token_state: TokenState

    @property
    def has_token(self) -> bool:
        """A token that may be sent: this newsroom's, stored for the current address."""
        return self.token_state is TokenState.STORED


def validate_url(url: str) -> str:
    """An absolute http(s) URL without credentials, query or fragment; no trailing slash."""
    value = url.strip()
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValidationError("url", f"{url!r} is not an http:// or https:// address")
    if parts.username or parts.password:
        raise ValidationError(
            "url", "do not put a user name or password in the URL; set a token instead"
        )
    if parts.query or parts.fragment:
        raise ValidationError("url", "the server address cannot have ?query or #fragment parts")
    return value.rstrip("/")


class TargetService:
    """Add, list and remove publish targets; keep their tokens; build their API clients."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self._tokens: TargetTokens | None = None

    @property
    def tokens(self) -> TargetTokens:
        """This newsroom's keyring entries (its id is read from the database once)."""
        if self._tokens is None:
            self._tokens = TargetTokens(newsroom_id(self.newsroom))
        return self._tokens

    def add(self, name: str, url: str, kind: str = "newsdesk") -> TargetInfo:
        name = name.strip()
        if not _NAME.fullmatch(name):
            raise ValidationError(
                "name", "use letters, digits, '.', '_' or '-' (up to 100), e.g. 'site'"
            )
        if kind not in KINDS:
            raise ValidationError("kind", f"unknown kind {kind!r}; supported: {', '.join(KINDS)}")
        clean_url = validate_url(url)
        with self.newsroom.db.session() as session:
            if session.scalar(select(PublishTarget).where(PublishTarget.name == name)):
                raise ValidationError("name", f"a target named {name!r} already exists")
            session.add(PublishTarget(name=name, kind=kind, url=clean_url, enabled=True))
        return self.get(name)

    def get(self, name: str) -> TargetInfo:
        with self.newsroom.db.session() as session:
            target = self._load(session, name)
        return self._info(target)  # the keyring is asked outside the transaction

    def exists(self) -> bool:
        """Whether any target is set up (a database query only; the keyring is not asked)."""
        with self.newsroom.db.session() as session:
            return session.scalar(select(PublishTarget.id).limit(1)) is not None

    def list(self) -> list[TargetInfo]:
        with self.newsroom.db.session() as session:
            rows = session.scalars(select(PublishTarget).order_by(PublishTarget.name)).all()
        return [self._info(target) for target in rows]

    def set_enabled(self, name: str, enabled: bool) -> None:
        with self.newsroom.db.session() as session:
            self._load(session, name).enabled = enabled

    def set_url(self, name: str, url: str) -> TargetInfo:
        """Point a target at another address. Its token stays bound to the old one and is
        not sent to the new address: the user enters the token for the new one."""
        clean_url = validate_url(url)
        with self.newsroom.db.session() as session:
            self._load(session, name).url = clean_url
        return self.get(name)

    def remove(self, name: str) -> None:
        """Forget the target, its token and its unsent jobs (sent history stays).

        Only this newsroom's keyring entry goes: another data folder's target of
        the same name keeps its token, and so does an earlier version's entry.
        """
        with self.newsroom.db.session() as session:
            session.delete(self._load(session, name))
            for job in session.scalars(
                select(OutboxJob).where(
                    OutboxJob.target == name, OutboxJob.state.in_(("queued", "failed", "conflict"))
                )
            ):
                job.state = "cancelled"
                job.last_error = "the target was removed"
        self.tokens.delete(name)

    def set_token(self, name: str, token: str) -> None:
        """Store the token for the target's current address (replacing this newsroom's)."""
        token = token.strip()
        if not token:
            raise ValidationError("token", "the token is empty")
        if any(ch.isspace() for ch in token):
            raise ValidationError("token", "a token has no spaces; copy it again")
        info = self.get(name)  # the target must exist
        self.tokens.store(name, info.url, token)

    def adopt_earlier_token(self, name: str) -> TargetInfo:
        """Take over an earlier version's name-keyed token, on the user's word that it was
        set for this newsroom; it is bound to the target's current address from now on."""
        info = self.get(name)
        self.tokens.adopt_earlier(name, info.url)
        return self.get(name)

    def has_token(self, name: str) -> bool:
        """Whether a token would be sent (this newsroom's, for the current address)."""
        return self.get(name).has_token

    def client(self, name: str, **options: Any) -> NewsdeskApiClient:
        """The API client of a target, with the token stored for its current address."""
        info = self.get(name)
        if not info.enabled:
            raise ValidationError("target", f"target {name} is disabled")
        entry = self.tokens.token_for(name, info.url)
        from newsdesk.publish.api_client import NewsdeskApiClient

        # The address the token was stored for (the same server as info.url).
        return NewsdeskApiClient(entry.url, entry.token, target=name, **options)

    def _info(self, target: PublishTarget) -> TargetInfo:
        state = self.tokens.state(target.name, target.url)
        return TargetInfo(target.name, target.kind, target.url, target.enabled, state)

    @staticmethod
    def _load(session: Any, name: str) -> PublishTarget:
        target = session.scalar(select(PublishTarget).where(PublishTarget.name == name))
        if target is None:
            raise NotFoundError(f"no publish target named {name!r} (see `newsdesk target list`)")
        return target  # type: ignore[no-any-return]
