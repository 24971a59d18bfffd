"""Conversation state that lasts: every front end keeps its Sessions in a ``StateStore``.

One small interface, three back ends:

* ``MemoryStore``: bounded LRU with a time to live; lost when the process ends;
* ``SQLiteStore``: a file (standard library, WAL mode), expired records purged, bounded in number;
* ``RedisStore``: a Redis server shared by several instances; every key has a TTL.

Sessions are stored as the versioned JSON of ``session_to_json``; a record that cannot be read or has
another version is dropped with a warning and the conversation starts afresh. ``GuardedStore`` wraps the
persistent back ends so that an outage (Redis down, disk full) costs context, never an answer: one warning,
no context while it lasts, and it recovers by itself. ``open_store`` chooses from the settings.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol
from collections.abc import Callable, Mapping

from ..understanding.session import Session, session_from_json, session_to_json

log = logging.getLogger(__name__)

STATE_ENV = "CAREER_BOT_STATE"           # a file, "off", or a redis:// URL
REDIS_ENV = "CAREER_BOT_REDIS_URL"
DEFAULT_TTL = 24 * 3600                  # a conversation's context is forgotten after a day of silence
DEFAULT_MAX = 100_000                    # SQLite: most records kept; memory keeps fewer (DEFAULT_MEMORY_MAX)
DEFAULT_MEMORY_MAX = 20_000             # conversations and answers' contexts (a few hundred bytes each)


class StoreError(Exception):
    """The store cannot be used (unreachable, unwritable, corrupt); the message says why in one line."""


class StateStore(Protocol):
    """Sessions by conversation key, each forgotten ``ttl`` seconds after it was last written."""

    ttl: float
    blocking: bool  # True: calls may wait on the network; async callers run them in a thread

    def get(self, key: str) -> Session | None:
        """The stored Session, or None when there is none (never stored, expired or unreadable)."""

    def put(self, key: str, session: Session) -> None:
        """Store ``session`` under ``key`` for ``ttl`` seconds."""

    def close(self) -> None:
        """Write out what is pending and release the store."""


def _decode(key: str, text: str | bytes, where: str) -> Session | None:
    try:
        return session_from_json(text)
    except ValueError as exc:
        log.warning("Dropped the stored conversation %s from %s: %s.", key, where, exc)
        return None


class MemoryStore:
    """Bounded in number (least recently written go first) and in age; nothing survives the process."""

    blocking = False

    def __init__(self, max_sessions: int = DEFAULT_MEMORY_MAX, ttl: float = DEFAULT_TTL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_sessions = max_sessions
        self.ttl = ttl
        self.clock = clock
        self._items: OrderedDict[str, tuple[float, Session]] = OrderedDict()

    def get(self, key: str) -> Session | None:
        item = self._items.get(key)
        if item is None or self.clock() - item[0] > self.ttl:
            self._items.pop(key, None)
            return None
        return item[1]

    def put(self, key: str, session: Session) -> None:
        self._items[key] = (self.clock(), session)
        self._items.move_to_end(key)
        now = self.clock()
        while self._items:
            oldest, (stamp, _) = next(iter(self._items.items()))
            if len(self._items) > self.max_sessions or now - stamp > self.ttl:
                del self._items[oldest]
            else:
                break

    def keys(self) -> list[str]:
        return list(self._items)

    def close(self) -> None:
        """Nothing to write."""

    def __repr__(self) -> str:
        return "memory"


class SQLiteStore:
    """One table in a SQLite file: key, JSON, expiry (wall-clock, so it means the same after a restart).

    WAL mode with synchronous=NORMAL: a write is a page append without fsync (the last writes may be lost
    on power failure, never corrupt) and reads do not wait for writers. A get takes ~0.04 ms and a put ~0.1 ms
    on average, but a WAL checkpoint now and then syncs the file (measured: put p99 3.7 ms, max 66 ms on a
    shared machine), which would stall every chat at once; so async callers run it in a worker thread
    (``blocking``), which costs ~0.05 ms a call. Expired records are purged every ``purge_every`` writes,
    and the oldest beyond ``max_sessions``.
    """

    blocking = True

    def __init__(self, path: str | os.PathLike[str], ttl: float = DEFAULT_TTL, max_sessions: int = DEFAULT_MAX,
                 purge_every: int = 500, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path).expanduser()
        self.ttl = ttl
        self.max_sessions = max_sessions
        self.purge_every = purge_every
        self.clock = clock
        self._writes = 0
        self._closed = False
        self._lock = threading.Lock()
        try:
            created = not self.path.exists()
            if not created and (not os.access(self.path, os.W_OK) or not self.path.stat().st_mode & 0o222):
                raise StoreError(f"cannot use the state file {self.path}: it is read-only")  # (root ignores modes)
            if created:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._db = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute("CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, data TEXT NOT NULL, "
                                 "expires REAL NOT NULL) WITHOUT ROWID")
                self._db.execute("CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires)")
                self._db.execute("SELECT count(*) FROM sessions").fetchone()
            except sqlite3.Error:
                self._db.close()
                raise
            if created:
                os.chmod(self.path, 0o600)  # what people asked is theirs: not readable by other users
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use the state file {self.path}: {_reason(exc)}") from None
        self._purge()

    def get(self, key: str) -> Session | None:
        try:
            with self._lock:
                row = self._db.execute("SELECT data, expires FROM sessions WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {self.path}: {_reason(exc)}") from None
        if row is None or row[1] < self.clock():
            return None
        session = _decode(key, row[0], str(self.path))
        if session is None:
            self._delete(key)
        return session

    def put(self, key: str, session: Session) -> None:
        data = session_to_json(session)
        try:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO sessions (key, data, expires) VALUES (?, ?, ?)",
                                 (key, data, self.clock() + self.ttl))
        except sqlite3.Error as exc:
            raise StoreError(f"writing {self.path}: {_reason(exc)}") from None
        self._writes += 1
        if self._writes % self.purge_every == 0:
            self._purge()

    def _delete(self, key: str) -> None:
        try:
            with self._lock:
                self._db.execute("DELETE FROM sessions WHERE key = ?", (key,))
        except sqlite3.Error as exc:
            raise StoreError(f"writing {self.path}: {_reason(exc)}") from None

    def _purge(self) -> None:
        """Forget expired records, then the soonest to expire beyond ``max_sessions``."""
        try:
            with self._lock:
                self._db.execute("DELETE FROM sessions WHERE expires < ?", (self.clock(),))
                self._db.execute("DELETE FROM sessions WHERE key IN (SELECT key FROM sessions ORDER BY expires DESC "
                                 "LIMIT -1 OFFSET ?)", (self.max_sessions,))
        except sqlite3.Error as exc:
            raise StoreError(f"writing {self.path}: {_reason(exc)}") from None

    def keys(self) -> list[str]:
        with self._lock:
            return [k for (k,) in self._db.execute("SELECT key FROM sessions WHERE expires >= ?", (self.clock(),))]

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                log.warning("Could not checkpoint %s: %s", self.path, _reason(exc))
            self._db.close()

    def __repr__(self) -> str:
        return f"SQLite file {self.path}"


class RedisStore:
    """Keys ``<prefix><key>`` holding the JSON, each with a TTL, in a Redis server several instances share.

    Calls wait on the network (``blocking``): the Telegram front end runs them in a worker thread, so a slow
    or vanished Redis never stalls the event loop; short socket timeouts bound each call.
    """

    blocking = True

    def __init__(self, url: str, ttl: float = DEFAULT_TTL, prefix: str = "career-advisor:session:",
                 timeout: float = 1.0) -> None:
        import redis

        self.url = url
        self.ttl = ttl
        self.prefix = prefix
        self._errors = (redis.RedisError, OSError)
        try:
            self._redis = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout,
                                               health_check_interval=30)
        except ValueError as exc:
            raise StoreError(f"{REDIS_ENV} is not a Redis URL ({exc})") from None

    def ping(self) -> None:
        try:
            self._redis.ping()
        except self._errors as exc:
            raise StoreError(f"Redis at {self.where}: {_reason(exc)}") from None

    def get(self, key: str) -> Session | None:
        try:
            data = self._redis.get(self.prefix + key)
        except self._errors as exc:
            raise StoreError(f"Redis at {self.where}: {_reason(exc)}") from None
        if data is None:
            return None
        session = _decode(key, data, f"Redis at {self.where}")
        if session is None:
            try:
                self._redis.delete(self.prefix + key)
            except self._errors as exc:
                raise StoreError(f"Redis at {self.where}: {_reason(exc)}") from None
        return session

    def put(self, key: str, session: Session) -> None:
        try:
            self._redis.set(self.prefix + key, session_to_json(session), ex=max(1, int(self.ttl)))
        except self._errors as exc:
            raise StoreError(f"Redis at {self.where}: {_reason(exc)}") from None

    def keys(self) -> list[str]:
        return [k.decode()[len(self.prefix):] for k in self._redis.scan_iter(match=self.prefix + "*", count=1000)]

    def close(self) -> None:
        self._redis.close()

    @property
    def where(self) -> str:
        """The server's address without a password."""
        pool = self._redis.connection_pool.connection_kwargs
        if "path" in pool:
            return f"unix:{pool['path']}"
        return f"{pool.get('host', '?')}:{pool.get('port', '?')}/{pool.get('db', 0)}"

    def __repr__(self) -> str:
        return f"Redis at {self.where}"


