"""Photo upload: keyed by content hash, safe to repeat, checked before it is stored."""

from __future__ import annotations

import io
from collections.abc import Callable

import httpx
from PIL import Image
from tests.server.conftest import jpeg, sha

from newsdesk.server.testing import RunningServer

PROBLEM = "application/problem+json"


def test_upload_head_and_public_url(
    server: RunningServer, writer: httpx.Client, reader: httpx.Client
) -> None:
    data = jpeg("blue")
    digest = sha(data)
    assert reader.head(f"api/v1/media/{digest}").status_code == 404
    first = writer.put(
        f"api/v1/media/{digest}", content=data, headers={"Content-Type": "image/jpeg"}
    )
    assert first.status_code == 201
    assert first.json() == {"sha256": digest, "size": len(data), "content_type": "image/jpeg"}
    again = writer.put(
        f"api/v1/media/{digest}", content=data, headers={"Content-Type": "image/jpeg"}
    )
    assert again.status_code == 200
    assert reader.head(f"api/v1/media/{digest}").status_code == 200
    public = httpx.get(f"{server.base_url}media/{digest[:2]}/{digest}.jpg")
    assert public.status_code == 200 and public.content == data
    assert public.headers["content-type"] == "image/jpeg"
    assert httpx.get(f"{server.base_url}media/{digest[:2]}/{digest}.png").status_code == 404
    files = list((server.data_dir / "media").rglob("*.jpg"))
    assert [f.name for f in files] == [f"{digest}.jpg"]  # one copy, no temp files left


def test_png_and_webp(writer: httpx.Client) -> None:
    for kind, fmt in (("image/png", "PNG"), ("image/webp", "WEBP")):
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "green").save(buffer, fmt)
        data = buffer.getvalue()
        response = writer.put(
            f"api/v1/media/{sha(data)}", content=data, headers={"Content-Type": kind}
        )
        assert response.status_code == 201, response.text


def test_hash_mismatch_is_rejected(writer: httpx.Client) -> None:
    data = jpeg()
    wrong = "0" * 64
    response = writer.put(
        f"api/v1/media/{wrong}", content=data, headers={"Content-Type": "image/jpeg"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["actual_sha256"] == sha(data)
    assert writer.head(f"api/v1/media/{wrong}").status_code == 404


def test_wrong_type_and_spoofed_bytes(writer: httpx.Client) -> None:
    data = jpeg()
    gif = writer.put(
        f"api/v1/media/{sha(data)}", content=data, headers={"Content-Type": "image/gif"}
    )
    assert gif.status_code == 415 and gif.headers["content-type"].startswith(PROBLEM)
    as_png = writer.put(
        f"api/v1/media/{sha(data)}", content=data, headers={"Content-Type": "image/png"}
    )
    assert as_png.status_code == 422 and as_png.json()["type"].endswith("not-an-image")
    script = b"<script>alert(1)</script>"
    fake = writer.put(
        f"api/v1/media/{sha(script)}", content=script, headers={"Content-Type": "image/jpeg"}
    )
    assert fake.status_code == 422


def test_too_large_is_413(writer: httpx.Client) -> None:
    data = b"\xff\xd8\xff" + b"\0" * (30 * 1024 * 1024)
    response = writer.put(
        f"api/v1/media/{sha(data)}", content=data, headers={"Content-Type": "image/jpeg"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)


def test_upload_needs_write_token(
    reader: httpx.Client, anonymous: httpx.Client, upload: Callable[[bytes], str]
) -> None:
    data = jpeg("yellow")
    headers = {"Content-Type": "image/jpeg"}
    assert (
        anonymous.put(f"api/v1/media/{sha(data)}", content=data, headers=headers).status_code == 401
    )
    assert reader.put(f"api/v1/media/{sha(data)}", content=data, headers=headers).status_code == 403
    assert anonymous.head(f"api/v1/media/{upload(data)}").status_code == 401
