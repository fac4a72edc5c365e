"""Response headers every answer gets, or that depend on the whole app, not one route.

- ``X-Content-Type-Options: nosniff`` and a ``Content-Security-Policy`` on
  *every* response — pages, photos, JSON, errors. A photo whose bytes also
  read as HTML must never be run as a page because a browser sniffed it, and
  if something ever does render as a page it may not run scripts.
- The complete ``Allow`` header on 405 answers.

A pure ASGI middleware (no ``BaseHTTPMiddleware``: it would buffer streamed
photo downloads and run every request through an extra task).
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.routing import BaseRoute, Match, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsdesk.site.security import PAGE_CSP

#: The pages' own policy, plus what only a header can say: never inside a frame
#: (clickjacking the site's links), which also covers photos and API answers.
SERVER_CSP = PAGE_CSP + "; frame-ancestors 'none'"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": SERVER_CSP}

#: Order of methods in ``Allow`` (RFC 9110 leaves it open; a fixed one reads better).
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(routes: Iterable[BaseRoute], scope: Scope) -> list[str]:
    """Every method some route answers for the path of ``scope``.

    Starlette's router answers 405 from the *first* route whose path matches
    and names only that route's methods — ``PUT`` for a path that also has GET
    and DELETE routes. RFC 9110 §15.5.6 wants all of them. Each method is
    tried against the routes' public ``matches`` (FastAPI nests included
    routers in private wrappers, so their route lists cannot be walked).
    """
    allowed = []
    for method in _METHOD_ORDER:
        probe = {**scope, "method": method}
        for route in routes:
            match, _child = route.matches(probe)
            if match is not Match.FULL:
                continue
            # A mount matches any method; StaticFiles itself only serves GET and HEAD.
            static = isinstance(route, Mount) and isinstance(route.app, StaticFiles)
            if static and method not in ("GET", "HEAD"):
                continue
            allowed.append(method)
            break
    return allowed


class ResponseHeaders:
    """Adds the security headers to every answer and the complete ``Allow`` to 405s."""

    def __init__(self, app: ASGIApp, *, routes: list[BaseRoute]) -> None:
        self.app = app
        self.routes = routes  # the app's live route list: routers added later count too

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # The router rewrites scope["root_path"] for mounts; keep what the request was.
        original: Scope = {
            "type": "http",
            "method": scope["method"],
            "path": scope["path"],
            "root_path": scope.get("root_path", ""),
        }

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.update(SECURITY_HEADERS)
                if message["status"] == 405:
                    headers["Allow"] = ", ".join(allowed_methods(self.routes, original))
            await send(message)

        await self.app(scope, receive, send_with_headers)
