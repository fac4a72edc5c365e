"""Tokens belong to one newsroom and one server address (issue 13, item 13).

Two data folders on one PC share one keyring. Newsroom B has a token for its
real server; newsroom A has a target of the same name pointing at a
recording server on 127.0.0.1 that keeps every request it gets. Whatever A
does, that server must never see B's token — nor may A's ``target remove``
delete it. A token also goes only to the address it was stored for, and an
entry left by an earlier version (keyed by the target name alone) is never
used unless the user adopts it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import MemoryKeyring
from tests.outbox.conftest import TARGET, Newspaper, server_state
from tests.outbox.recording_server import RecordingServer, recording_server

from newsdesk.server.testing import RunningServer
from newsdesk.services.errors import NewsdeskError, ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.newsroom_identity import newsroom_id
from newsdesk.services.outbox import OutboxService
from newsdesk.services.publish_targets import KEYRING_SERVICE, TargetService, TokenState
from newsdesk.services.target_tokens import legacy_user, same_address
from newsdesk.store.models import OutboxJob

FOREIGN_TOKEN = "tokenOfNewsroomB-0123456789abcdefghijklmnop"


@pytest.fixture
def recorder() -> Iterator[RecordingServer]:
    with recording_server() as record:
        yield record


@pytest.fixture
def other_recorder() -> Iterator[RecordingServer]:
    with recording_server() as record:
        yield record


@pytest.fixture
def room_b(tmp_path: Path, paper: Newspaper) -> Iterator[Newspaper]:
    """A second data folder on the same PC (same keyring), with its own pictures."""
    room = Newsroom.open(tmp_path / "newsroom-b")
    yield Newspaper(room, paper.picture_dir)
    room.close()


def _send(paper: Newspaper, headline: str) -> OutboxJob:
    """Queue one article for TARGET and run the outbox with the real client factory."""
    article = paper.article(headline)
    outbox = OutboxService(paper.newsroom, TargetService(paper.newsroom).client)
    job_id = outbox.enqueue(TARGET, article, "put")
    outbox.run_due()
    with paper.newsroom.db.session() as session:
        job = session.get(OutboxJob, job_id)
        assert job is not None
        return job


def _b_with_token(room_b: Newspaper, server: RunningServer) -> TargetService:
    targets = TargetService(room_b.newsroom)
    targets.add(TARGET, server.base_url)
    targets.set_token(TARGET, server.write_token)
    return targets


# -- two newsrooms on one keyring ------------------------------------------------


def test_newsroom_without_token_never_sends_another_newsrooms_token(
    paper: Newspaper, room_b: Newspaper, server: RunningServer, recorder: RecordingServer
) -> None:
    _b_with_token(room_b, server)
    TargetService(paper.newsroom).add(TARGET, recorder.url)  # A: same name, no token

    assert TargetService(paper.newsroom).get(TARGET).token_state is TokenState.MISSING
    job = _send(paper, "A의 기사")
    assert job.state == "failed" and "no token is set for target site" in job.last_error
    with pytest.raises(NewsdeskError, match="no token is set"):
        TargetService(paper.newsroom).client(TARGET)
    assert recorder.requests == []  # A's server heard nothing, least of all B's token

    assert _send(room_b, "B의 기사").state == "sent"  # B still publishes with its token
    assert len(server_state(server).articles) == 1


def test_each_newsroom_sends_its_own_token_to_its_own_server(
    paper: Newspaper, room_b: Newspaper, server: RunningServer, recorder: RecordingServer
) -> None:
    _b_with_token(room_b, server)
    targets_a = TargetService(paper.newsroom)
    targets_a.add(TARGET, recorder.url)
    targets_a.set_token(TARGET, "tokenOfNewsroomA")

    assert _send(paper, "A의 기사").state == "failed"  # the recorder refuses everything
    assert recorder.authorizations() and set(recorder.authorizations()) == {
        "Bearer tokenOfNewsroomA"
    }
    assert _send(room_b, "B의 기사").state == "sent"


def test_remove_in_one_newsroom_leaves_the_other_newsrooms_token(
    paper: Newspaper,
    room_b: Newspaper,
    server: RunningServer,
    recorder: RecordingServer,
    memory_keyring: MemoryKeyring,
) -> None:
    targets_b = _b_with_token(room_b, server)
    b_entry = (KEYRING_SERVICE, targets_b.tokens.user(TARGET))
    targets_a = TargetService(paper.newsroom)
    targets_a.add(TARGET, recorder.url)
    targets_a.remove(TARGET)  # A never had a token
    assert b_entry in memory_keyring.passwords

    targets_a.add(TARGET, recorder.url)
    targets_a.set_token(TARGET, "tokenOfNewsroomA")
    targets_a.remove(TARGET)  # A's own token goes, B's stays
    assert list(memory_keyring.passwords) == [b_entry]
    assert TargetService(room_b.newsroom).get(TARGET).has_token
    assert _send(room_b, "B의 기사").state == "sent"


@pytest.mark.sqlite_only("reopens by data folder (like the CLI's --data): the SQLite file")
def test_newsroom_ids_differ_per_database_and_survive_reopening(
    paper: Newspaper, room_b: Newspaper, tmp_path: Path
) -> None:
    first = newsroom_id(paper.newsroom)
    assert newsroom_id(paper.newsroom) == first
    assert newsroom_id(room_b.newsroom) != first
    again = Newsroom.open(paper.newsroom.data_dir)
    try:
        assert newsroom_id(again) == first
    finally:
        again.close()


# -- the address a token was stored for ---------------------------------------------


def test_token_is_not_sent_to_a_changed_address(
    paper: Newspaper, recorder: RecordingServer, other_recorder: RecordingServer
) -> None:
    targets = TargetService(paper.newsroom)
    targets.add(TARGET, recorder.url)
    targets.set_token(TARGET, FOREIGN_TOKEN)

    info = targets.set_url(TARGET, other_recorder.url)
    assert info.token_state is TokenState.ADDRESS_CHANGED and not info.has_token
    job = _send(paper, "주소 바뀐 기사")
    assert job.state == "failed"
    assert "is not sent to another address" in job.last_error
    assert "enter the token for" in job.last_error and FOREIGN_TOKEN not in job.last_error
    assert other_recorder.requests == [] and recorder.requests == []

    targets.set_token(TARGET, "tokenForTheNewAddress")
    _send(paper, "새 토큰 기사")
    assert set(other_recorder.authorizations()) == {"Bearer tokenForTheNewAddress"}
    assert recorder.requests == []


@pytest.mark.sqlite_only("reopens by data folder (like the CLI's --data): the SQLite file")
def test_address_changed_by_another_desk_in_the_database(
    paper: Newspaper, recorder: RecordingServer, other_recorder: RecordingServer
) -> None:
    """A shared database: another desk edits the URL; this desk's keyring still has the old."""
    targets = TargetService(paper.newsroom)
    targets.add(TARGET, recorder.url)
    targets.set_token(TARGET, FOREIGN_TOKEN)
    with paper.newsroom.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE publish_targets SET url = ? WHERE name = ?", (other_recorder.url, TARGET)
        )
    assert targets.get(TARGET).token_state is TokenState.ADDRESS_CHANGED
    with pytest.raises(NewsdeskError, match="not sent to another address"):
        targets.client(TARGET)
    assert other_recorder.requests == []


