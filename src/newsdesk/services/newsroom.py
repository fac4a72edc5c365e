"""The opened newsroom: the database plus the photo store of one data folder.

Built once at start-up (by the CLI or the GUI) and passed to every service;
there is no global instance.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsdesk.media.photo_store import PhotoStore
from newsdesk.store.database import Database, open_database


@dataclass
class Newsroom:
    data_dir: Path
    db: Database
    photos: PhotoStore

    @classmethod
    def open(cls, data_dir: Path, *, database_url: str | None = None) -> Newsroom:
        db = open_database(data_dir, url=database_url)
        return cls(data_dir=data_dir, db=db, photos=PhotoStore(data_dir / "photos"))

    def close(self) -> None:
        self.db.dispose()
