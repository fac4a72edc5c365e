"""Start-up stays light: the window's modules do not load the network stack or Alembic."""

from __future__ import annotations

import subprocess
import sys

#: Loaded only when the outbox worker sends, or when a database needs migrating.
NOT_AT_START_UP = ("httpx", "truststore", "keyring", "newsdesk.publish.api_client", "alembic")


def test_importing_the_main_window_leaves_the_network_stack_unloaded() -> None:
    code = (
        "import sys; import newsdesk.ui.app.startup, newsdesk.ui.app.main_window; "
        f"print(','.join(m for m in {NOT_AT_START_UP!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == ""
