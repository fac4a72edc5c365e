"""The article endpoints: idempotent PUT, revisions, conflicts, auth and limits."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
from tests.server.conftest import article_payload, jpeg

from newsdesk.server.testing import RunningServer

PROBLEM = "application/problem+json"


def test_put_creates_then_repeat_keeps_revision(writer: httpx.Client) -> None:
    key = str(uuid.uuid4())
    payload = article_payload(7)
    first = writer.put(f"api/v1/articles/{key}", json=payload)
    assert first.status_code == 201
    body = first.json()
    assert body["id"] == key and body["revision"] == 1 and body["view_count"] == 0
    assert body["content_hash"] == payload["content_hash"]
    assert body["url"].startswith(writer.base_url.__str__()) and "/articles/7-" in body["url"]

    again = writer.put(f"api/v1/articles/{key}", json=payload)
    assert again.status_code == 200
    assert again.json()["revision"] == 1  # a retry, not a new revision
    listing = writer.get("api/v1/articles").json()
    assert listing["total"] == 1 and len(listing["items"]) == 1


def test_update_bumps_revision_and_get_returns_it(writer: httpx.Client) -> None:
    key = str(uuid.uuid4())
    writer.put(f"api/v1/articles/{key}", json=article_payload(3))
    changed = article_payload(3, headline="제목을 고쳤다", base_revision=1)
    response = writer.put(f"api/v1/articles/{key}", json=changed)
    assert response.status_code == 200 and response.json()["revision"] == 2
    stored = writer.get(f"api/v1/articles/{key}").json()
    assert stored["headline"] == "제목을 고쳤다"
    assert stored["revision"] == 2 and stored["view_count"] == 0
    assert stored["published_at"] == "2026-11-20T10:00:00+09:00"
    assert stored["section"] == {"name": "교육", "slug": "education"}
    assert stored["url"].endswith(".html")


def test_stale_base_revision_is_a_conflict_with_current(writer: httpx.Client) -> None:
    key = str(uuid.uuid4())
    writer.put(f"api/v1/articles/{key}", json=article_payload(4))
    writer.put(
        f"api/v1/articles/{key}", json=article_payload(4, headline="데스크 수정", base_revision=1)
    )
    stale = article_payload(4, headline="기자 수정", base_revision=1)
    response = writer.put(f"api/v1/articles/{key}", json=stale)
    assert response.status_code == 409
    assert response.headers["content-type"].startswith(PROBLEM)
    problem = response.json()
    assert problem["conflict"] == "revision"
    assert problem["current"]["headline"] == "데스크 수정"
    assert problem["current"]["revision"] == 2
    assert problem["current"] == writer.get(f"api/v1/articles/{key}").json()
    # Resending the server's own content with the old base is still just a repeat.
    same = writer.put(
        f"api/v1/articles/{key}",
        json={**stale, "content_hash": problem["current"]["content_hash"]},
    )
    assert same.status_code == 200 and same.json()["revision"] == 2


def test_number_used_by_another_article(publish: Callable[..., httpx.Response]) -> None:
    assert publish(11).status_code == 201
    response = publish(11)
    assert response.status_code == 409
    assert response.json()["conflict"] == "number"


def test_missing_media_is_named(publish: Callable[..., httpx.Response]) -> None:
    absent = "ab" * 32
    photo = {"sha256": absent, "width": 10, "height": 10, "position": 0}
    response = publish(5, photos=[photo], main_photo=absent)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["missing_media"] == [absent]


def test_photos_and_body_are_sanitized(
    writer: httpx.Client, upload: Callable[[bytes], str]
) -> None:
    digest = upload(jpeg())
    photo = {
        "sha256": digest,
        "caption": "시청",
        "credit": "김민수",
        "alt_text": "시청 건물",
        "width": 48,
        "height": 32,
        "position": 0,
    }
    body = '<p onclick="x()">본문</p><script>alert(1)</script><p><img src="photo:1" alt="a"></p>'
    key = str(uuid.uuid4())
    response = writer.put(
        f"api/v1/articles/{key}",
        json=article_payload(6, body_html=body, photos=[photo], main_photo=digest),
    )
    assert response.status_code == 201, response.text
    stored = writer.get(f"api/v1/articles/{key}").json()["body_html"]
    assert "<script" not in stored and "onclick" not in stored and "photo:1" in stored


def test_delete_is_repeatable_and_hides_the_article(writer: httpx.Client) -> None:
    key = str(uuid.uuid4())
    writer.put(f"api/v1/articles/{key}", json=article_payload(8))
    assert writer.delete(f"api/v1/articles/{key}").status_code == 204
    assert writer.delete(f"api/v1/articles/{key}").status_code == 204
    assert writer.delete(f"api/v1/articles/{uuid.uuid4()}").status_code == 204
    missing = writer.get(f"api/v1/articles/{key}")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith(PROBLEM)
    assert writer.get("api/v1/articles").json()["total"] == 0
    # Publishing again brings it back as a new revision.
    again = writer.put(f"api/v1/articles/{key}", json=article_payload(8))
    assert again.status_code == 200 and again.json()["revision"] == 2


def test_list_pages_of_fifty(writer: httpx.Client) -> None:
    for number in range(1, 53):
        assert (
            writer.put(f"api/v1/articles/{uuid.uuid4()}", json=article_payload(number)).status_code
            == 201
        )
    first = writer.get("api/v1/articles").json()
    assert (first["page"], first["pages"], first["total"]) == (1, 2, 52)
    assert [item["number"] for item in first["items"][:2]] == [52, 51]
    second = writer.get("api/v1/articles", params={"page": 2}).json()
    assert [item["number"] for item in second["items"]] == [2, 1]
    bad = writer.get("api/v1/articles", params={"page": "0"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith(PROBLEM)


def test_auth(server: RunningServer, anonymous: httpx.Client, reader: httpx.Client) -> None:
    key = str(uuid.uuid4())
    none = anonymous.put(f"api/v1/articles/{key}", json=article_payload(1))
    assert none.status_code == 401
    assert none.headers["www-authenticate"].startswith("Bearer")
    assert none.headers["content-type"].startswith(PROBLEM)
    wrong = anonymous.get("api/v1/articles", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "invalid_token" in wrong.headers["www-authenticate"]
    forbidden = reader.put(f"api/v1/articles/{key}", json=article_payload(1))
    assert forbidden.status_code == 403
    assert forbidden.headers["content-type"].startswith(PROBLEM)
    assert reader.delete(f"api/v1/articles/{key}").status_code == 403
    assert reader.get("api/v1/articles").status_code == 200
    health = anonymous.get("api/v1/health")
    assert health.status_code == 200 and health.json()["status"] == "ok"


def test_validation_errors_are_problems(writer: httpx.Client) -> None:
    key = str(uuid.uuid4())
    empty = writer.put(f"api/v1/articles/{key}", json=article_payload(1, headline=""))
    assert empty.status_code == 422
    assert empty.headers["content-type"].startswith(PROBLEM)
    problem = empty.json()
    assert {"type", "title", "status", "detail"} <= problem.keys()
    assert problem["errors"][0]["loc"] == ["headline"]
    naive = writer.put(
        f"api/v1/articles/{key}", json=article_payload(1, published_at="2026-11-20T10:00:00")
    )
    assert naive.status_code == 422
    garbage = writer.put(f"api/v1/articles/{key}", content=b"{not json")
    assert garbage.status_code == 422
    not_uuid = writer.put("api/v1/articles/123", json=article_payload(1))
    assert not_uuid.status_code == 422
    for response in (writer.get("api/v1/nothing"), writer.post("api/v1/articles")):
        assert response.status_code in (404, 405)
        assert response.headers["content-type"].startswith(PROBLEM)


def test_body_over_two_mib_is_413(writer: httpx.Client) -> None:
    huge = article_payload(1, body_html="<p>" + "가" * (1024 * 1024) + "</p>")
    response = writer.put(f"api/v1/articles/{uuid.uuid4()}", json=huge)
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)
    assert writer.get("api/v1/articles").json()["total"] == 0
