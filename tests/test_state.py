"""Conversation state: the JSON form of a Session, and the memory, SQLite and Redis stores (a real server)."""
from __future__ import annotations

import json
import logging
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.frontends.state import (GuardedStore, MemoryStore, RedisStore, SQLiteStore, StoreError, default_state_file,
                                 open_store, state_setting)
from bot.understanding.session import (SESSION_FORMAT, Pending, Session, session_from_json, session_to_json)

from .fake_bot_api import LogCapture

IDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-é", min_size=1, max_size=30)
ROLES = st.lists(IDS, max_size=6).map(tuple)
PENDING = st.builds(Pending, IDS, ROLES, st.none() | IDS, ROLES, st.integers(0, 5))
SESSIONS = st.builds(Session, ROLES, ROLES, st.none() | IDS, st.none() | IDS, st.none() | PENDING, ROLES,
                     st.just("") | IDS, ROLES, ROLES, st.integers(0, 60), ROLES.map(frozenset), st.just("") | IDS,
                     st.just("") | IDS, st.integers(0, 5), st.integers(0, 10**7), st.sampled_from(("", "USD", "GBP")),
                     st.sampled_from(("", "year", "hour")),
                     st.just("") | IDS, st.booleans(), ROLES, st.just("") | IDS, st.just("") | IDS, st.booleans(),
                     ROLES, ROLES)
TALK = Session(("data-architect",), ("data-engineer", "data-architect"), "salary", "salary",
               Pending("compare", ("data-architect", "ai-architect"), "skills", ("data-engineer",), 1),
               ("data-architect", "ai-architect"))


# --- the JSON form -----------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(SESSIONS)
def test_every_session_survives_its_json_form(session):
    text = session_to_json(session)
    assert session_from_json(text) == session
    assert session_from_json(text.encode()) == session


def test_json_form_is_versioned_and_explicit():
    data = json.loads(session_to_json(TALK))
    assert data == {"v": SESSION_FORMAT, "focus": ["data-architect"], "recent": ["data-engineer", "data-architect"],
                    "last_intent": "salary", "last_aspect": "salary",
                    "pending": {"intent": "compare", "candidates": ["data-architect", "ai-architect"],
                                "aspect": "skills", "roles": ["data-engineer"], "slot": 1},
                    "offered": ["data-architect", "ai-architect"], "current_job": "", "interests": [], "dislikes": [],
                    "experience_years": 0, "said": [], "place": "", "home": "", "place_age": 0, "pay_amount": 0,
                    "pay_currency": "", "pay_period": "", "unknown_role": "", "hiring": False, "questions": [],
                    "their_job": "", "job_taken_from": "", "pay_needed": False, "abilities": [], "limits": []}


# Each earlier format, and the fields it did not have yet: its records load with those fields empty.
PAY_NEEDED = ("pay_needed",)
HOME = ("home", "place_age") + PAY_NEEDED
EARLIER_FORMATS = [
    (2, ("pay_amount", "pay_currency", "pay_period", "unknown_role", "hiring", "questions", "their_job",
         "job_taken_from") + HOME),                                   # no pay
    (3, ("unknown_role", "hiring", "questions", "their_job", "job_taken_from") + HOME),  # no unknown job
    (4, ("hiring", "questions", "their_job", "job_taken_from") + HOME),  # no hiring stance
    (5, ("questions", "their_job", "job_taken_from") + HOME),         # no questions listed, no job of someone else
    (6, ("job_taken_from",) + HOME),                                  # no words of a job taken as its first kind
    (7, HOME),                                                        # no home place
    (8, PAY_NEEDED),                                                  # no pay they need
]


@pytest.mark.parametrize("version, missing", EARLIER_FORMATS)
def test_a_record_of_an_earlier_format_still_loads(version, missing):
    """A restart after an upgrade forgets nothing a record holds."""
    old = json.loads(session_to_json(TALK))
    old["v"] = version
    for key in missing:
        del old[key]
    assert session_from_json(json.dumps(old)) == TALK


