"""The Telegram bot under network faults, load and log inspection, against the fake Bot API.

Polling faults are retried by PTB's own polling loop (after a NetworkError it waits 1 s); sending
faults by ``RetryingLimiter``, which repeats a sendMessage only when it cannot have been delivered.
"""
from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.frontends.state import MemoryStore
from bot.frontends.telegram.config import SORRY
from bot.frontends.telegram.redact import RedactSecrets
from bot.frontends.telegram.transport import RetryingLimiter

from .fake_bot_api import TOKEN, LogCapture, parse_html

CHAT = 2002
# PTB itself warns when it builds a RetryAfter (its retry_after is turning into a timedelta)
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
QUESTION = "how much does a data architect earn"


def plain(call) -> str:
    return parse_html(call.params["text"])


def answered_once(api, chat: int = CHAT) -> None:
    """Exactly one answer reached the chat, and nothing more follows."""
    api.quiet_for(0.3)
    sent = api.sent(chat)
    assert len(sent) == 1, [plain(c)[:60] for c in sent]
    assert "$135,980" in plain(sent[0])


# --- polling faults ------------------------------------------------------------------------------

def test_server_error_on_get_updates_then_recovery(fake_api, start_bot):
    with LogCapture(logging.WARNING) as logs:
        start_bot()
        fake_api.fail("getUpdates", status=500)
        fake_api.send_text(CHAT, QUESTION)
        fake_api.wait_for_messages(1, timeout=15)
        answered_once(fake_api)
    assert [c.fault for c in fake_api.calls("getUpdates")].count("status") == 1
    assert "Polling Telegram failed (Internal Server Error); retrying." in logs.text
    assert "Traceback" not in logs.text


def test_get_updates_timing_out_is_retried(fake_api, start_bot):
    start_bot(poll_read_timeout=0.3)             # client gives up 0.3 s + poll timeout 1 s after asking
    fake_api.hang("getUpdates", seconds=2.5)
    fake_api.send_text(CHAT, QUESTION)
    fake_api.wait_for_messages(1, timeout=15)
    answered_once(fake_api)
    assert [c.fault for c in fake_api.calls("getUpdates")].count("hang") == 1


def test_dropped_connection_on_get_updates_is_retried(fake_api, start_bot):
    with LogCapture(logging.WARNING) as logs:
        start_bot()
        fake_api.drop("getUpdates")
        fake_api.send_text(CHAT, QUESTION)
        fake_api.wait_for_messages(1, timeout=15)
        answered_once(fake_api)
    assert "Polling Telegram failed (httpx.RemoteProtocolError" in logs.text


def test_conflict_logs_a_clear_warning_and_recovers(fake_api, start_bot):
    with LogCapture(logging.WARNING) as logs:
        start_bot()
        fake_api.fail("getUpdates", status=409)
        fake_api.send_text(CHAT, QUESTION)
        fake_api.wait_for_messages(1, timeout=15)
        answered_once(fake_api)
    assert "another instance of this bot is polling" in logs.text


# --- sending faults ------------------------------------------------------------------------------

def test_flood_control_429_is_waited_out_and_answered_once(fake_api, start_bot):
    with LogCapture(logging.WARNING) as logs:
        start_bot()
        fake_api.fail("sendMessage", status=429, retry_after=1)
        fake_api.send_text(CHAT, QUESTION)
        fake_api.wait_for_messages(1, timeout=15)
        answered_once(fake_api)
    refused, delivered = fake_api.calls("sendMessage")
    assert refused.fault == "status" and delivered.ok
    assert delivered.at - refused.at >= 1.0
    assert "flood control (429) on sendMessage in chat 2002: waiting 1 s" in logs.text


def test_send_message_is_not_repeated_when_it_may_have_arrived(fake_api, start_bot):
    """A connection dropped after the request was sent: the message may be delivered, so no blind retry,
    and no "Sorry, something went wrong" after an answer that may have arrived."""
    with LogCapture(logging.WARNING) as logs:
        start_bot()
        fake_api.drop("sendMessage")
        fake_api.send_text(CHAT, QUESTION)
        fake_api.send_text(CHAT, "thanks")                    # handled after the first, in order
        [thanks] = fake_api.wait_for_messages(1, timeout=15)
    assert "welcome" in plain(thanks).lower()
    assert [c.fault for c in fake_api.calls("sendMessage")] == ["drop", None]
    assert not any(c.params["text"] == SORRY for c in fake_api.calls("sendMessage"))
    assert "it may have been delivered" in logs.text and "Traceback" not in logs.text


