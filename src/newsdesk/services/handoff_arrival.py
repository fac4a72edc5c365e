"""What a hand-off file's article may be here: never live.

A file is untrusted input. Anyone can write ``"status": "published",
"number": 12`` into one, so nothing in it may put an article on the public
site or fix its public address: an article a file creates or fast-forwards
here is at most *submitted* (waiting for the desk), unnumbered, without a
slug and without publish or schedule times. The desk then publishes it
through the normal workflow, where the checks run and the number is given
here. What the file claimed is not thrown away silently: it is kept in a
:class:`~newsdesk.services.handoff_outcomes.HeldBack` line of the import
report and in the revision/transition note, so the desk reads "arrived as
submitted; the file said published as no. 12".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from newsdesk.services.handoff_history import parse_time
from newsdesk.services.handoff_outcomes import HeldBack
from newsdesk.site.dates import to_seoul
from newsdesk.store.models import ArticleStatus

#: The only status a file's article keeps here; every other one becomes SUBMITTED.
_KEPT = frozenset({ArticleStatus.DRAFT.value})


def arrival_status(claimed: str) -> str:
    """The status here of an article whose file says ``claimed``: at most submitted.

    A draft stays a draft (nobody asked the desk yet); anything further along
    on the sender's PC — submitted, in review, approved, scheduled, published,
    unpublished — waits for this desk's own review.
    """
    return claimed if claimed in _KEPT else ArticleStatus.SUBMITTED.value


def _seoul(moment: datetime) -> str:
    return to_seoul(moment).strftime("%Y-%m-%d %H:%M KST")


def held_back(entry: Mapping[str, Any], status: str) -> HeldBack | None:
    """The report line for a file's article that arrived as ``status``, or None when
    the file claimed nothing beyond it (same status, no number, no times)."""
    claimed, number = str(entry["status"]), entry.get("number")
    published = parse_time(entry.get("published_at"))
    revised = parse_time(entry.get("revised_at"))
    scheduled = parse_time(entry.get("scheduled_at"))
    if claimed == status and number is None and not (published or revised or scheduled):
        return None
    said = f"the file said {claimed}"
    if number is not None:
        said += f" as no. {number}"
    times = [
        f"{label} {_seoul(moment)}"
        for label, moment in (
            ("published", published),
            ("revised", revised),
            ("scheduled for", scheduled),
        )
        if moment is not None
    ]
    if times:
        said += f" ({', '.join(times)})"
    return HeldBack(
        article_id=str(entry["id"]),
        headline=str(entry["headline"]),
        status=status,
        claimed_status=claimed,
        claimed_number=number,
        claimed_published_at=published,
        claimed_revised_at=revised,
        claimed_scheduled_at=scheduled,
        message=f"arrived as {status}; {said}",
    )
