"""Body HTML on the server: re-sanitized on the way in, photo references resolved on the way out.

The client sends ``body_html`` as rendered by ``newsdesk.text.markdown`` with
``photo:N`` image sources left in place (see docs/api.md). The server never
trusts it: it is cleaned with the *same* nh3 allowlist the desktop renderer
uses (one allowlist, so a tag the preview drops can never appear on the
served page), and ``photo:N`` is resolved at render time by the same
:class:`~newsdesk.site.article_parts.PhotoPlacement` the static export uses.
"""

from __future__ import annotations

import unicodedata

from newsdesk.text.markdown import ImageResolver, clean_html, sanitize_html


def sanitize_body(body_html: str) -> str:
    """What the server stores: the client's HTML through the desktop's allowlist."""
    return clean_html(unicodedata.normalize("NFC", body_html))


def render_stored_body(body_html: str, *, resolve_image: ImageResolver | None = None) -> str:
    """``render_markdown`` stand-in for :class:`PageBuilder`: the body is already HTML.

    Sanitized again (cheap) so that rows written by an older server with a
    looser allowlist are still safe, then image sources are resolved exactly
    as the Markdown renderer resolves them.
    """
    return sanitize_html(body_html, resolve_image=resolve_image)
