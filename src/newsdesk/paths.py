"""Where the data folder (database + photo store) lives.

Order of precedence: an explicit ``--data DIR``, then ``NEWSDESK_DATA``, then
the per-user data folder of the OS (platformdirs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Newsdesk"
DATA_ENV = "NEWSDESK_DATA"


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Return the data folder to use (not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ if environ is None else environ
    if env.get(DATA_ENV):
        return Path(env[DATA_ENV]).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
