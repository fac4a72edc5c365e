"""Locate the bundled ``resources/`` folder.

The same lookup has to work from a source checkout (``resources/`` at the
repository root), an installed wheel (``newsdesk/resources`` inside the
package, see ``force-include`` in pyproject.toml) and a PyInstaller bundle
(``resources/`` under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourcesNotFoundError(RuntimeError):
    """Raised when no resources folder can be found (a broken install)."""


def _candidates() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(package_dir / "resources")  # installed wheel
    found.append(package_dir.parent.parent / "resources")  # src/newsdesk -> repo root
    return found


@cache
def resources_dir() -> Path:
    """Return the resources folder, searching the known layouts in order."""
    for candidate in _candidates():
        if (candidate / "site" / "templates").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise ResourcesNotFoundError(f"Newsdesk resources folder not found (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Return a path inside the resources folder."""
    return resources_dir().joinpath(*parts)
