"""Cropped photos sent to the reference server: the cut the article shows, and its og:image."""

from __future__ import annotations

import io
import re

import httpx
from PIL import Image
from tests.outbox.conftest import Newspaper, make_client

from newsdesk.media.photo_edit import CropBox, PhotoEdit, largest_box
from newsdesk.publish.payload import build_payload
from newsdesk.server.testing import RunningServer
from newsdesk.services.photo_edits import PhotoEditService
from newsdesk.services.photos import PhotoService
from newsdesk.services.views import article_view
from newsdesk.store.models import Article

SIZE = (640, 480)  # what Newspaper.picture draws


def test_the_server_page_shows_the_cut_and_shares_the_social_crop(
    server: RunningServer, paper: Newspaper
) -> None:
    article_id = paper.article("배곧 해안 산책로", photo_seeds=(1,))
    (photo,) = PhotoService(paper.newsroom).list_for(article_id)
    edit = PhotoEdit(body=CropBox(0.0, 0.0, 0.5, 1.0), social=largest_box((1200, 630), SIZE))
    PhotoEditService(paper.newsroom).apply(photo.id, edit)
    with paper.newsroom.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        payload = build_payload(article_view(article, paper.newsroom.photos), paper.newsroom.photos)
    web, social = payload.media
    (sent,) = payload.body["photos"]
    assert (sent["sha256"], sent["social_sha256"]) == (web.sha256, social.sha256)
    assert (sent["width"], sent["height"]) == (320, 480)

    with make_client(server.base_url, server.write_token, timeout=5) as client:
        for media in payload.media:
            client.put_media(media.sha256, media.read())
        result = client.put_article(article_id, payload.with_base_revision(None))
    with httpx.Client(timeout=10) as browser:
        page = browser.get(result.url).text
        og_image = re.search(r'<meta property="og:image" content="([^"]+)"', page)
        assert og_image is not None and social.sha256 in og_image.group(1)
        img = re.search(r'<figure class="photo main-photo">\s*<img src="([^"]+)"', page)
        assert img is not None and web.sha256 in img.group(1)
        shared = browser.get(
            server.base_url.rstrip("/") + "/media/" + og_image.group(1).split("/media/")[1]
        )
        assert shared.status_code == 200
        with Image.open(io.BytesIO(shared.content)) as image:
            assert image.size == (640, 336)  # the 1200:630 cut, not upscaled


def test_an_article_without_a_social_crop_sends_what_it_always_sent(
    server: RunningServer, paper: Newspaper
) -> None:
    article_id = paper.article("시장 풍경", photo_seeds=(2,))
    (photo,) = PhotoService(paper.newsroom).list_for(article_id)
    PhotoEditService(paper.newsroom).apply(photo.id, PhotoEdit(rotation=90))
    with paper.newsroom.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        payload = build_payload(article_view(article, paper.newsroom.photos), paper.newsroom.photos)
    (media,) = payload.media
    (sent,) = payload.body["photos"]
    assert "social_sha256" not in sent
    assert (sent["width"], sent["height"]) == (480, 640)  # turned
    with Image.open(media.path) as image:
        assert image.size == (480, 640)
