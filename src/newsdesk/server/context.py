"""What every request handler needs, built once per app (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.server.settings import ServerSettings
from newsdesk.server.storage import ServerStore
from newsdesk.server.views import ViewCounter


@dataclass
class ServerContext:
    store: ServerStore
    settings: ServerSettings
    views: ViewCounter
