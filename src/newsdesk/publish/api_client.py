"""HTTP client of the newsdesk publishing API v1 (docs/api.md).

Why it looks the way it does:

* Every request has a timeout (10 s, 5 s to connect): a hung server must turn
  into a retry later, never a frozen publish.
* TLS is verified against the operating system's trust store (``truststore``),
  so a newspaper's own CA installed on the office PCs works, and a self-signed
  server fails with a message saying so instead of an OpenSSL error code.
* Errors become :mod:`newsdesk.publish.api_errors` classes; the outbox decides
  from the class alone whether to retry, give up or ask the editor.
* The bearer token lives only in the httpx client's headers (which httpx
  masks in its repr); it is never put into a message, a repr or a log line.
"""

from __future__ import annotations

import ssl
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from newsdesk import __version__
from newsdesk.publish.api_errors import (
    ApiError,
    AuthError,
    ConflictError,
    MissingMediaError,
    PermanentError,
    TlsError,
    TransientError,
    parse_retry_after,
    problem_text,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiError",
    "ArticlePage",
    "ArticleResult",
    "NewsdeskApiClient",
    "RemoteArticle",
    "os_trust_context",
]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
API_PREFIX = "/api/v1"
_RETRYABLE_STATUS = {408, 425, 429}


def os_trust_context() -> ssl.SSLContext:
    """A client TLS context that trusts what the operating system trusts."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@dataclass(frozen=True)
class ArticleResult:
    """The server's answer to a PUT of an article."""

    id: str
    revision: int
    url: str
    content_hash: str
    view_count: int
    created: bool


@dataclass(frozen=True)
class RemoteArticle:
    """One row of ``GET /api/v1/articles``."""

    id: str
    number: int | None
    revision: int
    content_hash: str
    view_count: int


@dataclass(frozen=True)
class ArticlePage:
    items: tuple[RemoteArticle, ...]
    page: int
    pages: int
    total: int


