"""The Telegram bot under real traffic: fairness between chats, throttling, flood control, groups and
topics, replies to the bot's answers, a Redis outage, and 1,000 updates through the webhook."""
from __future__ import annotations

import asyncio
import http.client
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from telegram.error import RetryAfter

from bot.frontends.state import GuardedStore, MemoryStore, RedisStore, SQLiteStore
from bot.frontends.telegram.config import Webhook
from bot.frontends.telegram.transport import Bucket, Limits, RetryingLimiter

from .fake_bot_api import BOT_USERNAME, LogCapture, parse_html
from .redis_server import free_port

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
GROUP = -100500


def plain(call) -> str:
    return parse_html(call.params["text"])


def title(call) -> str:
    return plain(call).split("\n", 1)[0]


# --- one busy chat does not stall the others --------------------------------------------------------

def test_a_burst_in_one_chat_does_not_keep_another_chat_waiting(fake_api, start_bot):
    """40 messages from chat A, then one from chat B, with the Bot API taking 250 ms per message:
    B is answered within a second (A is throttled to about one message a second, in its own lane)."""
    fake_api.latency["sendMessage"] = 0.25
    bot = start_bot()                                        # Telegram's real limits
    fake_api.enqueue_many("message", [fake_api.message(41, f"what does a data architect do #{n}")
                                      for n in range(40)])
    fake_api.wait_for_messages(1)                            # the burst is being answered
    asked = time.monotonic()
    fake_api.send_text(42, "what does a data engineer do")
    fake_api.wait_until(lambda api: api.sent(42), timeout=30, what="chat B's answer")
    waited = time.monotonic() - asked
    print(f"chat B answered {waited:.2f} s after asking, during chat A's burst")
    assert waited < 1.0
    assert len(fake_api.sent(41)) < 40                        # A was still being answered
    fake_api.latency.clear()
    bot.application.bot.rate_limiter.stop_waiting()          # as on SIGTERM: the rest of A without waiting
    fake_api.wait_for_messages(41, timeout=30)


def test_token_buckets_keep_under_telegrams_limits():
    chat = Bucket(rate=1.0, burst=3)
    waits = [chat.reserve(now=100.0) for _ in range(6)]
    assert waits == [0.0, 0.0, 0.0, 1.0, 2.0, 3.0]             # a short burst passes, then one a second
    assert chat.reserve(now=110.0) == 0.0 and chat.idle(now=112.0)
    group = Bucket(rate=20 / 60, burst=20)
    waits = [group.reserve(now=0.0) for _ in range(22)]
    assert waits[:20] == [0.0] * 20 and waits[20] == pytest.approx(3.0) and waits[21] == pytest.approx(6.0)
    paused = Bucket(rate=1.0, burst=3)
    assert paused.reserve(now=0.0, not_before=5.0) == 5.0     # a 429 pause for the chat comes first


def test_throttling_applies_to_messages_per_chat_not_to_other_calls_or_chats():
    async def run():
        limiter = RetryingLimiter(limits=Limits(chat_rate=1000.0, chat_burst=1, overall_rate=1e6, overall_burst=10**6))
        order: list[str] = []

        async def callback(name):
            order.append(name)
            return True

        calls = [limiter.process_request(callback, (f"a{n}",), {}, "sendMessage", {"chat_id": 1}, None)
                 for n in range(3)]
        calls.append(limiter.process_request(callback, ("b",), {}, "sendMessage", {"chat_id": 2}, None))
        calls.append(limiter.process_request(callback, ("typing",), {}, "sendChatAction", {"chat_id": 1}, None))
        await asyncio.gather(*calls)
        return order

    order = asyncio.run(run())
    assert order.index("b") < order.index("a1") and order.index("typing") < order.index("a1")
    assert [o for o in order if o.startswith("a")] == ["a0", "a1", "a2"]


