"""The served site's profile: ``site_settings.json`` in the server data folder.

A plain JSON file (not a table) because it is edited before the server first
starts (``newsdesk serve-config set``) and read by a person fixing a footer.
It holds no secrets — tokens live hashed in the database.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsdesk.publish.atomic import atomic_write_bytes
from newsdesk.site.model import LegalFooter, SiteView

SETTINGS_FILE = "site_settings.json"


class SettingsError(ValueError):
    """A setting is missing or invalid; the message names the field."""


@dataclass(frozen=True)
class ServerSettings:
    """Site name, public base URL, list page size and the legal footer."""

    name: str = ""
    base_url: str = "http://127.0.0.1:8080/"
    description: str = ""
    list_page_size: int = 20
    footer: LegalFooter = field(default_factory=LegalFooter)

    def site_view(self) -> SiteView:
        return SiteView(
            name=self.name,
            base_url=self.base_url,
            description=self.description,
            list_page_size=self.list_page_size,
            footer=self.footer,
        )

    def missing_fields(self) -> list[str]:
        """Field names (``name`` and legal footer fields) that must be filled before serving."""
        missing = ["name"] if not self.name.strip() else []
        return missing + self.footer.missing_fields()

    def as_flat_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data.pop("footer")
        data.update(asdict(self.footer))
        return data


SITE_FIELDS = ("name", "base_url", "description", "list_page_size")
FOOTER_FIELDS = tuple(LegalFooter.LABELS)
ALL_FIELDS = SITE_FIELDS + FOOTER_FIELDS


def _normalise_base_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise SettingsError(f"base_url must be an absolute http(s) URL, got {value!r}")
    text = value.strip()
    return text if text.endswith("/") else text + "/"


def with_field(settings: ServerSettings, name: str, value: str) -> ServerSettings:
    """A copy of ``settings`` with one field changed (the ``serve-config set`` rule)."""
    if name in FOOTER_FIELDS:
        return replace(settings, footer=replace(settings.footer, **{name: value.strip()}))
    if name == "list_page_size":
        try:
            size = int(value)
        except ValueError:
            raise SettingsError(f"list_page_size must be a whole number, got {value!r}") from None
        if not 1 <= size <= 500:
            raise SettingsError("list_page_size must be between 1 and 500")
        return replace(settings, list_page_size=size)
    if name == "base_url":
        return replace(settings, base_url=_normalise_base_url(value))
    if name == "name":
        return replace(settings, name=value.strip())
    if name == "description":
        return replace(settings, description=value.strip())
    raise SettingsError(f"unknown field {name!r}; known fields: {', '.join(ALL_FIELDS)}")


def load_settings(data_dir: Path) -> ServerSettings:
    """Read the settings file; a missing file means defaults (an incomplete footer)."""
    path = data_dir / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ServerSettings()
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"{path} must hold a JSON object")
    settings = ServerSettings()
    for name in ALL_FIELDS:
        if name in raw and raw[name] is not None:
            settings = with_field(settings, name, str(raw[name]))
    return settings


def save_settings(data_dir: Path, settings: ServerSettings) -> None:
    text = json.dumps(settings.as_flat_dict(), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(data_dir / SETTINGS_FILE, text.encode("utf-8"))


def require_servable(settings: ServerSettings) -> None:
    """Refuse to serve a site without its legally required footer (신문법 §21, §9-2)."""
    missing = settings.missing_fields()
    if missing:
        raise SettingsError(
            "cannot serve: set these with `newsdesk serve-config set FIELD VALUE`: "
            + ", ".join(missing)
        )
