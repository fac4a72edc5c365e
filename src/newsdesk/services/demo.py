"""``newsdesk demo``: fill a data folder with a realistic sample newsroom.

Photos are real JPEG files drawn with Pillow (with GPS and camera EXIF, as a
phone would write them) and go through the normal import pipeline, so the
demo exercises exactly what a reporter's photos do.
"""

from __future__ import annotations

import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import update

from newsdesk.services.articles import store_new_article
from newsdesk.services.demo_content import (
    ARTICLES,
    BACKGROUND,
    PARAGRAPHS,
    PEOPLE,
    PHOTO_CAPTIONS,
    SECTIONS,
    SITE,
)
from newsdesk.services.errors import ValidationError
from newsdesk.services.importing import person_named, section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publishing import publish_in_session
from newsdesk.services.site_profile import update_profile
from newsdesk.store.models import Article, Person, Role
from newsdesk.store.types import utc_now

_SCENE_COLOURS = {
    "sea": ((250, 190, 120), (40, 90, 150)),
    "market": ((200, 160, 120), (120, 70, 50)),
    "festival": ((30, 30, 80), (220, 80, 60)),
    "stadium": ((150, 200, 240), (40, 140, 60)),
    "lotus": ((200, 230, 200), (220, 120, 170)),
    "street": ((180, 190, 200), (90, 90, 100)),
    "factory": ((170, 190, 210), (110, 110, 120)),
    "park": ((170, 215, 245), (80, 160, 70)),
}


def draw_scene(scene: str, path: Path, *, seed: int, size: tuple[int, int] = (2400, 1600)) -> Path:
    """A photo-like JPEG (sky, horizon, shapes, grain) with phone-style EXIF."""
    rng = random.Random(seed)
    top, bottom = _SCENE_COLOURS[scene]
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.65))
    for y in range(height):
        t = y / height
        colour = tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(horizon, height)
        r = rng.randrange(20, 160)
        shade = tuple(max(0, min(255, c + rng.randrange(-60, 60))) for c in bottom)
        draw.ellipse([x - r, y - r // 2, x + r, y + r // 2], fill=shade)
    draw.ellipse(
        [width * 0.7, horizon * 0.3, width * 0.7 + 160, horizon * 0.3 + 160], fill=(255, 240, 200)
    )
    image = image.filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise(size, 18).convert("RGB")
    image = Image.blend(image, noise, 0.08)
    exif = Image.Exif()
    exif[0x010F] = "DemoCam"  # Make
    exif[0x0110] = "DC-1"  # Model
    exif[0x0132] = "2025:07:29 14:30:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (37.0, 20.0, 30.0), 3: "E", 4: (126.0, 44.0, 10.0)})
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SN-DEMO-0042"  # BodySerialNumber
    image.save(path, "JPEG", quality=88, exif=exif)
    return path


def _body(section: str, rng: random.Random, *, min_chars: int = 420) -> str:
    """Section paragraphs, topped up with background ones to a realistic length."""
    pool = PARAGRAPHS[section]
    chosen = rng.sample(pool, min(len(pool), rng.randint(3, len(pool))))
    extra = rng.sample(BACKGROUND, len(BACKGROUND))
    while extra and sum(len(p.replace(" ", "")) for p in chosen) < min_chars:
        chosen.insert(len(chosen) - 1 if len(chosen) > 1 else 1, extra.pop())
    return "\n\n".join(chosen) + "\n"


def build_demo(newsroom: Newsroom, *, now: datetime | None = None, seed: int = 7) -> int:
    """Create the sample newsroom; refuses a data folder that already has articles."""
    now = now or utc_now()
    rng = random.Random(seed)
    with newsroom.db.session() as session:
        if session.query(Article).count():
            raise ValidationError(
                "data folder", f"{newsroom.data_dir} already holds articles; use an empty folder"
            )
        for name in SECTIONS:
            section_named(session, name)
        for name, role, byline in PEOPLE:
            person = person_named(session, name, Role(role))
            person.byline = byline
    update_profile(newsroom, SITE)
    photos = PhotoService(newsroom)
    total = len(ARTICLES)
    created = 0
    with tempfile.TemporaryDirectory(prefix="newsdesk-demo-") as scratch:
        for index, (headline, sub, section_name, author_index, tags, scene) in enumerate(ARTICLES):
            # Oldest first, so public numbers grow with time; the last three stay drafts
            # and the newest published ones fall on "today".
            age = timedelta(hours=max(0, total - index - 4) * 22, minutes=rng.randint(5, 90))
            when = now - age
            with newsroom.db.session() as session:
                section = section_named(session, section_name)
                author = session.query(Person).filter_by(name=PEOPLE[author_index][0]).one()
                article = Article(
                    headline=headline,
                    subheadline=sub,
                    body=_body(section_name, rng),
                    section_id=section.id,
                    author_id=author.id,
                    byline=author.display_byline(),
                    tags=tags,
                    created_at=when,
                    updated_at=when,
                )
                store_new_article(session, article, actor_id=author.id, at=when)
                article_id = article.id
            if scene:
                picture = draw_scene(scene, Path(scratch) / f"{scene}-{index}.jpg", seed=index)
                caption, alt = PHOTO_CAPTIONS[scene]
                details = PhotoDetails(
                    caption=caption, credit=PEOPLE[author_index][2], alt_text=alt
                )
                for progress in photos.add_files(article_id, [picture], [details]):
                    if progress.error:
                        raise RuntimeError(progress.error)
            if index < total - 3:
                with newsroom.db.session() as session:
                    stored = session.get(Article, article_id)
                    assert stored is not None
                    publish_in_session(session, stored, when)
                    session.flush()
                    # As if last edited then, not at demo time (the ORM's onupdate
                    # would stamp "now" on this UPDATE, so set it with Core).
                    session.execute(
                        update(Article).where(Article.id == article_id).values(updated_at=when)
                    )
            created += 1
    return created
