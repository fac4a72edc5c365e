"""What every request handler needs, built once per app (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.server.settings import ServerSettings
from newsdesk.server.storage import ServerStore


@dataclass
class ServerContext:
    store: ServerStore
    settings: ServerSettings
