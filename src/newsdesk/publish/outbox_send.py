"""Sending one outbox job: photos first, then the article (or its removal).

Kept apart from the queue bookkeeping in :mod:`newsdesk.services.outbox` so the
network conversation can be read top to bottom. Nothing here touches the
database: it gets a prepared :class:`PutWork` and returns what happened.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.publish.api_errors import MissingMediaError
from newsdesk.publish.payload import ArticlePayload

if TYPE_CHECKING:  # the caller hands in a client; httpx loads only where one is made
    from newsdesk.publish.api_client import ArticleResult, NewsdeskApiClient

BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 600.0


def backoff_delay(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``attempts`` (1 = first retry): "full jitter".

    Exponential from 2 s, capped at 10 minutes, then scaled by a random factor
    in [0, 1) so that many desks coming back online at once do not hit the
    server in lock-step. Tests pass ``rng=lambda: 1.0`` for exact delays.
    """
    exponent = min(max(attempts - 1, 0), 20)  # 2 s * 2**20 is far past the cap
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2.0**exponent)
    return ceiling * rng()


@dataclass(frozen=True)
class PutWork:
    payload: ArticlePayload
    base_revision: int | None


@dataclass
class PutOutcome:
    result: ArticleResult
    uploaded: list[str]


def upload_missing_media(
    client: NewsdeskApiClient, payload: ArticlePayload, only: set[str] | None = None
) -> list[str]:
    """Upload the photos the server lacks (HEAD first: photos are big, checks are cheap).

    Safe to repeat: media are keyed by the hash of their bytes, so an upload
    whose answer was lost is simply found by the next HEAD.
    """
    uploaded = []
    for media in payload.media:
        if only is not None and media.sha256 not in only:
            continue
        if only is None and client.has_media(media.sha256):
            continue
        client.put_media(media.sha256, media.read())
        uploaded.append(media.sha256)
    return uploaded


def send_put(client: NewsdeskApiClient, work: PutWork) -> PutOutcome:
    """Photos, then the article; one more round if the server lost a photo meanwhile."""
    uploaded = upload_missing_media(client, work.payload)
    body = work.payload.with_base_revision(work.base_revision)
    try:
        result = client.put_article(work.payload.article_id, body)
    except MissingMediaError as exc:
        ours = {media.sha256 for media in work.payload.media}
        if not set(exc.missing) <= ours:
            raise
        uploaded += upload_missing_media(client, work.payload, only=set(exc.missing))
        result = client.put_article(work.payload.article_id, body)
    return PutOutcome(result, uploaded)
