"""The OpenAPI document is valid 3.1, is what the server serves, and the server keeps to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from openapi_spec_validator.versions import consts, get_spec_version
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from newsdesk.resources import resource_path
from newsdesk.server.testing import RunningServer, running_server

DOCUMENT = resource_path("api", "openapi.yaml")
schema = schemathesis.openapi.from_path(DOCUMENT)


def test_document_is_valid_openapi_3_1() -> None:
    spec = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    validate(spec)
    assert get_spec_version(spec) == consts.OPENAPIV31
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    put = spec["paths"]["/api/v1/articles/{id}"]["put"]
    assert {"200", "201", "401", "403", "409", "413", "422"} <= put["responses"].keys()


def test_served_document_is_the_file(server: RunningServer) -> None:
    response = httpx.get(server.base_url + "api/v1/openapi.yaml")
    assert response.status_code == 200
    assert response.text == DOCUMENT.read_text(encoding="utf-8")
    # FastAPI's own generated schema and docs pages are switched off.
    for path in ("openapi.json", "docs", "redoc"):
        assert httpx.get(server.base_url + path).status_code == 404


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("schemathesis")) as live:
        yield live


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_server_keeps_to_the_document(
    case: schemathesis.Case, shared_server: RunningServer
) -> None:
    headers = {"Authorization": f"Bearer {shared_server.write_token}"}
    case.call_and_validate(
        base_url=shared_server.base_url.rstrip("/"), headers=headers, checks=CHECKS, timeout=10
    )


def test_document_path_is_packaged() -> None:
    assert Path(DOCUMENT).is_file()
