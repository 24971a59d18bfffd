"""Conversation context: a frozen value the engine takes and returns; front ends store it."""
from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

RECENT_ROLES = 6  # enough for "compare them"; old roles fall off


@dataclass(frozen=True)
class Pending:
    """A question waiting for the person to choose between candidate roles."""

    intent: str
    candidates: tuple[str, ...]
    aspect: str | None = None
    roles: tuple[str, ...] = ()  # roles already known for the question (a comparison's other side)
    slot: int = 0                # where the chosen role goes among them, in the order mentioned

    def answer(self, choice: str) -> tuple[str, ...]:
        return self.roles[:self.slot] + (choice,) + self.roles[self.slot:]


@dataclass(frozen=True)
class Session:
    focus: tuple[str, ...] = ()     # the roles the last answer was about
    recent: tuple[str, ...] = ()    # distinct roles discussed, oldest first
    last_intent: str | None = None
    last_aspect: str | None = None
    pending: Pending | None = None
    offered: tuple[str, ...] = ()   # the last set of candidates offered ("and the ML one?")
    # What the person said about themselves, kept for later turns ('which is best for me?').
    current_job: str = ""           # their own job: a role id ('database-administrator', 'onet:29-1141.00')
    interests: tuple[str, ...] = () # what they like or know, in their words ('sql', 'dashboards')
    dislikes: tuple[str, ...] = ()  # what they said they don't want ('coding')
    experience_years: int = 0       # years of work they mentioned ('six years as a DBA'); 0 when not said
    said: frozenset[str] = frozenset()   # keys of once-per-conversation notes already said (plain strings)

    def remember(self, intent: str, roles: tuple[str, ...], aspect: str | None = None,
                 pending: Pending | None = None, offered: tuple[str, ...] | None = None) -> Session:
        recent = tuple(r for r in self.recent if r not in roles) + roles
        return replace(
            self,
            focus=roles or self.focus,
            recent=recent[-RECENT_ROLES:],
            last_intent=intent,
            last_aspect=aspect,
            pending=pending,
            offered=self.offered if offered is None else offered,
        )


class SessionStore:
    """Sessions per conversation, bounded in number and age so memory cannot grow without limit."""

    def __init__(self, max_sessions: int = 10_000, ttl_seconds: float = 24 * 3600,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_sessions = max_sessions
        self.ttl = ttl_seconds
        self.clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Session]] = OrderedDict()

    def get(self, key: Hashable) -> Session:
        item = self._items.get(key)
        if item is None or self.clock() - item[0] > self.ttl:
            self._items.pop(key, None)
            return Session()
        return item[1]

    def put(self, key: Hashable, session: Session) -> None:
        self._items[key] = (self.clock(), session)
        self._items.move_to_end(key)
        self._expire()

    def _expire(self) -> None:
        now = self.clock()
        while self._items:
            key, (stamp, _) = next(iter(self._items.items()))
            if len(self._items) > self.max_sessions or now - stamp > self.ttl:
                del self._items[key]
            else:
                break

    def __len__(self) -> int:
        return len(self._items)
