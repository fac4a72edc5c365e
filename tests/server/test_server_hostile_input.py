"""Input from the internet: whatever arrives, the answer is a 4xx problem, never a 500."""

from __future__ import annotations

import io
import uuid
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml
from PIL import Image
from tests.server.conftest import article_payload, jpeg, sha

from newsdesk.resources import resource_path
from newsdesk.server.headers import SERVER_CSP
from newsdesk.server.testing import RunningServer

PROBLEM = "application/problem+json"

# Numbers past SQLite's 64-bit INTEGER, past int()'s 4300-digit limit, and
# Unicode "digits" that str.isdigit() accepts but int() refuses (²) or reads
# as a different number (Arabic-Indic ١٢ = 12).
HOSTILE_NUMBERS = {
    "20-digits": "99999999999999999999",
    "2^63": "9223372036854775808",
    "2^64": "18446744073709551616",
    "5000-digits": "1" * 5000,
    "superscript": "²",
    "arabic-indic": "١٢",
    "fullwidth": "１２",
}


@pytest.fixture
def site(server: RunningServer) -> httpx.Client:
    # No keep-alive: a connection the server drops after a crash must not hide the next answer.
    limits = httpx.Limits(max_keepalive_connections=0)
    return httpx.Client(base_url=server.base_url, timeout=10, limits=limits)


@pytest.mark.parametrize("number", HOSTILE_NUMBERS.values(), ids=HOSTILE_NUMBERS.keys())
def test_out_of_range_article_numbers_are_404(
    site: httpx.Client, publish: Callable[..., httpx.Response], number: str
) -> None:
    assert publish(12).status_code == 201  # so that a misread "١٢" would find a page
    for path in (f"articles/{number}-x.html", f"articles/{number}.html", f"list/{number}.html"):
        for method in ("GET", "HEAD"):
            response = site.request(method, path)
            assert response.status_code == 404, (method, path[:40], response.text[:200])
            if method == "GET":
                assert response.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize("number", HOSTILE_NUMBERS.values(), ids=HOSTILE_NUMBERS.keys())
def test_out_of_range_api_page_is_422(server: RunningServer, number: str) -> None:
    headers = {"Authorization": f"Bearer {server.read_token}"}
    limits = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=server.base_url, headers=headers, limits=limits) as reader:
        response = reader.get("api/v1/articles", params={"page": number})
    assert response.status_code == 422, response.text[:200]
    assert response.json()["type"].endswith("/validation")


def _photo(**overrides: Any) -> dict[str, Any]:
    return {"sha256": "a" * 64, "width": 48, "height": 32, "position": 0, **overrides}


# Each value is well-typed in lax Python terms ("7" parses as 7, True is 1) but
# not what the OpenAPI document allows: integers must be JSON integers and
# times RFC 3339 date-time strings with an offset.
LAX_BODIES: dict[str, dict[str, Any]] = {
    "number-string": {"number": "7"},
    "number-true": {"number": True},
    "number-float": {"number": 7.0},
    "base-revision-string": {"base_revision": "1"},
    "base-revision-false": {"base_revision": False},
    "width-true": {"photos": [_photo(width=True)]},
    "height-string": {"photos": [_photo(height="32")]},
    "position-float": {"photos": [_photo(position=1.0)]},
    "published-epoch": {"published_at": 1700000000},
    "published-epoch-float": {"published_at": 1700000000.5},
    "published-epoch-string": {"published_at": "1700000000"},
    "published-no-offset": {"published_at": "2026-11-20T10:00:00"},
    "published-date-only": {"published_at": "2026-11-20"},
    "published-space": {"published_at": "2026-11-20 10:00:00+09:00"},
    "published-no-seconds": {"published_at": "2026-11-20T10:00+09:00"},
    "published-basic-format": {"published_at": "20261120T100000+0900"},
    "published-short-offset": {"published_at": "2026-11-20T10:00:00+09"},
    "updated-epoch": {"updated_at": 1700000000},
    "headline-number": {"headline": 302},
    "tags-number": {"tags": ["교육", 1]},
    "section-number": {"section": {"name": 5, "slug": "x"}},
}


@pytest.mark.parametrize("overrides", LAX_BODIES.values(), ids=LAX_BODIES.keys())
def test_lax_types_are_422(writer: httpx.Client, overrides: dict[str, Any]) -> None:
    body = {**article_payload(7), **overrides}
    response = writer.put(f"api/v1/articles/{uuid.uuid4()}", json=body)
    assert response.status_code == 422, response.text[:300]
    assert response.json()["type"].endswith("/validation")


@pytest.mark.parametrize(
    "moment",
    ["2026-11-20T01:00:00Z", "2026-11-20t10:00:00.250+09:00", "2026-11-19T20:00:00-05:00"],
)
def test_rfc_3339_times_are_accepted(writer: httpx.Client, moment: str) -> None:
    body = article_payload(8, published_at=moment, updated_at=moment)
    response = writer.put(f"api/v1/articles/{uuid.uuid4()}", json=body)
    assert response.status_code == 201, response.text[:300]