def test_every_field_of_a_session_is_in_its_json_form():
    """A field added to Session and forgotten here would be lost at every restart."""
    import dataclasses
    data = json.loads(session_to_json(TALK))
    assert {f.name for f in dataclasses.fields(Session)} == set(data) - {"v"}


@pytest.mark.parametrize("text", [
    "", "not json", "[]", "null", '{"focus": []}',                        # unreadable, or no version
    json.dumps({"v": 0, "focus": []}), json.dumps({"v": "1"}),            # another version
    json.dumps({"v": SESSION_FORMAT, "focus": "data-architect"}),        # wrong types
    json.dumps({"v": SESSION_FORMAT, "recent": [1, 2]}),
    json.dumps({"v": SESSION_FORMAT, "pending": {"intent": "compare", "candidates": ["a"], "slot": -1}}),
    json.dumps({"v": SESSION_FORMAT, "pending": ["compare"]}),
    json.dumps({"v": SESSION_FORMAT, "experience_years": -1}), json.dumps({"v": SESSION_FORMAT, "said": "x"}),
    json.dumps({"v": SESSION_FORMAT, "place": 3}),
    json.dumps({"v": SESSION_FORMAT, "pay_amount": -5}), json.dumps({"v": SESSION_FORMAT, "pay_currency": 1}),
    json.dumps({"v": True}),
    b"\xff\xfe",
])
def test_unreadable_or_old_version_is_refused(text):
    with pytest.raises(ValueError):
        session_from_json(text)


# --- memory ------------------------------------------------------------------------------------------

def test_memory_store_is_bounded_and_expires():
    now = [0.0]
    store = MemoryStore(max_sessions=3, ttl=10, clock=lambda: now[0])
    for n in range(5):
        store.put(f"chat:{n}", TALK)
    assert len(store.keys()) == 3 and store.get("chat:0") is None and store.get("chat:4") == TALK
    now[0] = 11
    assert store.get("chat:4") is None
    store.put("chat:9", Session())
    assert len(store.keys()) == 1 and store.get("chat:9") == Session()


# --- SQLite ------------------------------------------------------------------------------------------

def test_sqlite_store_lasts_across_reopening(tmp_path):
    path = tmp_path / "deep" / "state.sqlite3"
    store = SQLiteStore(path)
    store.put("chat:1", TALK)
    store.put("chat:2", Session(focus=("data-analyst",)))
    store.close()
    assert path.stat().st_mode & 0o777 == 0o600
    again = SQLiteStore(path)
    assert again.get("chat:1") == TALK and again.get("chat:2").focus == ("data-analyst",)
    assert again.get("chat:3") is None
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    again.close()


def test_sqlite_store_purges_expired_and_stays_bounded(tmp_path):
    now = [1000.0]
    store = SQLiteStore(tmp_path / "s.sqlite3", ttl=60, max_sessions=5, purge_every=10, clock=lambda: now[0])
    for n in range(9):
        store.put(f"old:{n}", TALK)
    now[0] += 61
    assert store.get("old:0") is None                        # expired: not returned even before a purge
    store.put("new:0", TALK)                                 # the 10th write purges
    assert store.keys() == ["new:0"]
    assert sqlite3.connect(tmp_path / "s.sqlite3").execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    for n in range(1, 20):
        now[0] += 1
        store.put(f"new:{n}", TALK)
    keys = store.keys()  # a list of the stored keys, not a dict view
    assert len(keys) <= 5 + 9 and "new:19" in keys  # bounded at each purge
    store.close()
    assert len(SQLiteStore(tmp_path / "s.sqlite3", max_sessions=5, clock=lambda: now[0]).keys()) == 5  # purged on open


