"""Where each page lives in the exported site, and how pages link to each other.

Inside the site every link is relative, so an exported folder works from any
web root, a USB stick or ``file://``. Only canonical links, Open Graph, feeds
and sitemaps use absolute URLs built from ``SiteView.base_url``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from newsdesk.site.model import ArticleView

INDEX_PATH = "index.html"
RSS_PATH = "rss.xml"
SITEMAP_PATH = "sitemap.xml"
NEWS_SITEMAP_PATH = "news-sitemap.xml"
ROBOTS_PATH = "robots.txt"
CSS_PATH = "static/site.css"

_UNSAFE_SLUG_CHARS = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|#%]+")


@dataclass(frozen=True)
class Urls:
    """How a page reaches ``static/``, ``media/`` and the site root.

    The exporter uses relative prefixes; the preview pane swaps in ``file://``
    prefixes and nothing else, which is what keeps the preview byte-identical
    to the published page apart from these three strings.
    """

    static_prefix: str
    media_prefix: str
    root_prefix: str

    @classmethod
    def relative(cls, page_path: str) -> Urls:
        """Relative prefixes for a page at ``page_path`` inside the export."""
        up = "../" * page_path.count("/")
        return cls(static_prefix=f"{up}static/", media_prefix=f"{up}media/", root_prefix=up)


@lru_cache(maxsize=65536)
def clean_slug(slug: str) -> str:
    """Make a slug safe as one file-name component without romanising Hangul.

    Slugs come from the text layer already; this is the last guard so that a
    hand-edited slug can never produce a path separator or a reserved character.
    """
    text = unicodedata.normalize("NFC", slug).strip()
    text = _UNSAFE_SLUG_CHARS.sub("-", text).strip(" .-")
    return text


def article_path(article: ArticleView) -> str:
    """``articles/{number}-{slug}.html``; the number keeps the URL unique and stable."""
    if article.number is None:
        raise ValueError("an article without a public number has no published page")
    slug = clean_slug(article.slug)
    name = f"{article.number}-{slug}" if slug else str(article.number)
    return f"articles/{name}.html"


#: Longest page file name the exporter writes: 255 bytes (NAME_MAX on Linux, Windows
#: and macOS) less room for the hidden temp name it is written under first.
MAX_PAGE_NAME_BYTES = 200


def article_path_problem(article: ArticleView) -> str | None:
    """Why ``article`` cannot have a page of its own in the export, or None.

    Slugs are capped where articles are written, but a database from an older
    version may hold one that is not; such an article is left out of the site
    (and reported) rather than failing the export of every other page.
    """
    if article.number is None:
        return "it has no public number"
    name = article_path(article).rpartition("/")[2]
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:
        return "its slug is not valid Unicode text, so it cannot be a file name"
    if size > MAX_PAGE_NAME_BYTES:
        return (
            f"its page's file name would be {size} bytes, over the limit of "
            f"{MAX_PAGE_NAME_BYTES}; shorten its slug"
        )
    return None


def list_path(page: int) -> str:
    """``list/{k}.html`` — archive pages counted from the oldest, so old pages stay put."""
    return f"list/{page}.html"


def href(path: str) -> str:
    """Percent-encode a site-relative path for use in ``href``/``src`` and URLs."""
    return quote(path, safe="/._-~")


def absolute_url(base_url: str, path: str) -> str:
    """Absolute URL of a site-relative path (``base_url`` ends with ``/``)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return base + href(path)