def test_sorry_when_the_answer_cannot_have_arrived(fake_api, start_bot, engine):
    """A failure before anything was sent (here: the engine) still gets an apology."""
    from .test_telegram_e2e import WrappedEngine

    class Broken(WrappedEngine):
        def reply(self, text, session=None):
            raise RuntimeError("the engine broke")

    start_bot(engine_override=Broken(engine))
    fake_api.send_text(CHAT, QUESTION)
    [apology] = fake_api.wait_for_messages(1)
    assert apology.params["text"] == SORRY


def test_a_user_who_blocked_the_bot_is_one_info_line(fake_api, start_bot):
    with LogCapture(logging.INFO) as logs:
        start_bot()
        fake_api.fail("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
        fake_api.send_text(CHAT, QUESTION)
        # the failure must meet this chat's answer, not the other one's: the other chat writes once it has
        fake_api.wait_until(lambda api: "bot was blocked" in logs.text, what="the log line")
        fake_api.send_text(CHAT + 1, "thanks")                 # another chat goes on
        fake_api.wait_for_messages(1)
    assert f"INFO bot.frontends.telegram.handlers: Not answering chat {CHAT}: Forbidden: bot was blocked by the user" \
        in logs.text
    assert "Traceback" not in logs.text and "ERROR" not in logs.text
    assert len(fake_api.calls("sendMessage")) == 2            # no apology to someone who blocked the bot


def test_idempotent_calls_are_retried_after_server_errors(fake_api, start_bot):
    start_bot(retry_backoff=0.05)
    fake_api.fail("answerCallbackQuery", times=2, status=502)
    fake_api.press(CHAT, "a:salary:664d3c")
    fake_api.wait_for_messages(1, timeout=15)
    answered_once(fake_api)
    fake_api.wait_for("answerCallbackQuery", 1)
    assert [c.fault for c in fake_api.calls("answerCallbackQuery")] == ["status", "status", None]


def test_answer_still_arrives_when_typing_indicator_fails(fake_api, start_bot):
    start_bot(retry_backoff=0.01, send_attempts=2, typing_after=0)   # "typing…" at once, and it fails
    fake_api.fail("sendChatAction", times=5, status=500)
    fake_api.send_text(CHAT, QUESTION)
    fake_api.wait_for_messages(1, timeout=15)
    answered_once(fake_api)


# --- RetryingLimiter's decisions, one by one ------------------------------------------------------

def _network_error(cause: Exception, kind=NetworkError) -> Exception:
    try:
        try:
            raise cause
        except Exception as exc:
            raise kind(f"httpx.{type(cause).__name__}: {cause}") from exc
    except kind as error:
        return error


def _attempts(endpoint: str, failures: list[Exception], attempts: int = 4) -> tuple[int, Exception | None]:
    calls = 0

    async def callback(*args, **kwargs):
        nonlocal calls
        calls += 1
        if failures:
            raise failures.pop(0)
        return True

    async def run():
        limiter = RetryingLimiter(attempts=attempts, backoff=0.001)
        try:
            await limiter.process_request(callback, (endpoint, {}), {}, endpoint, {}, None)
        except Exception as exc:
            return exc
        return None

    error = asyncio.run(run())
    return calls, error


def test_limiter_repeats_a_message_only_when_it_cannot_have_been_sent():
    not_sent = _network_error(httpx.ConnectError("Connection refused"))
    assert _attempts("sendMessage", [not_sent]) == (2, None)
    pool = _network_error(httpx.PoolTimeout("pool"), kind=TimedOut)
    assert _attempts("sendMessage", [pool]) == (2, None)
    read_timeout = _network_error(httpx.ReadTimeout("read"), kind=TimedOut)
    calls, error = _attempts("sendMessage", [read_timeout])
    assert calls == 1 and error is read_timeout
    dropped = _network_error(httpx.RemoteProtocolError("Server disconnected"))
    calls, error = _attempts("sendMessage", [dropped])
    assert calls == 1 and error is dropped
    server = NetworkError("Internal Server Error")
    assert _attempts("sendMessage", [server])[0] == 1
    assert _attempts("sendChatAction", [server, dropped, read_timeout]) == (4, None)


def test_limiter_attempts_are_bounded_and_bad_requests_are_final():
    errors = [_network_error(httpx.ConnectError("refused")) for _ in range(10)]
    calls, error = _attempts("sendMessage", errors, attempts=3)
    assert calls == 3 and isinstance(error, NetworkError)
    calls, error = _attempts("answerCallbackQuery", [BadRequest("Query is too old")])
    assert calls == 1 and isinstance(error, BadRequest)
    calls, error = _attempts("sendMessage", [RetryAfter(1000)])
    assert calls == 1 and isinstance(error, RetryAfter)       # longer than worth waiting for a reply


def test_limiter_waits_retry_after_for_every_call():
    async def run():
        limiter = RetryingLimiter(attempts=3)
        loop = asyncio.get_running_loop()
        stamps: list[tuple[str, float]] = []
        refused = [RetryAfter(1)]

        async def callback(endpoint, data):
            stamps.append((endpoint, loop.time()))
            if endpoint == "sendMessage" and refused:
                raise refused.pop()
            return True

        first = asyncio.create_task(limiter.process_request(callback, ("sendMessage", {}), {}, "sendMessage", {},
                                                            None))
        await asyncio.sleep(0.1)
        await limiter.process_request(callback, ("sendChatAction", {}), {}, "sendChatAction", {}, None)
        await first
        return stamps

    stamps = asyncio.run(run())
    start = stamps[0][1]
    assert sorted(e for e, _ in stamps[1:]) == ["sendChatAction", "sendMessage"]  # both held back
    assert all(t - start >= 0.99 for _, t in stamps[1:])


# --- load ----------------------------------------------------------------------------------------

def test_burst_of_1000_messages_from_50_chats(fake_api, start_bot, engine):
    """Each answered exactly once, in order within each chat; sessions stay bounded."""
    names = sorted(role.name for role in engine.kb.roles.values())
    store = MemoryStore(max_sessions=20)
    # concurrent across chats, ordered within one; throttling: see test_fairness
    bot = start_bot(store=store, max_concurrent_updates=8, limits=None)
    chats = [3000 + n for n in range(50)]
    asked: dict[int, list[str]] = {chat: [] for chat in chats}
    messages = []
    for i in range(1000):
        chat = chats[i % 50]
        name = names[(i // 50 + chat) % len(names)]  # a different role each turn: the order is visible
        asked[chat].append(name)
        messages.append(fake_api.message(chat, f"what does a {name} do? #{i}"))
    started = time.monotonic()
    fake_api.enqueue_many("message", messages)
    fake_api.wait_for_messages(1000, timeout=45)
    elapsed = time.monotonic() - started
    fake_api.quiet_for(0.3)
    assert len(fake_api.sent()) == 1000
    for chat in chats:
        titles = [plain(call).split("\n", 1)[0] for call in fake_api.sent(chat)]
        assert titles == asked[chat], chat
    assert len(store.keys()) <= 20
    assert bot.application.update_queue.empty()
    assert bot.application._update_processor.chats_in_flight == 0
    print(f"1000 updates answered in {elapsed:.1f} s")


# --- the token never reaches a log ----------------------------------------------------------------

def test_token_is_absent_from_all_debug_logs(fake_api, start_bot):
    with LogCapture(logging.DEBUG) as logs:
        start_bot()
        fake_api.fail("getUpdates", status=500)
        fake_api.fail("sendMessage", status=429, retry_after=1)
        fake_api.send_text(CHAT, QUESTION)
        fake_api.press(CHAT, "a:salary:zzzzzz")
        fake_api.inline("data architect")
        fake_api.wait_for_messages(1, timeout=15)
        fake_api.wait_for("answerInlineQuery", 1)
        # the token really passes through the logging machinery: httpx at INFO logs every request URL
        logging.getLogger("httpx").setLevel(logging.INFO)
        try:
            fake_api.send_text(CHAT, "what does a data engineer do")
            fake_api.wait_for_messages(2)
            fake_api.quiet_for(0.2)  # the client logs a request after the fake has answered it
        finally:
            logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("test").error("a failure mentioning %s", TOKEN, exc_info=RuntimeError(f"bad {TOKEN}"))
    text = logs.text
    assert "HTTP Request: POST http://127.0.0.1" in text and "/bot[REDACTED]/sendMessage" in text
    assert "a failure mentioning [REDACTED]" in text and "RuntimeError: bad [REDACTED]" in text
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert len(text) > 10_000  # DEBUG really was captured


def test_redaction_filter_alone():
    redactor = RedactSecrets(TOKEN)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "url %s and %d", (f"/bot{TOKEN}/getMe", 3), None)
    assert redactor.filter(record) and record.getMessage() == "url /bot[REDACTED]/getMe and 3"
    untouched = logging.LogRecord("x", logging.INFO, __file__, 1, "%s items", (3,), None)
    redactor.filter(untouched)
    assert untouched.args == (3,)
    encoded = logging.LogRecord("x", logging.INFO, __file__, 1, TOKEN.replace(":", "%3A"), None, None)
    redactor.filter(encoded)
    assert encoded.getMessage() == "[REDACTED]"