def test_same_address_ignores_only_case_of_scheme_and_host_and_a_trailing_slash() -> None:
    assert same_address("https://News.Example.kr/api/", "https://news.example.kr/api")
    assert not same_address("https://news.example.kr", "http://news.example.kr")
    assert not same_address("https://news.example.kr", "https://news.example.kr:8443")
    assert not same_address("https://news.example.kr/a", "https://news.example.kr/b")
    assert not same_address("https://news.example.kr", "https://news.example.kr.evil.test")


# -- entries of earlier versions (keyed by the target name alone) ---------------------


def _legacy(memory_keyring: MemoryKeyring, token: str = FOREIGN_TOKEN) -> tuple[str, str]:
    key = (KEYRING_SERVICE, legacy_user(TARGET))
    memory_keyring.passwords[key] = token
    return key


def test_earlier_entry_is_never_used_on_its_own(
    paper: Newspaper, recorder: RecordingServer, memory_keyring: MemoryKeyring
) -> None:
    key = _legacy(memory_keyring)
    targets = TargetService(paper.newsroom)
    targets.add(TARGET, recorder.url)
    assert targets.get(TARGET).token_state is TokenState.EARLIER_VERSION

    job = _send(paper, "예전 토큰 기사")
    assert job.state == "failed" and "--adopt-earlier" in job.last_error
    assert FOREIGN_TOKEN not in job.last_error
    assert recorder.requests == []

    targets.set_token(TARGET, "tokenOfNewsroomA")  # A's own token: the shared one stays
    assert memory_keyring.passwords[key] == FOREIGN_TOKEN
    targets.remove(TARGET)  # and remove does not delete another folder's token
    assert memory_keyring.passwords == {key: FOREIGN_TOKEN}


