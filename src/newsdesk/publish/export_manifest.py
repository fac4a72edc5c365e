"""The export manifest: what the last export wrote, so the next one can skip or remove it.

``.newsdesk-export.json`` maps each site path the exporter wrote to the input
hash it was rendered from and the output's sha256, size and mtime. Only paths
listed here are ever deleted by the exporter, which is how a newsroom's own
files in the same folder (``extra.txt``, a verification file for a search
console) survive every export.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from newsdesk.publish.atomic import atomic_write_bytes

MANIFEST_NAME = ".newsdesk-export.json"
MANIFEST_VERSION = 1
COPY_INPUT = "copy"  # "input" of media copies: their names are already content hashes

Entries = dict[str, dict[str, Any]]


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(folder: Path) -> Entries:
    """Entries of the previous export; unreadable or foreign means "none" (render all)."""
    try:
        raw = json.loads((folder / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("version") != MANIFEST_VERSION:
        return {}
    files = raw.get("files")
    if not isinstance(files, dict):
        return {}
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, dict)}


def save_manifest(folder: Path, entries: Entries) -> None:
    """Write the manifest atomically (raises OSError)."""
    data = {"version": MANIFEST_VERSION, "files": dict(sorted(entries.items()))}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    atomic_write_bytes(folder / MANIFEST_NAME, text.encode("utf-8"))


def still_matches(target: Path, entry: dict[str, Any] | None) -> bool:
    """Whether ``target`` is still what ``entry`` recorded (see :func:`stat_matches`)."""
    if entry is None:
        return False
    try:
        info = target.stat()
    except OSError:
        return False
    return stat_matches(target, entry, info)


def stat_matches(
    target: Path | str, entry: dict[str, Any] | None, info: os.stat_result | None
) -> bool:
    """Whether ``target``, whose fresh ``stat`` is ``info`` (None: absent), is ``entry``.

    Size and mtime decide cheaply; a file whose mtime moved (copied folder,
    touched by a sync tool) is hashed before being trusted. Taking the caller's
    ``stat`` lets the exporter look at each of 10k pages with one system call.
    """
    if entry is None or info is None:
        return False
    if info.st_size != entry.get("size"):
        return False
    if info.st_mtime_ns == entry.get("mtime_ns"):
        return True
    try:
        return sha256_file(target) == entry.get("sha256")
    except OSError:
        return False
