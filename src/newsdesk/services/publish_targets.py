"""Publish targets: the servers a newsroom pushes articles to.

A target's name, kind and URL are ordinary settings in the database. Its
bearer token is a credential and lives only in the operating system's keyring
(Windows Credential Manager, macOS Keychain, Secret Service on Linux) under
service ``newsdesk``, user ``target:<name>`` — never in the database, a
config file or a log line (DESIGN.md §7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import select

from newsdesk.services.errors import NewsdeskError, NotFoundError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import OutboxJob, PublishTarget

if TYPE_CHECKING:  # httpx loads only when a client is made (see ``client``)
    from newsdesk.publish.api_client import NewsdeskApiClient

KEYRING_SERVICE = "newsdesk"
KINDS = ("newsdesk",)
_NAME = re.compile(r"[A-Za-z0-9가-힣][A-Za-z0-9가-힣._-]{0,99}")


class KeyringUnavailableError(NewsdeskError):
    """No usable OS keyring: tokens cannot be stored safely, so they are not stored."""


@dataclass(frozen=True)
class TargetInfo:
    name: str
    kind: str
    url: str
    enabled: bool
    has_token: bool


def keyring_user(name: str) -> str:
    return f"target:{name}"


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


def _keyring() -> ModuleType:
    """The ``keyring`` package, imported on first use (finding a backend takes a while)."""
    import keyring
    import keyring.errors

    return keyring


def _keyring_call(action: str, name: str, *args: str) -> Any:
    """``keyring.<name>(*args)``, its errors turned into :class:`KeyringUnavailableError`."""
    keyring = _keyring()
    try:
        return getattr(keyring, name)(*args)
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError(
            "no OS keyring is available to keep the server token safely (on Linux install "
            "and unlock a Secret Service such as GNOME Keyring or KWallet)"
        ) from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(f"the OS keyring could not {action}: {exc}") from None


class TargetService:
    """Add, list and remove publish targets; build their API clients."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom

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
            return TargetInfo(
                target.name, target.kind, target.url, target.enabled, self.has_token(name)
            )

    def exists(self) -> bool:
        """Whether any target is set up (a database query only; the keyring is not asked)."""
        with self.newsroom.db.session() as session:
            return session.scalar(select(PublishTarget.id).limit(1)) is not None

    def list(self) -> list[TargetInfo]:
        with self.newsroom.db.session() as session:
            rows = session.scalars(select(PublishTarget).order_by(PublishTarget.name)).all()
            return [
                TargetInfo(t.name, t.kind, t.url, t.enabled, self.has_token(t.name)) for t in rows
            ]

    def set_enabled(self, name: str, enabled: bool) -> None:
        with self.newsroom.db.session() as session:
            self._load(session, name).enabled = enabled

    def remove(self, name: str) -> None:
        """Forget the target, its token and its unsent jobs (sent history stays)."""
        with self.newsroom.db.session() as session:
            session.delete(self._load(session, name))
            for job in session.scalars(
                select(OutboxJob).where(
                    OutboxJob.target == name, OutboxJob.state.in_(("queued", "failed", "conflict"))
                )
            ):
                job.state = "cancelled"
                job.last_error = "the target was removed"
        if self.has_token(name):
            _keyring_call(
                "delete the token", "delete_password", KEYRING_SERVICE, keyring_user(name)
            )

    def set_token(self, name: str, token: str) -> None:
        token = token.strip()
        if not token:
            raise ValidationError("token", "the token is empty")
        if any(ch.isspace() for ch in token):
            raise ValidationError("token", "a token has no spaces; copy it again")
        self.get(name)  # the target must exist
        _keyring_call("store the token", "set_password", KEYRING_SERVICE, keyring_user(name), token)

    def has_token(self, name: str) -> bool:
        keyring = _keyring()
        try:
            return keyring.get_password(KEYRING_SERVICE, keyring_user(name)) is not None
        except keyring.errors.KeyringError:
            return False

    def client(self, name: str, **options: Any) -> NewsdeskApiClient:
        """The API client of a target, with its token from the keyring."""
        info = self.get(name)
        if not info.enabled:
            raise ValidationError("target", f"target {name} is disabled")
        token = _keyring_call("read the token", "get_password", KEYRING_SERVICE, keyring_user(name))
        if not token:
            raise NewsdeskError(
                f"no token is set for target {name}; create one on the server with "
                f"`newsdesk token create` and set it with `newsdesk target token {name}`"
            )
        from newsdesk.publish.api_client import NewsdeskApiClient

        return NewsdeskApiClient(info.url, str(token), target=name, **options)

    @staticmethod
    def _load(session: Any, name: str) -> PublishTarget:
        target = session.scalar(select(PublishTarget).where(PublishTarget.name == name))
        if target is None:
            raise NotFoundError(f"no publish target named {name!r} (see `newsdesk target list`)")
        return target  # type: ignore[no-any-return]
