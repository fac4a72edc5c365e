"""The rule every article slug obeys, whoever writes it.

A slug becomes a file name in the exported site (``articles/302-{slug}.html``)
and part of a URL. :func:`newsdesk.text.slugs.make_slug` produces slugs
within the cap; anything else that writes one (a hand-off file, a future
API) is checked against the same rule by the model itself
(:class:`newsdesk.store.models.Article`), so one 600-byte slug can never
reach the site again. This module imports nothing, so every layer may use it.
"""

from __future__ import annotations

import re

#: The cap in UTF-8 bytes (one Hangul syllable is 3 bytes; file names allow 255).
MAX_SLUG_BYTES = 80

# Path separators, characters Windows forbids in file names, C0 controls and DEL,
# and the two that would end or escape a URL path ("#", "%").
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|#%]')


def slug_problem(slug: str) -> str | None:
    """What is wrong with ``slug`` as an article's slug, or None when it is usable.

    An empty slug is usable: the article gets one from its headline when it
    is first published.
    """
    try:
        size = len(slug.encode("utf-8"))
    except UnicodeEncodeError:
        return "is not valid Unicode text"
    if size > MAX_SLUG_BYTES:
        return f"is {size} bytes long in UTF-8; at most {MAX_SLUG_BYTES} are allowed"
    bad = _UNSAFE.search(slug)
    if bad is not None:
        return f"contains {bad.group()!r}, which cannot be part of a file name or URL"
    return None
