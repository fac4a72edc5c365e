"""The reference site server: the newsdesk publishing API v1 plus the public site.

A small newspaper without a CMS runs it with ``newsdesk serve``; the test-suite
publishes to it. FastAPI and uvicorn are an optional extra (``newsdesk[server]``),
so only :mod:`newsdesk.server.app`, :mod:`newsdesk.server.api`,
:mod:`newsdesk.server.public` and :mod:`newsdesk.server.testing` import them;
storage, settings and tokens work without them (the token CLI needs no web stack).
"""
