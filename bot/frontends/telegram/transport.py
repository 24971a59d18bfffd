"""Talking to the Bot API: retries, flood control, and per-chat ordering of updates."""
from __future__ import annotations

import asyncio
import logging
import warnings
from typing import Any, Awaitable, Callable, Coroutine

import httpx
from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter, BaseUpdateProcessor
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)


# --- network resilience and ordering ------------------------------------------------------------

# Failures raised before the request left this machine: repeating it cannot deliver a message twice.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Calls that are harmless to repeat whatever happened to the first attempt.
_REPEATABLE = frozenset({"getMe", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands",
                         "deleteMyCommands", "sendChatAction", "answerCallbackQuery", "answerInlineQuery",
                         "editMessageText", "editMessageReplyMarkup", "getChat"})


def _not_sent(exc: BaseException) -> bool:
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


class RetryingLimiter(BaseRateLimiter[None]):
    """Every Bot API call except getUpdates passes here (PTB's rate-limiter hook).

    * 429 RetryAfter: Telegram did not take the request; every call waits ``retry_after`` (flood control
      is per bot), then this one is repeated.
    * NetworkError/TimedOut: repeated with exponential backoff for calls that are safe to repeat; a
      sendMessage (or any other call that creates something) only when the connection failed before
      the request was sent, so nobody gets an answer twice.
    Attempts are bounded; the last failure propagates to the error handler.
    """

    def __init__(self, attempts: int = 4, backoff: float = 0.5, max_backoff: float = 8.0,
                 max_retry_after: float = 120.0) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self._resume_at = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        loop = asyncio.get_running_loop()
        for attempt in range(1, self.attempts + 1):
            pause = self._resume_at - loop.time()
            if pause > 0:
                await asyncio.sleep(pause)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                delay = _retry_seconds(exc)
                if attempt == self.attempts or delay > self.max_retry_after:
                    raise
                self._resume_at = max(self._resume_at, loop.time() + delay)
                log.warning("Telegram flood control (429) on %s: waiting %.0f s, then attempt %d of %d.",
                            endpoint, delay, attempt + 1, self.attempts)
            except BadRequest:
                raise
            except NetworkError as exc:  # TimedOut included
                if attempt == self.attempts or not (endpoint in _REPEATABLE or _not_sent(exc)):
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                log.warning("%s failed (%s); retrying in %.1f s (attempt %d of %d).",
                            endpoint, describe(exc), delay, attempt + 1, self.attempts)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover


def describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, TimedOut) and exc.__cause__ is not None:
        text = f"timed out: {type(exc.__cause__).__name__}"
    return text


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Handles updates concurrently across chats, but one at a time and in arrival order within a chat.

    Updates start in arrival order and the semaphore and locks of asyncio wake waiters first in, first
    out, so a chat's lock is queued for in the order its updates came.
    """

    def __init__(self, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]  # no unbounded growth: only chats with work in flight
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def chats_in_flight(self) -> int:
        return len(self._locks)


