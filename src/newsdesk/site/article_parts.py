"""Pieces of an article page that are computed in Python rather than in templates.

Photo placement, the plain-text description and the JSON-LD block all need
logic (or escaping rules) that would be unreadable in Jinja and that the tests
want to exercise directly.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsdesk.site.dates import rfc3339
from newsdesk.site.model import ArticleView, PhotoView, SiteView
from newsdesk.site.photo_figures import place_photo_figures
from newsdesk.site.urls import absolute_url, href

DESCRIPTION_LENGTH = 150
_PHOTO_REF = re.compile(r"^photo:(\d+)$")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|figure|figcaption|tr|td|th|table)\b[^>]*>", re.I
)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_BYLINE_ROLE = re.compile(r"\s*(기자|특파원|객원기자|인턴기자|시민기자|편집위원|논설위원)$")


@dataclass
class PhotoPlacement:
    """Resolves ``photo:N`` image references and remembers which photos went inline.

    A photo the reporter placed inside the body is not repeated in the photo
    list below it (nor at the top, if it is the main photo), so the reader sees
    each photo once, where the reporter put it.
    """

    photos: tuple[PhotoView, ...]
    media_prefix: str
    inline: set[int] = field(default_factory=set)  # 0-based indexes

    def resolve(self, src: str) -> str | None:
        """``resolve_image`` callback for the Markdown renderer (1-based ``photo:N``)."""
        match = _PHOTO_REF.match(src.strip())
        if not match:
            return None
        index = int(match.group(1)) - 1
        if not 0 <= index < len(self.photos) or not self.photos[index].web_file:
            return None
        self.inline.add(index)
        return self.media_prefix + href(self.photos[index].web_file)

    def place_figures(self, body_html: str, figure: Callable[[PhotoView], str]) -> str:
        """Give inline photos the same figure (caption, credit, size) as listed ones.

        The Markdown renderer only knows ``<img alt src>``; every inline photo
        becomes ``figure(photo)`` wherever it stands, splitting the paragraph
        it was typed in (see :mod:`newsdesk.site.photo_figures`), so a caption
        and credit are never lost to a reference glued to a line of text.
        """
        figures: dict[str, str] = {}
        for index in sorted(self.inline):
            photo = self.photos[index]
            figures.setdefault(self.media_prefix + href(photo.web_file), figure(photo).strip())
        return place_photo_figures(body_html, figures)

    def main_photo(self, article: ArticleView) -> PhotoView | None:
        """The main photo shown above the body, unless the body placed it inline."""
        main = article.main_photo
        if main is None or not main.web_file:
            return None
        if self.photos.index(main) in self.inline:
            return None
        return main

    def remaining(self, article: ArticleView) -> list[PhotoView]:
        """Photos for the list under the body: not main, not placed inline, with a file."""
        main = article.main_photo
        return [
            photo
            for index, photo in enumerate(self.photos)
            if photo is not main and index not in self.inline and photo.web_file
        ]


def plain_text(body_html: str) -> str:
    """Visible text of sanitized body HTML, whitespace collapsed."""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", body_html))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def describe(article: ArticleView, body_html: str) -> str:
    """og:description — the summary, or the first ~150 characters of the body."""
    if article.summary.strip():
        return _SPACE.sub(" ", article.summary).strip()
    text = plain_text(body_html)
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[:DESCRIPTION_LENGTH].rstrip() + "…"


def credit_text(credit: str) -> str:
    """ "ⓒ 홍길동" unless the credit already carries a copyright sign."""
    credit = credit.strip()
    if not credit or credit[0] in "ⓒ©":
        return credit
    return f"ⓒ {credit}"


def author_names(byline: str) -> list[str]:
    """People named in a byline: "김민수·이영희 기자" -> ["김민수", "이영희"]."""
    names = []
    for part in re.split(r"[·,/]", _BYLINE_ROLE.sub("", byline.strip())):
        name = _BYLINE_ROLE.sub("", part.strip())
        if name:
            names.append(name)
    return names


def photo_url(site: SiteView, photo: PhotoView | None) -> str | None:
    """Absolute URL of a photo's web derivative (for JSON-LD)."""
    if photo is None or not photo.web_file:
        return None
    return absolute_url(site.base_url, "media/" + photo.web_file)


def social_image(
    site: SiteView, photo: PhotoView | None
) -> tuple[str | None, tuple[int, int] | None]:
    """og:image: the social crop (1200×630) when the photo has one, else the web photo.

    Returns the absolute URL and, for the social crop, its pixel size (for
    og:image:width/height, which lets a first share show the picture at once).
    """
    if photo is not None and photo.social_file:
        return absolute_url(site.base_url, "media/" + photo.social_file), photo.social_size
    return photo_url(site, photo), None


def ld_images(site: SiteView, photo: PhotoView | None) -> list[str]:
    """JSON-LD ``image``: the page photo, then its social crop (several ratios are welcome)."""
    urls = [photo_url(site, photo), social_image(site, photo)[0]]
    return list(dict.fromkeys(url for url in urls if url))


def json_for_script(data: Any) -> str:
    """JSON safe to embed in ``<script>``: a headline containing ``</script>`` can't break out.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc. (still valid JSON that parses
    to the same strings); U+2028/2029 are escaped for old JavaScript parsers.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def news_article_ld(
    site: SiteView,
    article: ArticleView,
    *,
    canonical: str | None,
    images: Sequence[str],
    description: str,
) -> dict[str, Any]:
    """schema.org NewsArticle for search engines; omits what a draft doesn't have yet."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
    }
    if canonical:
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": canonical}
        data["url"] = canonical
    if images:
        data["image"] = list(images)
    if article.published_at is not None:
        data["datePublished"] = rfc3339(article.published_at)
    data["dateModified"] = rfc3339(article.updated_at)
    authors = author_names(article.byline)
    if authors:
        people = [{"@type": "Person", "name": name} for name in authors]
        data["author"] = people[0] if len(people) == 1 else people
    data["publisher"] = {"@type": "Organization", "name": site.name}
    if article.section_name:
        data["articleSection"] = article.section_name
    if description:
        data["description"] = description
    return data
