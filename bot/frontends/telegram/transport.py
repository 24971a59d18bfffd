"""Talking to the Bot API under real traffic: throttling, flood control, retries, per-chat ordering.

* ``RetryingLimiter`` (PTB's rate-limiter hook, every call but getUpdates): keeps messages under Telegram's
  limits before Telegram has to refuse them (about 1 a second per chat, 20 a minute per group, 30 a second
  overall: the idea of PTB's ``AIORateLimiter``, with token buckets), waits out a 429 only where it
  applies (the chat it came from), retries transient failures without ever sending a message twice, and
  gives up every wait at once when the bot is stopping.
* ``ChatOrderedProcessor``: updates run concurrently across chats, one at a time and in order within a chat;
  a chat takes its turn *before* a global slot, so a busy chat holds at most one slot and cannot stall
  the others.
"""
from __future__ import annotations

import asyncio
import logging
import warnings
from dataclasses import dataclass
from typing import Any
from collections.abc import Awaitable, Callable, Coroutine

import httpx
from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter, BaseUpdateProcessor
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

# Failures raised before the request left this machine: repeating it cannot deliver a message twice.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Calls that are harmless to repeat whatever happened to the first attempt.
_REPEATABLE = frozenset({"getMe", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands",
                         "deleteMyCommands", "sendChatAction", "answerCallbackQuery", "answerInlineQuery",
                         "editMessageText", "editMessageReplyMarkup", "getChat", "setWebhook"})


def not_sent(exc: BaseException) -> bool:
    """True when ``exc`` proves the request never left this machine (so nothing can have been delivered)."""
    cause = exc.__cause__
    while cause is not None:
        if isinstance(cause, _NOT_SENT):
            return True
        cause = cause.__cause__
    return False


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def _counts_as_message(endpoint: str) -> bool:
    """Calls Telegram counts against its message limits (not chat actions, callbacks or inline answers)."""
    return (endpoint.startswith("send") and endpoint != "sendChatAction") or endpoint.startswith(
        ("editMessage", "copyMessage", "forwardMessage"))


@dataclass(frozen=True)
class Limits:
    """Messages a second allowed, and the burst tolerated, per chat, per group and for the whole bot.

    Defaults stay under Telegram's published limits: about one message a second in a chat (short bursts
    pass), 20 a minute in a group, about 30 a second in all.
    """

    chat_rate: float = 1.0
    chat_burst: int = 3
    group_rate: float = 20 / 60
    group_burst: int = 20
    overall_rate: float = 30.0
    overall_burst: int = 30


UNLIMITED = Limits(1e6, 10**6, 1e6, 10**6, 1e6, 10**6)


class Bucket:
    """A token bucket as a virtual schedule (GCRA): ``reserve`` says how long to wait, first come first served."""

    __slots__ = ("interval", "tolerance", "tat")

    def __init__(self, rate: float, burst: int) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (max(1, burst) - 1) * self.interval
        self.tat = 0.0  # the theoretical arrival time of the next message

    def reserve(self, now: float, not_before: float = 0.0) -> float:
        """Book the next slot at or after ``not_before``; the seconds from ``now`` until it."""
        at = max(now, not_before, self.tat - self.tolerance)
        self.tat = max(self.tat, at) + self.interval
        return at - now

    def idle(self, now: float) -> bool:
        return self.tat <= now