class GuardedStore:
    """A persistent store whose failures cost context, not answers.

    A failing call is logged once (a warning), answered as "no stored context" (get) or skipped (put);
    for ``retry_after`` seconds after a failure the store is not tried at all (no timeout per message while
    it is down); the first call that succeeds again logs that it is back.
    """

    def __init__(self, inner: StateStore, retry_after: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.inner = inner
        self.ttl = inner.ttl
        self.blocking = inner.blocking
        self.retry_after = retry_after
        self.clock = clock
        self.failing_since: float | None = None
        self._next_try = 0.0
        self.failures = 0
        self._lock = threading.Lock()  # calls come from worker threads: one warning per outage, not one each

    def get(self, key: str) -> Session | None:
        return self._call(self.inner.get, key)

    def put(self, key: str, session: Session) -> None:
        self._call(self.inner.put, key, session)

    def _call(self, method, *args):
        now = self.clock()
        with self._lock:
            if self.failing_since is not None and now < self._next_try:
                self.failures += 1
                return None
        try:
            result = method(*args)
        except StoreError as exc:
            with self._lock:
                self.failures += 1
                if self.failing_since is None:
                    self.failing_since = now
                    log.warning("State store unavailable (%s): answering without saved context until it is back.",
                                exc)
                self._next_try = now + self.retry_after
            return None
        with self._lock:
            if self.failing_since is not None:
                log.info("State store is back after %.0f s (%d call(s) went without it).",
                         now - self.failing_since, self.failures)
                self.failing_since, self.failures = None, 0
        return result

    def keys(self) -> list[str]:
        keys = getattr(self.inner, "keys", None)  # the stores that can list their keys (for tests and purging)
        return list(keys()) if keys is not None else []

    def close(self) -> None:
        try:
            self.inner.close()
        except Exception as exc:  # closing must not turn a clean exit into a crash
            log.warning("Closing the state store failed: %s", exc)

    def __repr__(self) -> str:
        return repr(self.inner)


async def get_async(store: StateStore, key: str) -> Session | None:
    """``store.get`` from async code: in a worker thread when it may wait on the network."""
    if store.blocking:
        return await asyncio.to_thread(store.get, key)
    return store.get(key)


async def put_async(store: StateStore, key: str, session: Session) -> None:
    if store.blocking:
        await asyncio.to_thread(store.put, key, session)
    else:
        store.put(key, session)


def default_state_file(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME/career-advisor/state.sqlite3 (default ~/.local/share/career-advisor/state.sqlite3)."""
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "career-advisor" / "state.sqlite3"


def state_setting(option: str | None, environ: Mapping[str, str] = os.environ,
                  default: str | None = None) -> str:
    """What to open: ``--state`` if given, else CAREER_BOT_REDIS_URL, else CAREER_BOT_STATE, else ``default``."""
    for value in (option, environ.get(REDIS_ENV), environ.get(STATE_ENV), default):
        if value and value.strip():
            return value.strip()
    return "off"


def open_store(setting: str, *, ttl: float = DEFAULT_TTL, memory_max: int = DEFAULT_MEMORY_MAX,
               warn: Callable[[str], None] | None = None) -> StateStore:
    """The store ``setting`` names ("off", a file, or redis://...); memory, with a clear warning, when it fails."""
    if setting.lower() in ("off", "memory", "none", ""):
        return MemoryStore(memory_max, ttl)
    try:
        if setting.startswith(("redis://", "rediss://", "unix://")):
            redis_store = RedisStore(setting, ttl)
            try:
                redis_store.ping()
            except StoreError as exc:  # it may come up later: keep it, GuardedStore retries
                log.warning("State store not reachable yet (%s); answering without saved context until it is.",
                            exc)
            return GuardedStore(redis_store)
        return GuardedStore(SQLiteStore(setting, ttl))
    except StoreError as exc:
        message = (f"Conversation state: {exc}. Keeping conversations in memory only: they are lost when the "
                   f"bot stops. Fix the file or choose another with --state FILE ({STATE_ENV}); 'off' silences this.")
        (warn or log.warning)(message)
        return MemoryStore(memory_max, ttl)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[0].lower() + text[1:] if text else text
