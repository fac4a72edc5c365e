"""Server tokens in the OS keyring, owned by one newsroom and bound to one address.

Why entries look the way they do (issue 13, item 13):

* The keyring is shared by every data folder on the PC. Entries keyed by the
  target's name alone (``target:<name>``, written by earlier versions) let
  newsroom A, which never got a token, send newsroom B's token to A's own
  server, and let ``target remove`` in A delete B's token. Entries are now
  ``target:<newsroom id>:<name>`` (see :mod:`newsroom_identity`).
* The secret is a small JSON ``{"url": ..., "token": ...}``. A token is handed
  out only together with the address it was stored for, and only while the
  target still has that address: when the address changes (edited here, or by
  another desk in a shared database) the old token is not sent to the new
  one — the user is asked to enter the token again.
* An entry of an earlier version names neither its newsroom nor its address,
  so nothing in it says which data folder it belongs to: the same name in two
  folders is exactly the case that leaked. Such an entry is never used, changed
  or deleted on its own. The user may adopt it for a target (saying the token
  was set for this newsroom); it then moves to this newsroom's key, bound to
  the target's current address, and the shared entry is removed so that no
  second data folder can take it as well.

Token values never appear in a message, a repr or a log line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from newsdesk.services.errors import NewsdeskError, ValidationError

KEYRING_SERVICE = "newsdesk"


class KeyringUnavailableError(NewsdeskError):
    """No usable OS keyring: tokens cannot be stored safely, so they are not stored."""


class TokenState(StrEnum):
    """What the keyring holds for one target of this newsroom."""

    STORED = "stored"  # a token for the target's current address
    MISSING = "missing"
    ADDRESS_CHANGED = "address_changed"  # a token, but for another address
    EARLIER_VERSION = "earlier_version"  # only a name-keyed entry of an earlier version


@dataclass(frozen=True)
class StoredToken:
    """A token and the server address it was stored for."""

    url: str
    token: str = field(repr=False)


def legacy_user(name: str) -> str:
    """The keyring user of earlier versions: the target name alone, shared by all folders."""
    return f"target:{name}"


def same_address(first: str, second: str) -> bool:
    """Whether two target URLs name the same server (scheme and host are case-blind)."""

    def canonical(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url.strip())
        return parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/")

    return canonical(first) == canonical(second)


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


def _parse(secret: str | None) -> StoredToken | None:
    """The stored JSON, or None when absent or not ours (then the user sets it again)."""
    if not secret:
        return None
    try:
        data = json.loads(secret)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    url, token = data.get("url"), data.get("token")
    if not isinstance(url, str) or not isinstance(token, str) or not url or not token:
        return None
    return StoredToken(url, token)


class TargetTokens:
    """The keyring entries of one newsroom's targets."""

    def __init__(self, newsroom_id: str) -> None:
        self.newsroom_id = newsroom_id

    def user(self, name: str) -> str:
        """This newsroom's keyring user for target ``name`` (names never contain ':')."""
        return f"target:{self.newsroom_id}:{name}"

    def stored(self, name: str) -> StoredToken | None:
        """This newsroom's entry for ``name``; None if there is none (or it is unreadable)."""
        secret = _keyring_call("read the token", "get_password", KEYRING_SERVICE, self.user(name))
        return _parse(secret)

    def state(self, name: str, url: str) -> TokenState:
        """What the keyring holds for target ``name`` at address ``url``.

        A keyring that cannot be read counts as holding nothing: the list still
        shows, and sending says why when it is tried.
        """
        try:
            entry = self.stored(name)
            if entry is not None and same_address(entry.url, url):
                return TokenState.STORED
            if entry is not None:
                return TokenState.ADDRESS_CHANGED
            legacy = _keyring_call(
                "read the token", "get_password", KEYRING_SERVICE, legacy_user(name)
            )
        except KeyringUnavailableError:
            return TokenState.MISSING
        return TokenState.EARLIER_VERSION if legacy else TokenState.MISSING

    def store(self, name: str, url: str, token: str) -> None:
        secret = json.dumps({"url": url, "token": token}, separators=(",", ":"))
        _keyring_call("store the token", "set_password", KEYRING_SERVICE, self.user(name), secret)

    def token_for(self, name: str, url: str) -> StoredToken:
        """The token to send to ``url``; refuses unless it was stored for that very address."""
        entry = self.stored(name)
        if entry is not None and same_address(entry.url, url):
            return entry
        again = f"set it with `newsdesk target token {name}`"
        if entry is not None:
            raise NewsdeskError(
                f"the token of target {name} was stored for {entry.url}, but the target now "
                f"points to {url}; it is not sent to another address — enter the token for "
                f"{url} again ({again})"
            )
        if self.state(name, url) is TokenState.EARLIER_VERSION:
            raise NewsdeskError(
                f"target {name} has only a token saved by an earlier Newsdesk, which every data "
                f"folder on this PC shares, so it may belong to another newsroom and is not "
                f"sent; {again}, or if you set it for this newsroom adopt it with "
                f"`newsdesk target token {name} --adopt-earlier`"
            )
        raise NewsdeskError(
            f"no token is set for target {name}; create one on the server with "
            f"`newsdesk token create` and {again}"
        )

    def delete(self, name: str) -> None:
        """Delete this newsroom's entry only; other newsrooms' and earlier entries stay.

        Removing a target must work without a usable keyring too; an entry left
        in a locked one is still only this newsroom's, bound to its old address.
        """
        try:
            own = self._has_own_entry(name)
        except KeyringUnavailableError:
            return
        if own:
            _keyring_call("delete the token", "delete_password", KEYRING_SERVICE, self.user(name))

    def adopt_earlier(self, name: str, url: str) -> None:
        """Move the earlier version's entry for ``name`` to this newsroom, bound to ``url``.

        Only when this newsroom has no entry of its own for the target: its own
        token is never replaced by a shared one.
        """
        if self._has_own_entry(name):
            raise ValidationError(
                "token", f"target {name} already has its own token; nothing to adopt"
            )
        token = _keyring_call("read the token", "get_password", KEYRING_SERVICE, legacy_user(name))
        if not token:
            raise ValidationError(
                "token", f"there is no token of an earlier Newsdesk for a target named {name}"
            )
        self.store(name, url, str(token))
        _keyring_call("delete the token", "delete_password", KEYRING_SERVICE, legacy_user(name))

    def _has_own_entry(self, name: str) -> bool:
        secret = _keyring_call("read the token", "get_password", KEYRING_SERVICE, self.user(name))
        return secret is not None
