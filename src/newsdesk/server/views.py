"""Page views: counted in memory, saved in one transaction a second, never lost.

A write transaction per page view serialized every reader of the site behind
SQLite's one write lock: under 20 concurrent readers some waited past the
busy timeout and got a 500 "database is locked", and their views were lost.
Now a view is a dictionary increment. A background thread writes the tally
once a second (and at shutdown) in one transaction, retrying while the
database is locked; a batch that cannot be written goes back into the tally.

Counts shown while views wait in memory must still be exact: database value
plus what is not in the database *yet*. Each flush writes its batch number
(``server_view_flushes.seq``) in the same transaction as its counts, so a
reader that reads that number before and after its counts knows exactly
which in-memory batches its database reads already include
(:meth:`ViewCounter.read`). This holds with per-statement snapshots (SQLite
autocommit reads, PostgreSQL READ COMMITTED) and with one snapshot alike.

One server process owns the counts: run ``newsdesk serve`` as one process
(uvicorn's default), not with several workers on one database.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from newsdesk.server.models import DailyViews, ServerArticle, ViewFlush
from newsdesk.server.storage import ServerStore

T = TypeVar("T")
log = logging.getLogger(__name__)

#: How long one flush keeps retrying a locked database before the batch waits
#: for the next tick (each attempt already waits SQLite's busy timeout).
FLUSH_PATIENCE_SECONDS = 10.0
#: At shutdown: how long to keep trying before giving up on the last views.
SHUTDOWN_PATIENCE_SECONDS = 30.0


@dataclass
class _Batch:
    articles: Counter[uuid.UUID] = field(default_factory=Counter)
    days: Counter[str] = field(default_factory=Counter)

    def merge(self, other: _Batch) -> None:
        self.articles.update(other.articles)
        self.days.update(other.days)

    def __bool__(self) -> bool:
        return bool(self.articles or self.days)


@dataclass(frozen=True)
class ViewOverlay:
    """Views a database read does not include yet, to add to what it returned."""

    articles: Mapping[uuid.UUID, int]
    days: Mapping[str, int]

    def article(self, article_id: uuid.UUID) -> int:
        return self.articles.get(article_id, 0)

    def day(self, day: str) -> int:
        return self.days.get(day, 0)

    @property
    def total(self) -> int:
        return sum(self.days.values())


def _add_day_views(session: Session, day: str, views: int) -> None:
    """Add ``views`` to ``day`` (insert-or-increment without dialect-specific upserts)."""
    more = update(DailyViews).where(DailyViews.day == day).values(views=DailyViews.views + views)
    if session.execute(more).rowcount:  # type: ignore[attr-defined]
        return
    try:
        with session.begin_nested():
            session.add(DailyViews(day=day, views=views))
    except IntegrityError:  # inserted since (another process on the same database)
        session.execute(more)


def _is_locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


class ViewCounter:
    """The in-memory tally of one server process, and its flusher thread."""

    def __init__(self, store: ServerStore, *, flush_seconds: float = 1.0) -> None:
        self._store = store
        self._flush_seconds = flush_seconds
        self._lock = threading.Lock()  # guards the tally; held for microseconds only
        self._flush_lock = threading.Lock()  # one flush at a time; see read()
        self._open = _Batch()
        self._in_flight: dict[int, _Batch] = {}
        with store.read_session() as session:
            self._next_seq = self._flushed_seq(session) + 1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- counting -------------------------------------------------------------

    def record(self, article_id: uuid.UUID, day: str) -> None:
        """Count one view of an article on a Seoul day. Never touches the database."""
        with self._lock:
            self._open.articles[article_id] += 1
            self._open.days[day] += 1

    def pending(self) -> int:
        """Views not yet in the database (for tests and the log)."""
        with self._lock:
            batches = [self._open, *self._in_flight.values()]
            return sum(sum(batch.days.values()) for batch in batches)

    # -- reading --------------------------------------------------------------

    @staticmethod
    def _flushed_seq(session: Session) -> int:
        return int(session.scalar(select(ViewFlush.seq).where(ViewFlush.id == 1)) or 0)

    def _overlay_after(self, flushed: int) -> ViewOverlay:
        with self._lock:
            batches = [(self._next_seq, self._open), *self._in_flight.items()]
            articles: Counter[uuid.UUID] = Counter()
            days: Counter[str] = Counter()
            for seq, batch in batches:
                if seq > flushed:
                    articles.update(batch.articles)
                    days.update(batch.days)
        return ViewOverlay(articles, days)

    def read(self, session: Session, build: Callable[[ViewOverlay], T]) -> T:
        """``build(overlay)`` with database reads in ``session``; its counts + overlay are exact.

        The flushed batch number is read before and after ``build``; the same
        number twice means no flush committed in between, so ``build`` saw
        every batch up to it and none after. A flush in between (at most one
        a second) means building again; the third try holds off flushes.
        """
        for _attempt in range(2):
            before = self._flushed_seq(session)
            result = build(self._overlay_after(before))
            if self._flushed_seq(session) == before:
                return result
            session.expire_all()  # build again from the database, not the identity map
        with self._flush_lock:
            return build(self.overlay(session))

    def overlay(self, session: Session) -> ViewOverlay:
        """The views ``session`` does not see yet, for a transaction no flush can interleave.

        That is any SQLite write session (``BEGIN IMMEDIATE`` holds the write lock
        from the first statement, this one, to the commit); elsewhere use :meth:`read`.
        """
        return self._overlay_after(self._flushed_seq(session))

    # -- saving ---------------------------------------------------------------

    def _write(self, seq: int, batch: _Batch) -> None:
        bump = (  # one statement, executed for many rows (executemany)
            update(ServerArticle)
            .where(ServerArticle.id == bindparam("key"))
            .values(view_count=ServerArticle.view_count + bindparam("views"))
        )
        with self._store.session() as session:
            rows = [{"key": key, "views": views} for key, views in batch.articles.items()]
            if rows:
                session.connection().execute(bump, rows)
            for day, views in batch.days.items():
                _add_day_views(session, day, views)
            session.execute(update(ViewFlush).where(ViewFlush.id == 1).values(seq=seq))

    def flush(self, patience: float = FLUSH_PATIENCE_SECONDS) -> bool:
        """Write every pending view in one transaction; False if they had to wait again."""
        with self._flush_lock:
            with self._lock:
                if not self._open:
                    return True
                seq, batch = self._next_seq, self._open
                self._next_seq += 1
                self._open = _Batch()
                self._in_flight[seq] = batch  # still counted by readers until committed
            deadline = time.monotonic() + patience
            delay = 0.05
            while True:
                try:
                    self._write(seq, batch)
                except OperationalError as exc:
                    if _is_locked(exc) and time.monotonic() + delay < deadline:
                        time.sleep(delay)
                        delay = min(delay * 2, 1.0)
                        continue
                    problem: Exception = exc
                except Exception as exc:  # disk full, I/O error…: the views must not be lost
                    problem = exc
                else:
                    with self._lock:
                        del self._in_flight[seq]
                    return True
                with self._lock:  # back into the tally: a later flush writes them
                    self._open.merge(self._in_flight.pop(seq))
                log.warning(
                    "%d page views are not saved yet (%s); trying again",
                    sum(batch.days.values()),
                    problem,
                )
                return False

    # -- the flusher thread ----------------------------------------------------

    def start(self) -> None:
        """Flush every ``flush_seconds`` in a thread of its own (not the request pool)."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="newsdesk-view-flush", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._flush_seconds):
            self.flush()

    def stop(self) -> None:
        """Stop the thread and save what is left (called at server shutdown)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        deadline = time.monotonic() + SHUTDOWN_PATIENCE_SECONDS
        while not self.flush(patience=max(0.0, deadline - time.monotonic())):
            if time.monotonic() >= deadline:
                log.error("%d page views could not be saved at shutdown", self.pending())
                return
            time.sleep(0.2)
