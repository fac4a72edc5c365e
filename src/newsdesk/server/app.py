"""The FastAPI application: API + public site + static files, built from a data folder.

FastAPI's generated OpenAPI and docs routes are switched off: the contract is
the hand-written ``resources/api/openapi.yaml`` (served at
``/api/v1/openapi.yaml``), which the client helper and the tests share, and a
second, generated description could only disagree with it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

import newsdesk
from newsdesk.resources import resource_path
from newsdesk.server.api import build_api_router
from newsdesk.server.context import ServerContext
from newsdesk.server.headers import ResponseHeaders
from newsdesk.server.problems import install_problem_handlers
from newsdesk.server.public import build_public_router
from newsdesk.server.settings import ServerSettings, load_settings, require_servable
from newsdesk.server.storage import ServerStore
from newsdesk.server.views import ViewCounter


def create_app(
    data_dir: Path,
    *,
    database_url: str | None = None,
    settings: ServerSettings | None = None,
    view_flush_seconds: float = 1.0,
) -> FastAPI:
    """Open the server's storage and build the app.

    Page views are saved every ``view_flush_seconds`` and when the app shuts
    down (lifespan), so run it with lifespan events on (uvicorn's default).

    Raises :class:`~newsdesk.server.settings.SettingsError` when the legal
    footer is incomplete — a site without it may not be served — and
    :class:`~newsdesk.server.storage.ServerStorageError` for an unusable database.
    """
    settings = settings if settings is not None else load_settings(data_dir)
    require_servable(settings)
    store = ServerStore(data_dir, database_url=database_url)
    try:
        views = ViewCounter(store, flush_seconds=view_flush_seconds)
    except Exception:
        store.dispose()
        raise
    ctx = ServerContext(store=store, settings=settings, views=views)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        views.start()
        try:
            yield
        finally:
            # After the last request: the final flush saves every view still in memory.
            await run_in_threadpool(views.stop)
            store.dispose()

    app = FastAPI(
        title="newsdesk publishing API",
        version=newsdesk.__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = ctx
    install_problem_handlers(app)
    app.include_router(build_api_router(ctx))
    app.include_router(build_public_router(ctx))
    app.mount("/static", StaticFiles(directory=resource_path("site", "static")), name="static")
    app.add_middleware(ResponseHeaders, routes=app.router.routes)
    return app
