"""Fixtures for the reference server tests: a live server per test, payload builders."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from newsdesk.server.testing import RunningServer, running_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path) as live:
        yield live


@pytest.fixture
def writer(server: RunningServer) -> Iterator[httpx.Client]:
    """An HTTP client with the write token."""
    headers = {"Authorization": f"Bearer {server.write_token}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def reader(server: RunningServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.read_token}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def anonymous(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


def jpeg(colour: str = "red", size: tuple[int, int] = (48, 32)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_payload(number: int = 1, **overrides: Any) -> dict[str, Any]:
    """A complete, valid PUT body in Korean; ``content_hash`` follows the content."""
    body: dict[str, Any] = {
        "headline": f"시흥시, 내년 교육 예산 12% 늘린다 {number}",
        "subheadline": "방과후 돌봄 확대에 가장 많이 배정",
        "body_html": "<p>시흥시가 내년 교육 예산을 <strong>12%</strong> 늘린다.</p>",
        "summary": "",
        "section": {"name": "교육", "slug": "education"},
        "tags": ["교육", "예산"],
        "byline": "김민수 기자",
        "status": "published",
        "number": number,
        "slug": "시흥시-교육-예산",
        "published_at": "2026-11-20T10:00:00+09:00",
        "updated_at": "2026-11-20T10:05:00+09:00",
        "main_photo": None,
        "photos": [],
        "base_revision": None,
    }
    body.update(overrides)
    hashed = {k: v for k, v in body.items() if k not in {"base_revision", "content_hash"}}
    body.setdefault("content_hash", sha(repr(sorted(hashed.items())).encode()))
    return body


@pytest.fixture
def upload(writer: httpx.Client) -> Callable[[bytes], str]:
    """Upload a JPEG and return its sha256."""

    def send(data: bytes) -> str:
        digest = sha(data)
        response = writer.put(
            f"api/v1/media/{digest}", content=data, headers={"Content-Type": "image/jpeg"}
        )
        assert response.status_code in (200, 201), response.text
        return digest

    return send


@pytest.fixture
def publish(writer: httpx.Client) -> Callable[..., httpx.Response]:
    """PUT an article (new UUID unless ``article_id`` given) and return the response."""

    def send(number: int = 1, article_id: str | None = None, **overrides: Any) -> httpx.Response:
        key = article_id or str(uuid.uuid4())
        return writer.put(f"api/v1/articles/{key}", json=article_payload(number, **overrides))

    return send