def test_one_chats_flood_control_does_not_pause_the_others_and_stopping_gives_up_the_wait():
    async def run():
        limiter = RetryingLimiter(limits=None)
        delivered: list[str] = []
        refused = [RetryAfter(60)]

        async def callback(name):
            if name == "a" and refused:
                raise refused.pop()
            delivered.append(name)
            return True

        first = asyncio.create_task(limiter.process_request(callback, ("a",), {}, "sendMessage", {"chat_id": 1},
                                                            None))
        while not limiter._chat_resume_at:                  # chat 1 got its 429
            await asyncio.sleep(0)
        await limiter.process_request(callback, ("b",), {}, "sendMessage", {"chat_id": 2}, None)
        assert delivered == ["b"]                            # chat 2 was not held back by chat 1's 429
        limiter.stop_waiting()                               # SIGTERM: the 60 s wait is given up at once
        with pytest.raises(RetryAfter):
            await first
        return delivered

    assert asyncio.run(run()) == ["b"]


def test_typing_is_shown_only_while_an_answer_is_slow(fake_api, start_bot):
    release = threading.Event()

    class SlowStore(MemoryStore):
        blocking = True                                      # like Redis: called from a worker thread

        def get(self, key):
            if key == "chat:77":
                release.wait(10)
            return super().get(key)

    start_bot(store=SlowStore(), typing_after=0.2)
    fake_api.send_text(76, "what does a data architect do")
    fake_api.wait_for_messages(1)
    fake_api.send_text(77, "what does a data engineer do")
    [typing] = fake_api.wait_for("sendChatAction", 1)       # shown while the store keeps the answer waiting
    release.set()
    fake_api.wait_for_messages(2)
    assert typing.params == {"chat_id": 77, "action": "typing"}
    assert [c.params["chat_id"] for c in fake_api.calls("sendChatAction")] == [77]


# --- groups: per person and per topic; replies use the answer's context ------------------------------

def _mention(api, text, user_id, **kw):
    return api.send_mention(GROUP, f"@{BOT_USERNAME} {text}", chat_type="supergroup", user_id=user_id, **kw)


def test_two_people_in_a_group_each_have_their_own_context(fake_api, start_bot):
    start_bot(limits=None)
    _mention(fake_api, "what does a data engineer do", 5)
    fake_api.wait_for_messages(1)
    _mention(fake_api, "what does a data analyst do", 6)
    fake_api.wait_for_messages(2)
    _mention(fake_api, "and the salary?", 5)
    _mention(fake_api, "and the salary?", 6)
    answers = fake_api.wait_for_messages(4)
    assert [title(a) for a in answers[2:]] == ["Data Engineer: salary", "Data Analyst: salary"]


def test_two_topics_of_a_forum_keep_apart(fake_api, start_bot):
    start_bot(limits=None)
    topic = {"is_topic_message": True}
    _mention(fake_api, "what does a data engineer do", 5, message_thread_id=11, **topic)
    fake_api.wait_for_messages(1)
    _mention(fake_api, "what does a statistician do", 5, message_thread_id=12, **topic)
    fake_api.wait_for_messages(2)
    _mention(fake_api, "and the skills?", 5, message_thread_id=11, **topic)
    fake_api.wait_for_messages(3)
    _mention(fake_api, "and the skills?", 5, message_thread_id=12, **topic)
    answers = fake_api.wait_for_messages(4)
    assert [(title(a), a.params["message_thread_id"]) for a in answers[2:]] == [
        ("Data Engineer: skills", 11), ("Statistician: skills", 12)]


def test_a_reply_to_an_answer_continues_that_answers_context(fake_api, start_bot):
    start_bot(limits=None)
    _mention(fake_api, "what does a data engineer do", 5)
    [engineer] = fake_api.wait_for_messages(1)
    _mention(fake_api, "what does a data analyst do", 5)
    fake_api.wait_for_messages(2)
    # someone else replies to the first answer; then the asker replies to it too (their context moved on)
    fake_api.send_text(GROUP, "and the salary?", chat_type="supergroup", user_id=6, reply_to=engineer.result)
    fake_api.wait_for_messages(3)
    fake_api.send_text(GROUP, "what about the outlook?", chat_type="supergroup", user_id=5, reply_to=engineer.result)
    fake_api.wait_for_messages(4)
    _mention(fake_api, "and the education?", 6)                       # 6's own context is now the engineer's
    answers = fake_api.wait_for_messages(5)
    assert [title(a) for a in answers[2:]] == ["Data Engineer: salary", "Data Engineer: outlook",
                                               "Data Engineer: education"]


