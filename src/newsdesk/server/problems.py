"""RFC 9457 ``application/problem+json`` errors for every 4xx/5xx the server sends.

Clients (the desktop outbox above all) decide retry-or-give-up from the status
and show ``detail`` to the editor, so every error — including FastAPI's own
validation errors, unknown routes and wrong methods — has the same shape.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk.server.headers import SECURITY_HEADERS

PROBLEM_TYPE = "application/problem+json"
PROBLEM_BASE = "https://newsdesk.invalid/problems/"

log = logging.getLogger(__name__)


class Problem(Exception):
    """Raise anywhere in a request to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        kind: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extras: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind
        self.title = title or HTTPStatus(status).phrase
        self.headers = headers or {}
        self.extras = extras


def problem_response(
    status: int,
    detail: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extras: Any,
) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + kind if kind else "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    body.update(extras)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_TYPE)


def validation_errors(errors: Any) -> list[dict[str, Any]]:
    """Pydantic errors reduced to JSON-safe ``{loc, msg, type}`` entries."""
    return [
        {
            "loc": [str(part) for part in e.get("loc", ())],
            "msg": e.get("msg", ""),
            "type": e["type"],
        }
        for e in errors
    ]


def invalid_body(exc: ValidationError) -> Problem:
    errors = validation_errors(exc.errors(include_url=False, include_context=False))
    first = errors[0] if errors else {"loc": [], "msg": "invalid"}
    where = ".".join(first["loc"]) or "body"
    return Problem(
        422, f"{where}: {first['msg']}", kind="validation", title="Invalid request", errors=errors
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error FastAPI/Starlette can produce through :func:`problem_response`."""

    async def on_problem(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return problem_response(
            exc.status,
            exc.detail,
            kind=exc.kind,
            title=exc.title,
            headers=exc.headers,
            **exc.extras,
        )

    async def on_http(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404:
            detail = "no such page or resource"
        return problem_response(exc.status_code, detail, headers=dict(exc.headers or {}))

    async def on_validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = validation_errors(exc.errors())
        first = errors[0] if errors else {"loc": [], "msg": "invalid"}
        return problem_response(
            422,
            f"{'.'.join(first['loc'])}: {first['msg']}",
            kind="validation",
            title="Invalid request",
            errors=errors,
        )

    async def on_crash(_request: Request, exc: Exception) -> Response:
        log.exception("request failed", exc_info=exc)
        # Sent by Starlette's outermost middleware, past ResponseHeaders: add its headers here.
        return problem_response(
            500, "the server failed; the error was logged", headers=dict(SECURITY_HEADERS)
        )

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)