class RetryingLimiter(BaseRateLimiter[None]):
    """Every Bot API call except getUpdates passes here (PTB's rate-limiter hook).

    * Throttling: a message waits for its chat's bucket (and its group's), then for the bot's; a chat
      flooding the bot only delays itself.
    * 429 RetryAfter: Telegram did not take the request. The chat it was for waits ``retry_after``, then the
      call is repeated; other chats go on (a 429 on a call without a chat pauses every call, as it can only
      mean the bot as a whole). A wait longer than ``max_retry_after`` is not worth it for a reply.
    * NetworkError/TimedOut: repeated with exponential backoff for calls that are safe to repeat; a
      sendMessage (or any other call that creates something) only when the connection failed before
      the request was sent, so nobody gets an answer twice.
    * ``stop_waiting()`` (on SIGTERM): throttling stops, and every flood-control or backoff wait, pending
      or future, gives up at once with the error it was waiting out, so stopping never waits on Telegram.
    Attempts are bounded; the last failure propagates to the error handler.
    """

    def __init__(self, attempts: int = 4, backoff: float = 0.5, max_backoff: float = 8.0,
                 max_retry_after: float = 120.0, limits: Limits | None = Limits()) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.limits = limits or UNLIMITED
        self._resume_at = 0.0                        # every call waits until then (a bot-wide 429)
        self._chat_resume_at: dict[Any, float] = {}  # a chat's calls wait until then (its 429)
        self._chats: dict[Any, Bucket] = {}
        self._groups: dict[Any, Bucket] = {}
        self._overall = Bucket(self.limits.overall_rate, self.limits.overall_burst)
        self._stopping = asyncio.Event()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def stop_waiting(self) -> None:
        """From now on, send without throttling and give up instead of waiting out 429s or backoffs."""
        self._stopping.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    async def _wait(self, seconds: float) -> bool:
        """Sleep ``seconds``; False at once (or as soon as it happens) when the bot is stopping."""
        if self._stopping.is_set():
            return False
        if seconds <= 0:
            return True
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except asyncio.TimeoutError:
            return True
        return False

    async def _throttle(self, chat_id: Any) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._forget_idle(now)
        pause = max(self._resume_at, self._chat_resume_at.get(chat_id, 0.0))
        delay = pause - now
        if chat_id is not None:
            bucket = self._chats.get(chat_id)
            if bucket is None:
                bucket = self._chats[chat_id] = Bucket(self.limits.chat_rate, self.limits.chat_burst)
            delay = bucket.reserve(now, pause)
            if _is_group(chat_id):
                group = self._groups.get(chat_id)
                if group is None:
                    group = self._groups[chat_id] = Bucket(self.limits.group_rate, self.limits.group_burst)
                delay = max(delay, group.reserve(now, pause))
        await self._wait(delay)
        await self._wait(self._overall.reserve(loop.time()))

    def _forget_idle(self, now: float) -> None:
        """Buckets of chats quiet long enough to be full again hold nothing: drop them (bounded memory)."""
        for table in (self._chats, self._groups):
            if len(table) > 1024:
                for key in [k for k, b in table.items() if b.idle(now)]:
                    del table[key]
        if len(self._chat_resume_at) > 1024:
            for key in [k for k, t in self._chat_resume_at.items() if t <= now]:
                del self._chat_resume_at[key]

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        loop = asyncio.get_running_loop()
        chat_id = data.get("chat_id")
        message = _counts_as_message(endpoint)
        for attempt in range(1, self.attempts + 1):
            if message and not self.stopping:
                await self._throttle(chat_id)
            else:
                pause = max(self._resume_at, self._chat_resume_at.get(chat_id, 0.0)) - loop.time()
                await self._wait(pause)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                delay = _retry_seconds(exc)
                if attempt == self.attempts or delay > self.max_retry_after or self.stopping:
                    raise
                resume = loop.time() + delay
                if chat_id is None:
                    self._resume_at = max(self._resume_at, resume)
                else:
                    self._chat_resume_at[chat_id] = max(self._chat_resume_at.get(chat_id, 0.0), resume)
                log.warning("Telegram flood control (429) on %s%s: waiting %.0f s, then attempt %d of %d.",
                            endpoint, "" if chat_id is None else f" in chat {chat_id}", delay, attempt + 1,
                            self.attempts)
                if not await self._wait(resume - loop.time()):
                    log.warning("Stopping: gave up waiting out flood control for %s%s.", endpoint,
                                "" if chat_id is None else f" in chat {chat_id}")
                    raise
            except BadRequest:
                raise
            except NetworkError as exc:  # TimedOut included
                if attempt == self.attempts or not (endpoint in _REPEATABLE or not_sent(exc)):
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                log.warning("%s failed (%s); retrying in %.1f s (attempt %d of %d).",
                            endpoint, describe(exc), delay, attempt + 1, self.attempts)
                if not await self._wait(delay):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover


def _is_group(chat_id: Any) -> bool:
    """Groups, supergroups and channels have negative ids (or an @username)."""
    return isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)


def describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, TimedOut) and exc.__cause__ is not None:
        text = f"timed out: {type(exc.__cause__).__name__}"
    return text


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Handles updates concurrently across chats, but one at a time and in arrival order within a chat.

    An update first takes its chat's turn (a FIFO lock per chat), and only then one of the
    ``max_concurrent_updates`` global slots: a chat with a backlog holds one slot, never all of them, so a
    message from another chat starts at once. Updates start in arrival order and asyncio's locks and
    semaphores wake waiters first in, first out, so each chat's updates run in the order they came.
    """

    def __init__(self, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    # PTB marks process_update final, but its version takes a global slot before the chat's turn: one busy
    # chat would then hold every other chat up. This processor must order per chat first (issue #15).
    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:  # type: ignore[misc]
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._slots:
                await coroutine
            return
        lock, users = self._locks.get(chat.id, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]  # no unbounded growth: only chats with work in flight
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Unused: ``process_update`` orders and limits, then awaits the coroutine itself."""
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def chats_in_flight(self) -> int:
        return len(self._locks)