# --- a Redis outage (a real server, stopped and started) ----------------------------------------------

def test_redis_outage_mid_conversation_answers_without_context_and_recovers(fake_api, start_bot, redis_server):
    store = GuardedStore(RedisStore(redis_server.url), retry_after=0)
    with LogCapture(logging.INFO) as logs:
        start_bot(store=store, limits=None)
        fake_api.send_text(61, "how much does a data architect earn")
        fake_api.wait_for_messages(1)
        fake_api.send_text(61, "and the skills?")
        assert title(fake_api.wait_for_messages(2)[1]) == "Data Architect: skills"   # context from Redis
        redis_server.stop()
        fake_api.send_text(61, "and the education?")
        fake_api.send_text(61, "what does a data engineer do")
        fake_api.send_text(61, "and the outlook?")
        during = fake_api.wait_for_messages(5)[2:]
        redis_server.start()                                  # back (empty: it kept nothing on disk)
        fake_api.send_text(61, "what does a statistician do")
        fake_api.send_text(61, "and the salary?")
        after = fake_api.wait_for_messages(7)[5:]
    assert not title(during[0]).startswith("Data Architect")   # no context while Redis is down...
    assert title(during[1]) == "Data Engineer"                  # ...but every message is answered
    assert not title(during[2]).startswith("Data Engineer")
    assert [title(a) for a in after] == ["Statistician", "Statistician: salary"]   # recovered by itself
    assert logs.text.count("State store unavailable") == 1 and "State store is back" in logs.text
    assert "Traceback" not in logs.text


# --- load through the webhook ---------------------------------------------------------------------------

def post_update(port: int, update: dict, secret: str | None, path: str = "/bot",
                connection: http.client.HTTPConnection | None = None) -> int:
    """POST one update as Telegram does; the HTTP status."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    conn.request("POST", path, body=json.dumps(update), headers=headers)
    response = conn.getresponse()
    response.read()
    if connection is None:
        conn.close()
    return response.status


def test_1000_updates_from_200_chats_through_the_webhook(fake_api, start_bot, engine, tmp_path):
    """Each answered exactly once, in order within each chat; every chat's context is stored afterwards."""
    names = sorted(role.name for role in engine.kb.roles.values())
    port, secret = free_port(), "load-test-secret"
    store = SQLiteStore(tmp_path / "state.sqlite3")
    hook = Webhook("https://example.org/bot", "127.0.0.1", port, secret, "bot")
    # real per-chat limits (5 messages a chat: a burst of 3, then one a second); the bot-wide 30/s would make
    # this test take 35 s, so it is raised
    start_bot(webhook=hook, store=store, limits=Limits(overall_rate=5000, overall_burst=5000))
    assert fake_api.webhook["secret_token"] == secret and fake_api.webhook["drop_pending_updates"] is False
    chats = [7000 + n for n in range(200)]
    asked = {chat: [names[(chat * 3 + k) % len(names)] for k in range(5)] for chat in chats}

    def post_chats(part: list[int]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for k in range(5):
            for chat in part:
                update = fake_api.update("message", fake_api.message(chat, f"what does a {asked[chat][k]} do?"))
                assert post_update(port, update, secret, connection=conn) == 200
        conn.close()

    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:                      # one chat's updates always from one thread, in order
        list(pool.map(post_chats, [chats[i::4] for i in range(4)]))
    fake_api.wait_for_messages(1000, timeout=60)
    print(f"1000 updates through the webhook answered in {time.monotonic() - started:.1f} s")
    fake_api.quiet_for(0.3)
    assert len(fake_api.sent()) == 1000
    for chat in chats:
        assert [title(c) for c in fake_api.sent(chat)] == asked[chat], chat
    stored = set(store.keys())
    assert {f"chat:{chat}" for chat in chats} <= stored
    assert all(store.get(f"chat:{chat}").focus for chat in chats)
