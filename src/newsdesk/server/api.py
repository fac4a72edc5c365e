"""The publishing API v1 routes (contract: resources/api/openapi.yaml, docs/api.md)."""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool

import newsdesk
from newsdesk.media.image_checks import ImageProblem
from newsdesk.resources import resource_path
from newsdesk.server import articles
from newsdesk.server.context import ServerContext
from newsdesk.server.models import ServerMedia
from newsdesk.server.problems import Problem, invalid_body
from newsdesk.server.schemas import ArticleIn, whole_number
from newsdesk.server.storage import MEDIA_EXTENSIONS
from newsdesk.server.tokens import lookup_token, record_use, use_is_stale
from newsdesk.server.uploads import check_upload
from newsdesk.server.views import ViewOverlay

log = logging.getLogger(__name__)

MAX_PAGE = 1_000_000  # the OpenAPI document's maximum for ?page=
ARTICLE_LIMIT = 2 * 1024 * 1024
MEDIA_LIMIT = 30 * 1024 * 1024
_DRAIN_LIMIT = 64 * 1024 * 1024  # past this, stop reading an oversized body and just answer
_SHA = re.compile(r"^[0-9a-f]{64}$")


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, or 413 once it passes ``limit`` bytes.

    An oversized body is read to its end (up to a hard cap) before answering,
    so the client sees the 413 instead of a connection reset mid-upload.
    """
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > _DRAIN_LIMIT:
            break
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        raise Problem(
            413,
            f"the request body is larger than the limit of {limit // (1024 * 1024)} MiB",
            kind="too-large",
            limit=limit,
        )
    return b"".join(chunks)


def _parse_id(article_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(article_id)
    except ValueError:
        raise Problem(422, f"{article_id!r} is not a UUID", kind="validation") from None


def build_api_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(prefix="/api/v1")

    def authorize(request: Request, scope: str) -> None:
        header = request.headers.get("authorization", "")
        kind, _, token = header.partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            raise Problem(
                401,
                "send an API token as 'Authorization: Bearer <token>'",
                kind="unauthorized",
                headers={"WWW-Authenticate": 'Bearer realm="newsdesk"'},
            )
        with ctx.store.read_session() as session:
            row = lookup_token(session, token.strip())
            granted = row.scope if row is not None else None
            stale = row is not None and use_is_stale(row)
            token_id = row.id if row is not None else None
        if stale and token_id is not None:
            try:
                with ctx.store.session() as session:
                    record_use(session, token_id)
            except OperationalError as exc:  # e.g. locked past the busy timeout
                # "Last used" is for `newsdesk token list`; not worth failing a request over.
                log.warning("could not record the use of API token %s: %s", token_id, exc)
        if granted is None:
            raise Problem(
                401,
                "the API token is unknown or was revoked",
                kind="unauthorized",
                headers={"WWW-Authenticate": 'Bearer realm="newsdesk", error="invalid_token"'},
            )
        if scope == "write" and granted != "write":
            raise Problem(
                403, "this token may only read; publishing needs a write token", kind="forbidden"
            )

    @router.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": newsdesk.__version__}

    @router.get("/openapi.yaml")
    def openapi_document() -> Response:
        text = resource_path("api", "openapi.yaml").read_text(encoding="utf-8")
        return Response(text, media_type="application/yaml; charset=utf-8")

    @router.put("/articles/{article_id}")
    async def put_article(article_id: str, request: Request) -> Response:
        await run_in_threadpool(authorize, request, "write")
        key = _parse_id(article_id)
        raw = await read_limited(request, ARTICLE_LIMIT)
        try:
            payload = ArticleIn.model_validate_json(raw)
        except ValidationError as exc:
            raise invalid_body(exc) from None

        def store() -> articles.PutOutcome:
            for attempt in range(2):
                try:
                    with ctx.store.session() as session:
                        overlay = ctx.views.overlay(session)  # first statement: holds off flushes
                        return articles.put_article(session, ctx.settings, key, payload, overlay)
                except IntegrityError:
                    if attempt:  # a concurrent writer won twice: report it as a number clash
                        raise Problem(
                            409,
                            "the public number is already used",
                            kind="number-conflict",
                            conflict="number",
                        ) from None
            raise AssertionError("unreachable")

        outcome = await run_in_threadpool(store)
        return JSONResponse(outcome.body, status_code=201 if outcome.created else 200)

    @router.delete("/articles/{article_id}", status_code=204)
    def delete_article(article_id: str, request: Request) -> Response:
        authorize(request, "write")
        key = _parse_id(article_id)
        with ctx.store.session() as session:
            articles.delete_article(session, key)
        return Response(status_code=204)

    @router.get("/articles")
    def list_articles(request: Request, page: str = "1") -> dict[str, Any]:
        authorize(request, "read")
        number = whole_number(page, MAX_PAGE)
        if number is None:
            raise Problem(
                422, f"page must be a whole number from 1 to {MAX_PAGE:,}", kind="validation"
            )
        with ctx.store.read_session() as session:
            return ctx.views.read(
                session, lambda more: articles.list_articles(session, ctx.settings, number, more)
            )

    @router.get("/articles/{article_id}")
    def get_article(article_id: str, request: Request) -> dict[str, Any]:
        authorize(request, "read")
        key = _parse_id(article_id)

        def build(overlay: ViewOverlay) -> dict[str, Any]:
            row = articles.live_article(session, key)
            if row is None:
                raise Problem(404, f"no published article {key}", kind="not-found")
            return articles.article_json(ctx.settings, row, overlay)

        with ctx.store.read_session() as session:
            return ctx.views.read(session, build)

    @router.head("/media/{sha256}")
    def head_media(sha256: str, request: Request) -> Response:
        authorize(request, "read")
        with ctx.store.read_session() as session:
            row = session.get(ServerMedia, sha256) if _SHA.match(sha256) else None
            if row is None:
                return Response(status_code=404)
            return Response(
                status_code=200,
                headers={"Content-Type": row.content_type, "X-Content-Length": str(row.size)},
            )

    @router.put("/media/{sha256}")
    async def put_media(sha256: str, request: Request) -> Response:
        await run_in_threadpool(authorize, request, "write")
        if not _SHA.match(sha256):
            raise Problem(
                422, "the path must be the lower-case hex sha256 of the file", kind="validation"
            )
        data = await read_limited(request, MEDIA_LIMIT)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in MEDIA_EXTENSIONS:
            raise Problem(
                415,
                "photos must be sent as image/jpeg, image/png or image/webp",
                kind="unsupported-media-type",
            )
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            raise Problem(
                422,
                f"the body's sha256 is {actual}, not the one in the path",
                kind="hash-mismatch",
                actual_sha256=actual,
            )

        def store() -> bool:
            with ctx.store.read_session() as session:
                if session.get(ServerMedia, sha256) is not None:
                    return False  # a repeat: these bytes were checked when first stored
            try:  # decoding a photo is CPU work: in the thread pool, not the event loop
                check_upload(data, content_type)
            except ImageProblem as exc:
                raise Problem(422, exc.reason, kind="not-an-image") from None
            with ctx.store.session() as session:
                if session.get(ServerMedia, sha256) is not None:
                    return False
                ctx.store.write_media(sha256, content_type, data)
                session.add(ServerMedia(sha256=sha256, content_type=content_type, size=len(data)))
            return True

        try:
            created = await run_in_threadpool(store)
        except IntegrityError:  # the same photo arrived twice at once
            created = False
        body = {"sha256": sha256, "size": len(data), "content_type": content_type}
        return JSONResponse(body, status_code=201 if created else 200)

    return router