def test_adopting_the_earlier_entry_binds_it_to_this_newsroom_and_address(
    paper: Newspaper,
    room_b: Newspaper,
    server: RunningServer,
    recorder: RecordingServer,
    memory_keyring: MemoryKeyring,
) -> None:
    key = _legacy(memory_keyring, server.write_token)
    targets_b = TargetService(room_b.newsroom)
    targets_b.add(TARGET, server.base_url)
    info = targets_b.adopt_earlier_token(TARGET)
    assert info.token_state is TokenState.STORED
    assert key not in memory_keyring.passwords  # no second data folder can take it now
    stored = json.loads(memory_keyring.passwords[(KEYRING_SERVICE, targets_b.tokens.user(TARGET))])
    assert stored == {"url": server.base_url.rstrip("/"), "token": server.write_token}
    assert _send(room_b, "B의 기사").state == "sent"

    targets_a = TargetService(paper.newsroom)
    targets_a.add(TARGET, recorder.url)
    assert targets_a.get(TARGET).token_state is TokenState.MISSING
    with pytest.raises(ValidationError, match="no token of an earlier Newsdesk"):
        targets_a.adopt_earlier_token(TARGET)
    _send(paper, "A의 기사")
    assert recorder.requests == []

    targets_b.set_url(TARGET, recorder.url)  # adopted, then moved: still bound to B's server
    _send(room_b, "B의 다른 기사")
    assert recorder.requests == []


def test_own_token_wins_and_is_never_replaced_by_the_earlier_entry(
    paper: Newspaper, recorder: RecordingServer, memory_keyring: MemoryKeyring
) -> None:
    key = _legacy(memory_keyring)
    targets = TargetService(paper.newsroom)
    targets.add(TARGET, recorder.url)
    targets.set_token(TARGET, "tokenOfNewsroomA")
    with pytest.raises(ValidationError, match="already has its own token"):
        targets.adopt_earlier_token(TARGET)
    _send(paper, "A의 기사")
    assert set(recorder.authorizations()) == {"Bearer tokenOfNewsroomA"}
    assert memory_keyring.passwords[key] == FOREIGN_TOKEN

    targets.set_url(TARGET, "https://elsewhere.example.kr")
    assert targets.get(TARGET).token_state is TokenState.ADDRESS_CHANGED
    with pytest.raises(ValidationError, match="already has its own token"):
        targets.adopt_earlier_token(TARGET)  # no back door to the shared token


def test_unreadable_own_entry_counts_as_missing(
    paper: Newspaper, recorder: RecordingServer, memory_keyring: MemoryKeyring
) -> None:
    targets = TargetService(paper.newsroom)
    targets.add(TARGET, recorder.url)
    memory_keyring.passwords[(KEYRING_SERVICE, targets.tokens.user(TARGET))] = FOREIGN_TOKEN
    assert targets.get(TARGET).token_state is TokenState.MISSING
    with pytest.raises(NewsdeskError, match="no token is set"):
        targets.client(TARGET)
    targets.set_token(TARGET, "tokenOfNewsroomA")
    assert targets.get(TARGET).has_token


FIXTURES = Path(__file__).parents[1] / "store" / "schema_fixtures"


def test_upgraded_newsroom_gets_an_id_and_leaves_the_earlier_entry_alone(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A data folder of schema 0004 (name-keyed tokens) after the upgrade."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "schema_0004", folder)
    memory_keyring.passwords[(KEYRING_SERVICE, legacy_user("본사"))] = FOREIGN_TOKEN
    room = Newsroom.open(folder)
    try:
        first = newsroom_id(room)
        assert TargetService(room).get("본사").token_state is TokenState.EARLIER_VERSION
        with pytest.raises(NewsdeskError, match="may belong to another newsroom"):
            TargetService(room).client("본사")
    finally:
        room.close()
    room = Newsroom.open(folder)
    try:
        assert newsroom_id(room) == first
    finally:
        room.close()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, legacy_user("본사")): FOREIGN_TOKEN}


def test_the_id_stored_in_the_database_is_the_one_used(tmp_path: Path) -> None:
    folder = tmp_path / "current"
    shutil.copytree(FIXTURES / "schema_0005", folder)
    room = Newsroom.open(folder)
    try:
        assert newsroom_id(room) == "5e7d0c1a-9b2f-4e3d-8a6c-1f0e2d3c4b5a"
        user = TargetService(room).tokens.user("본사")
        assert user == "target:5e7d0c1a-9b2f-4e3d-8a6c-1f0e2d3c4b5a:본사"
    finally:
        room.close()