def _certificate_problem(exc: BaseException) -> ssl.SSLError | None:
    """The ssl error somewhere in an httpx exception's cause chain, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        for arg in current.args:
            if isinstance(arg, ssl.SSLError):
                return arg
        current = current.__cause__ or current.__context__
    return None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class NewsdeskApiClient:
    """One publish target's API, over one pooled httpx client.

    ``target`` is the name the user gave the target; it goes into error
    messages so they can say which setting to fix. ``transport`` lets tests
    plug in httpx's mock transport; ``verify`` defaults to the OS trust store.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        target: str = "",
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.target = target or urlsplit(self.base_url).netloc or self.base_url
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=self._timeout,
            transport=transport,
            verify=verify if verify is not None else os_trust_context(),
            headers={
                "Authorization": f"Bearer {token}",
                "User-Agent": f"newsdesk/{__version__}",
                "Accept": "application/json, application/problem+json",
            },
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"NewsdeskApiClient(target={self.target!r}, base_url={self.base_url!r})"

    def __enter__(self) -> NewsdeskApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- endpoints -----------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return _json(self._request("GET", "/health"))

    def put_article(self, article_id: str, payload: dict[str, Any]) -> ArticleResult:
        """Create or update by UUID; repeating the same content is answered idempotently."""
        response = self._request("PUT", f"/articles/{article_id}", json=payload)
        data = _json(response)
        try:
            return ArticleResult(
                id=str(data.get("id", article_id)),
                revision=int(data["revision"]),
                url=str(data.get("url", "")),
                content_hash=str(data.get("content_hash", "")),
                view_count=int(data.get("view_count", 0)),
                created=response.status_code == 201,
            )
        except (KeyError, TypeError, ValueError):
            raise PermanentError(
                f"target {self.target}: the server's answer to an article upload has no "
                "revision; is the URL a newsdesk server?",
                status=response.status_code,
            ) from None

    def delete_article(self, article_id: str) -> None:
        """Take the article off the site; an article the server never had is fine."""
        self._request("DELETE", f"/articles/{article_id}", allow={404})

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        response = self._request("GET", f"/articles/{article_id}", allow={404})
        return None if response.status_code == 404 else _json(response)

    def has_media(self, sha256: str) -> bool:
        return self._request("HEAD", f"/media/{sha256}", allow={404}).status_code != 404

    def put_media(self, sha256: str, data: bytes, content_type: str = "image/jpeg") -> bool:
        """Upload a photo under its hash; True if the server did not have it yet."""
        response = self._request(
            "PUT", f"/media/{sha256}", content=data, headers={"Content-Type": content_type}
        )
        return response.status_code == 201

    def list_articles(self, page: int = 1) -> ArticlePage:
        data = _json(self._request("GET", "/articles", params={"page": page}))
        items = []
        for row in data.get("items", []):
            if not isinstance(row, dict) or "id" not in row:
                continue
            number = row.get("number")
            items.append(
                RemoteArticle(
                    id=str(row["id"]),
                    number=int(number) if number is not None else None,
                    revision=int(row.get("revision", 0)),
                    content_hash=str(row.get("content_hash", "")),
                    view_count=int(row.get("view_count", 0)),
                )
            )
        return ArticlePage(
            items=tuple(items),
            page=int(data.get("page", page)),
            pages=int(data.get("pages", 1)),
            total=int(data.get("total", len(items))),
        )

    # -- plumbing --------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, allow: Collection[int] = (), **kwargs: Any
    ) -> httpx.Response:
        try:
            response = self._http.request(method, API_PREFIX + path, **kwargs)
        except httpx.TimeoutException:
            seconds = self._timeout.read or self._timeout.connect
            raise TransientError(
                f"target {self.target}: no answer from {self.base_url} within {seconds:g} s; "
                "the job will be retried"
            ) from None
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from None
        if response.is_success or response.status_code in allow:
            return response
        raise self._status_error(method, path, response)

    def _transport_error(self, exc: httpx.TransportError) -> ApiError:
        problem = _certificate_problem(exc)
        if isinstance(problem, ssl.SSLCertVerificationError):
            reason = problem.verify_message or problem.reason or "verification failed"
            return TlsError(
                f"target {self.target}: the server's certificate is not trusted (self-signed?): "
                f"{reason}. Install a certificate from a public CA (e.g. Let's Encrypt) on the "
                "server, or add the newspaper's own CA to this computer's trusted certificates"
            )
        if problem is not None:
            return TlsError(
                f"target {self.target}: the secure connection to {self.base_url} failed "
                f"({problem.reason or problem}); check that the URL's http/https is right"
            )
        if isinstance(exc, httpx.ConnectError):
            return TransientError(
                f"target {self.target}: cannot connect to {self.base_url} (server down or "
                "offline); the job waits until the server answers"
            )
        return TransientError(
            f"target {self.target}: the connection to {self.base_url} broke "
            f"({type(exc).__name__}); the job will be retried"
        )

    def _status_error(self, method: str, path: str, response: httpx.Response) -> ApiError:
        status = response.status_code
        problem = _json(response) if method != "HEAD" else {}
        what = problem_text(problem, response.reason_phrase or "error")
        where = f"target {self.target}: {method} {API_PREFIX}{path}"
        if status in (401, 403):
            return AuthError(
                f"the token for target {self.target} was refused (HTTP {status}: {what}) — "
                "create a new one with `newsdesk token create` and set it with "
                f"`newsdesk target token {self.target}`",
                status=status,
                problem=problem,
            )
        if status == 409:
            kind = str(problem.get("conflict") or "revision")
            current = problem.get("current")
            current = current if isinstance(current, dict) else None
            if kind == "number":
                message = (
                    f"target {self.target}: the server already has another article with this "
                    f"number ({what}); the two newsrooms must not publish to one site with "
                    "overlapping numbers"
                )
            else:
                revision = current.get("revision") if current else "?"
                message = (
                    f"target {self.target}: the server has a newer version of this article "
                    f"(server revision {revision}); choose which version to keep"
                )
            return ConflictError(message, kind=kind, current=current, problem=problem)
        if status in _RETRYABLE_STATUS or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            wait = f"; the server asked to wait {retry_after:g} s" if retry_after else ""
            return TransientError(
                f"{where} answered HTTP {status} ({what}){wait}; the job will be retried",
                status=status,
                retry_after=retry_after,
            )
        if status == 422 and isinstance(problem.get("missing_media"), list):
            missing = [str(sha) for sha in problem["missing_media"]]
            return MissingMediaError(
                f"{where}: the server lacks {len(missing)} photo(s) of this article",
                missing,
                problem,
            )
        if status == 413:
            return PermanentError(
                f"{where}: too large for the server ({what}); make the photo or article smaller "
                "or raise the server's limit",
                status=status,
                problem=problem,
            )
        return PermanentError(
            f"{where} was refused with HTTP {status}: {what}", status=status, problem=problem
        )
