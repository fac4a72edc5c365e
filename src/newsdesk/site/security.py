"""The Content-Security-Policy every site page carries.

The pages need nothing but their own stylesheet and their own images
(``static/``, ``media/``): no scripts, no inline styles, no fonts, frames or
forms. Saying so in the page itself means that if anything ever slips past the
body sanitizer — an ``<img onerror>``, a ``<script>``, a style that hides the
legal footer — the browser refuses to run or apply it, on the static export
(any web host, a USB stick, ``file://``: Chromium counts other ``file:`` URLs as
'self'), in the desktop preview and on ``newsdesk serve`` alike.

Not in the page: ``frame-ancestors``, which browsers ignore (with a console
error) in a ``<meta>`` policy; the server adds it to its header.
"""

from __future__ import annotations

#: The ``<meta http-equiv="Content-Security-Policy">`` of every HTML page.
PAGE_CSP = "; ".join(
    (
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    )
)
