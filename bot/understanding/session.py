"""Conversation context: a frozen value the engine takes and returns; front ends store it."""
from __future__ import annotations

import json
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
    place: str = ""                 # the country or place they asked about or live in ('Germany'), for later figures
    # The first place they named (mostly where they are: 'QA tester in krakow'): a place asked about later ('and in
    # germany?') holds for the next message, then answers are placed here again.
    home: str = ""
    place_age: int = 0              # messages since ``place`` was named (0: named in the last one)
    # The pay they said they get ('I make 78k', "I'm on £32k"): an amount as stated, never converted.
    pay_amount: int = 0             # 78000; 0 when not said
    pay_currency: str = ""          # 'USD', 'GBP', 'EUR', ... or '' when they named none
    pay_period: str = ""            # 'year', 'month', 'hour' ('' with no amount)
    # The job last asked about that neither tier has ('prompt engineer'): 'is that even a real job?', 'pay?'
    # next are about it, not about the roles before it. Cleared when a known role is asked about.
    unknown_role: str = ""
    # They are hiring for the roles, not moving into them ('we want to hire our first data person'): how to get
    # into a role is then answered as what candidates bring, not as steps for them.
    hiring: bool = False
    # The questions the last message listed or joined ('1) what is it 2) pay 3) degree?'), as intents in order:
    # 'and point 2?' then asks the second. Empty when the last message asked one thing.
    questions: tuple[str, ...] = ()
    # The job of the person they ask for ('my daughter is a pharmacy tech'): 'and her job?', 'what does she
    # earn?' are about it. A role id, or '' when none was said.
    their_job: str = ""
    # The words of their job when those name several kinds and the first was taken ('teacher' as elementary
    # school teachers): what carries over uses it, but it settles no later question about those words.
    job_taken_from: str = ""
    # The pay amount is what they need ('i need at least 28 a hour'), not what they earn.
    pay_needed: bool = False
    # What they said they are good at, as bot.answers.abilities labels ('talking to people', 'fixing things'), and
    # the limits of their body they told ('physical'): 'which suits me?' later weighs them.
    abilities: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()

    @property
    def place_held(self) -> str:
        """The place later figures are for: one asked about holds for the next message, then the one named first."""
        return self.place if self.place_age <= 1 or not self.home else self.home

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


# --- serialisation: a versioned JSON form for stores that outlive the process ----------------------

SESSION_FORMAT = 10  # bump when the fields change; a store drops records of any other version
# 2: before the stated pay, 3: before the unknown job, 4: before hiring, 5: before the questions listed and
# the job of the person asked for, 6: before the words of a job taken as its first kind, 7: before the home place,
# 8: before pay they need, 9: before abilities and limits (their fields default)
READABLE_FORMATS = (2, 3, 4, 5, 6, 7, 8, 9, 10)


def session_to_json(session: Session) -> str:
    """``session`` as compact JSON text: ``{"v": 1, "focus": [...], ..., "pending": {...} | null}``."""
    pending = session.pending
    data = {
        "v": SESSION_FORMAT,
        "focus": list(session.focus),
        "recent": list(session.recent),
        "last_intent": session.last_intent,
        "last_aspect": session.last_aspect,
        "pending": None if pending is None else {
            "intent": pending.intent,
            "candidates": list(pending.candidates),
            "aspect": pending.aspect,
            "roles": list(pending.roles),
            "slot": pending.slot,
        },
        "offered": list(session.offered),
        "current_job": session.current_job,
        "interests": list(session.interests),
        "dislikes": list(session.dislikes),
        "experience_years": session.experience_years,
        "said": sorted(session.said),
        "place": session.place,
        "home": session.home,
        "place_age": session.place_age,
        "pay_amount": session.pay_amount,
        "pay_currency": session.pay_currency,
        "pay_period": session.pay_period,
        "pay_needed": session.pay_needed,
        "unknown_role": session.unknown_role,
        "hiring": session.hiring,
        "questions": list(session.questions),
        "their_job": session.their_job,
        "job_taken_from": session.job_taken_from,
        "abilities": list(session.abilities),
        "limits": list(session.limits),
    }
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def session_from_json(text: str | bytes) -> Session:
    """The Session ``session_to_json`` wrote; ValueError when the text is unreadable or of another version."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("v") not in READABLE_FORMATS or isinstance(data.get("v"), bool):
        raise ValueError(f"format version {data.get('v')!r}, expected one of {READABLE_FORMATS}")
    pending = data.get("pending")
    if pending is not None:
        if not isinstance(pending, dict):
            raise ValueError("'pending' is not an object")
        slot = pending.get("slot", 0)
        if not isinstance(slot, int) or isinstance(slot, bool) or slot < 0:
            raise ValueError("'pending.slot' is not a non-negative integer")
        pending = Pending(_text(pending, "intent") or "", _texts(pending, "candidates"),
                          _text(pending, "aspect", optional=True), _texts(pending, "roles"), slot)
    return Session(focus=_texts(data, "focus"), recent=_texts(data, "recent"),
                   last_intent=_text(data, "last_intent", optional=True),
                   last_aspect=_text(data, "last_aspect", optional=True),
                   pending=pending, offered=_texts(data, "offered"),
                   current_job=_text(data, "current_job", optional=True) or "",
                   interests=_texts(data, "interests"), dislikes=_texts(data, "dislikes"),
                   experience_years=_count(data, "experience_years"), said=frozenset(_texts(data, "said")),
                   place=_text(data, "place", optional=True) or "",
                   home=_text(data, "home", optional=True) or "", place_age=_count(data, "place_age"),
                   pay_amount=_count(data, "pay_amount"),
                   pay_currency=_text(data, "pay_currency", optional=True) or "",
                   pay_period=_text(data, "pay_period", optional=True) or "", pay_needed=_flag(data, "pay_needed"),
                   unknown_role=_text(data, "unknown_role", optional=True) or "",
                   hiring=_flag(data, "hiring"), questions=_texts(data, "questions"),
                   their_job=_text(data, "their_job", optional=True) or "",
                   job_taken_from=_text(data, "job_taken_from", optional=True) or "",
                   abilities=_texts(data, "abilities"), limits=_texts(data, "limits"))


def _flag(data: dict, key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key!r} is not true or false")
    return value


def _count(data: dict, key: str) -> int:
    value = data.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{key!r} is not a non-negative integer")
    return value


def _text(data: dict, key: str, optional: bool = False) -> str | None:
    value = data.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} is not a string")
    return value


def _texts(data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} is not a list of strings")
    return tuple(value)