def _documented_methods() -> dict[str, set[str]]:
    """Path (parameters filled in) -> every method the OpenAPI document lists for it."""
    spec = yaml.safe_load(resource_path("api", "openapi.yaml").read_text(encoding="utf-8"))
    filled = {"{id}": str(uuid.uuid4()), "{sha256}": "0" * 64}
    paths: dict[str, set[str]] = {}
    for template, item in spec["paths"].items():
        path = template
        for name, value in filled.items():
            path = path.replace(name, value)
        paths[path] = {m.upper() for m in item if m in {"get", "head", "put", "post", "delete"}}
    return paths


SITE_PATHS = ["", "index.html", "list/1.html", "articles/1-x.html", "rss.xml", "static/site.css"]


def test_405_allow_lists_every_method_of_the_path(site: httpx.Client) -> None:
    expected = _documented_methods()
    expected.update({"/" + path: {"GET", "HEAD"} for path in SITE_PATHS})
    for path, methods in expected.items():
        for method in {"POST", "PATCH", "DELETE", "PUT"} - methods:
            response = site.request(method, path.lstrip("/"))
            assert response.status_code == 405, (method, path, response.status_code)
            assert response.headers["content-type"].startswith(PROBLEM)
            allowed = {m.strip() for m in response.headers["allow"].split(",")}
            assert allowed == methods, (method, path)


def _truncated_jpeg() -> bytes:
    whole = jpeg("purple", (256, 256))
    return whole[: len(whole) // 2]


def _png_with_bad_crc() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "green").save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    idat = data.index(b"IDAT")
    data[idat + 4] ^= 0xFF  # one flipped byte in the pixel data: the chunk's CRC is now wrong
    return bytes(data)


def _png_claiming_a_billion_pixels() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = (40_000).to_bytes(4, "big") + (30_000).to_bytes(4, "big")  # IHDR width, height
    crc = zlib.crc32(bytes(data[12:29]))
    data[29:33] = crc.to_bytes(4, "big")
    return bytes(data)


def _animated_webp() -> bytes:
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (8, 8), colour) for colour in ("red", "blue")]
    frames[0].save(buffer, "WEBP", save_all=True, append_images=frames[1:], duration=100)
    return buffer.getvalue()


# JPEG magic, then a web page: 41 bytes that a browser would run if it sniffed them.
HTML_AS_JPEG = b"\xff\xd8\xff<html><script>alert(1)</script></html>"

FAKE_IMAGES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "html-behind-jpeg-magic": ("image/jpeg", lambda: HTML_AS_JPEG),
    "truncated-jpeg": ("image/jpeg", _truncated_jpeg),
    "png-bad-crc": ("image/png", _png_with_bad_crc),
    "png-decompression-bomb": ("image/png", _png_claiming_a_billion_pixels),
    "animated-webp": ("image/webp", _animated_webp),
    "webp-header-only": ("image/webp", lambda: b"RIFF\x10\x00\x00\x00WEBPVP8 \x04\x00\x00\x00junk"),
}


@pytest.mark.parametrize("kind, make", FAKE_IMAGES.values(), ids=FAKE_IMAGES.keys())
def test_uploads_that_do_not_decode_are_refused(
    server: RunningServer, writer: httpx.Client, kind: str, make: Callable[[], bytes]
) -> None:
    data = make()
    response = writer.put(f"api/v1/media/{sha(data)}", content=data, headers={"Content-Type": kind})
    assert response.status_code == 422, response.text[:300]
    assert response.json()["type"].endswith("/not-an-image")
    assert writer.head(f"api/v1/media/{sha(data)}").status_code == 404
    assert not list((server.data_dir / "media").rglob("*.*"))


def test_every_answer_forbids_sniffing_and_carries_the_policy(
    server: RunningServer,
    site: httpx.Client,
    publish: Callable[..., httpx.Response],
    upload: Callable[[bytes], str],
) -> None:
    digest = upload(jpeg("teal"))
    page = publish(5).json()["url"].rsplit("/articles/", 1)[1]
    token = {"Authorization": f"Bearer {server.read_token}"}
    answers = {
        "media": site.get(f"media/{digest[:2]}/{digest}.jpg"),
        "article": site.get(f"articles/{page}"),
        "redirect": site.get("articles/5-old.html"),
        "index": site.get(""),
        "css": site.get("static/site.css"),
        "rss": site.get("rss.xml"),
        "missing": site.get("nothing-here"),
        "405": site.post("index.html"),
        "health": site.get("api/v1/health"),
        "openapi": site.get("api/v1/openapi.yaml"),
        "401": site.get("api/v1/articles"),
        "api": site.get("api/v1/articles", headers=token),
        "head": site.head(f"api/v1/media/{digest}", headers=token),
    }
    for name, response in answers.items():
        assert response.headers.get("x-content-type-options") == "nosniff", name
        assert response.headers.get("content-security-policy") == SERVER_CSP, name
    assert answers["media"].headers["content-type"] == "image/jpeg"
    assert "default-src 'none'" in SERVER_CSP and "frame-ancestors 'none'" in SERVER_CSP
