"""One request to import files, remembered until its files are done.

The photos panel queues imports (one worker thread at a time). Whoever asked
for a batch may need to know what it became: a drop on the body inserts the
references of exactly the photos its own files turned into, in their order,
however many other imports ran before or after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ImportBatch", "ImportDone"]

#: Told when a batch is done: (article id, ids of the photos it became, in order).
ImportDone = Callable[[str, list[str]], None]


@dataclass
class ImportBatch:
    """Files asked for together, and the photos they have become so far."""

    article_id: str  # "" while the new article they wait for is not saved
    paths: list[Path]
    then: ImportDone | None = None
    photo_ids: list[str] = field(default_factory=list)

    def finish(self) -> None:
        """Tell whoever asked (also after a failure: with the photos imported until then)."""
        if self.then is not None:
            self.then(self.article_id, list(self.photo_ids))