def test_sqlite_unreadable_record_is_dropped_with_a_warning(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = SQLiteStore(path)
    store.put("chat:1", TALK)
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET data = ? WHERE key = 'chat:1'", (json.dumps({"v": 99, "focus": []}),))
    db.commit()
    with LogCapture(logging.WARNING) as logs:
        assert store.get("chat:1") is None
    assert "Dropped the stored conversation chat:1" in logs.text and "version 99" in logs.text
    assert store.keys() == []


def test_corrupt_or_read_only_state_file_means_memory_and_a_clear_message(tmp_path):
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a database"):
        SQLiteStore(corrupt)
    messages: list[str] = []
    store = open_store(str(corrupt), warn=messages.append)
    assert isinstance(store, MemoryStore)
    assert f"cannot use the state file {corrupt}: file is not a database" in messages[0]
    assert "in memory only" in messages[0]

    read_only = tmp_path / "ro"
    read_only.mkdir()
    SQLiteStore(read_only / "state.sqlite3").close()
    (read_only / "state.sqlite3").chmod(0o444)
    read_only.chmod(0o555)
    try:
        store = open_store(str(read_only / "state.sqlite3"), warn=messages.append)
    finally:
        read_only.chmod(0o755)
    assert isinstance(store, MemoryStore)
    assert f"cannot use the state file {read_only / 'state.sqlite3'}: it is read-only" in messages[1]


def test_where_state_goes_by_default(tmp_path):
    assert default_state_file({"XDG_DATA_HOME": "/x"}).as_posix() == "/x/career-advisor/state.sqlite3"
    assert default_state_file({}).as_posix().endswith("/.local/share/career-advisor/state.sqlite3")
    assert state_setting(None, {}) == "off"
    assert state_setting(None, {}, default="/d") == "/d"
    assert state_setting(None, {"CAREER_BOT_STATE": "/s"}, default="/d") == "/s"
    assert state_setting(None, {"CAREER_BOT_STATE": "/s", "CAREER_BOT_REDIS_URL": "redis://h"}) == "redis://h"
    assert state_setting("off", {"CAREER_BOT_REDIS_URL": "redis://h"}) == "off"
    assert isinstance(open_store("off"), MemoryStore)


# --- Redis (a real server) ---------------------------------------------------------------------------

def test_redis_store_keeps_sessions_with_a_ttl(redis_server):
    store = RedisStore(redis_server.url, ttl=600)
    store.put("chat:1", TALK)
    assert store.get("chat:1") == TALK and store.get("chat:2") is None
    client = redis_server.client()
    assert 590 <= client.ttl("career-advisor:session:chat:1") <= 600
    assert json.loads(client.get("career-advisor:session:chat:1"))["v"] == SESSION_FORMAT
    other = RedisStore(redis_server.url)                      # a second instance sees the same sessions
    assert other.get("chat:1") == TALK
    client.set("career-advisor:session:chat:3", b"\x80garbage")
    with LogCapture(logging.WARNING) as logs:
        assert store.get("chat:3") is None
    assert "Dropped the stored conversation chat:3" in logs.text
    assert client.get("career-advisor:session:chat:3") is None
    assert sorted(store.keys()) == ["chat:1"]
    store.close()
    other.close()


def test_redis_outage_costs_context_not_answers_and_recovers(redis_server):
    now = [0.0]
    store = open_store(redis_server.url)
    assert isinstance(store, GuardedStore) and store.blocking
    store.clock = lambda: now[0]
    store.put("chat:1", TALK)
    redis_server.stop()
    with LogCapture(logging.INFO) as logs:
        assert store.get("chat:1") is None                   # refused: one warning, no exception
        store.put("chat:1", Session())                        # skipped while failing
        now[0] += 0.5
        assert store.get("chat:1") is None
        now[0] += 1.0
        assert store.get("chat:1") is None                   # tried again: still down, no second warning
        redis_server.start()
        now[0] += 1.5
        assert store.get("chat:1") is None                   # the server restarted empty: nothing stored
        store.put("chat:1", TALK)
        assert store.get("chat:1") == TALK
    assert logs.text.count("State store unavailable") == 1
    assert "answering without saved context" in logs.text
    assert "State store is back" in logs.text
    assert "Traceback" not in logs.text
    store.close()


def test_redis_unreachable_at_start_is_a_warning_not_a_failure():
    from .redis_server import free_port

    with LogCapture(logging.WARNING) as logs:
        store = open_store(f"redis://127.0.0.1:{free_port()}/0")
        assert store.get("chat:1") is None
    assert isinstance(store, GuardedStore)
    assert "not reachable yet" in logs.text and "Traceback" not in logs.text
