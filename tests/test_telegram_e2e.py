"""The Telegram bot end to end: the real PTB Application polling a fake Bot API on 127.0.0.1.

The fake rejects malformed HTML and texts over 4,096 characters like Telegram does, so every message
checked here was also accepted as valid Telegram HTML.
"""
from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers.reply import Block, Reply
from bot.frontends.state import MemoryStore
from bot.understanding.session import Session
from bot.frontends.telegram.buttons import Button, Buttons
from bot.frontends.telegram.config import (COMMANDS, EXPIRED, NOT_TEXT, SORRY, ConfigError, api_urls, load_token,
                                           parse_allowed_ids)
from bot.frontends.telegram.handlers import strip_mention
from bot.frontends.telegram.inline import inline_cards

from .conftest import ROOT
from .fake_bot_api import BOT_USERNAME, TOKEN, FakeBotAPI, LogCapture, parse_html

CHAT = 1001
# PTB itself warns when it builds a RetryAfter (its retry_after is turning into a timedelta)
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def keyboard(call) -> list[list[dict]]:
    return (call.params.get("reply_markup") or {}).get("inline_keyboard", [])


def buttons_of(call) -> dict[str, str]:
    """label -> callback_data of the buttons under a sent message."""
    return {b["text"]: b["callback_data"] for row in keyboard(call) for b in row}


def plain(call) -> str:
    return parse_html(call.params["text"])


def assert_all_html(api: FakeBotAPI) -> None:
    for call in api.calls("sendMessage"):
        assert call.fault != "bad request", call.params
        assert call.params.get("parse_mode") == "HTML", call.params
        assert len(call.params["text"]) <= 4096


# --- the conversation ----------------------------------------------------------------------------

def test_start_greets_offers_examples_and_registers_commands(fake_api, start_bot):
    start_bot()
    fake_api.send_command(CHAT, "/start")
    [greeting] = fake_api.wait_for_messages(1)
    assert "career advisor" in plain(greeting).lower()
    labels = buttons_of(greeting)
    assert "what does a data architect do" in labels
    assert all(data.startswith("q:") for data in labels.values())
    assert not fake_api.calls("sendChatAction")   # answered at once: no "typing…" before it
    [menu] = fake_api.calls("setMyCommands", ok_only=True)
    assert [c["command"] for c in menu.params["commands"]] == [name for name, _ in COMMANDS]
    assert_all_html(fake_api)


def test_free_question_is_answered_with_figure_and_source(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "how much does a data architect earn")
    [answer] = fake_api.wait_for_messages(1)
    text = plain(answer)
    assert "$135,980" in text
    assert "Sources:" in text and "[1]" in text
    assert answer.params["text"].startswith("<b>Data Architect: salary</b>")
    assert {"Skills", "Education", "Outlook", "Compare with Data Engineer"} <= set(buttons_of(answer))
    assert_all_html(fake_api)


def test_follow_up_uses_the_chats_context(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "how much does a data architect earn")
    fake_api.send_text(CHAT + 1, "what does a data scientist do")
    fake_api.wait_for_messages(2)
    fake_api.send_text(CHAT, "what about the skills?")
    fake_api.wait_for_messages(3)
    [follow_up] = fake_api.sent(CHAT)[1:]
    assert plain(follow_up).startswith("Data Architect: skills")


def test_button_press_answers_as_new_message_and_acknowledges(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "how much does a data architect earn")
    [answer] = fake_api.wait_for_messages(1)
    query = fake_api.press(CHAT, buttons_of(answer)["Skills"], message=answer.result)
    second = fake_api.wait_for_messages(2)[1]
    assert plain(second).startswith("Data Architect: skills")
    [ack] = fake_api.wait_for("answerCallbackQuery", 1)
    assert ack.params["callback_query_id"] == query["callback_query"]["id"]
    assert "text" not in ack.params
    fake_api.press(CHAT, buttons_of(answer)["Compare with Data Engineer"], message=answer.result)
    third = fake_api.wait_for_messages(3)[2]
    assert plain(third).startswith("Data Architect vs Data Engineer")


@pytest.mark.parametrize("data", ["a:salary:zzzzzz", "garbage", "a:salary", "x:salary:664d3c", "c::1:2",
                                  "a:drop table:664d3c", "p:greeting:664d3c", "q:", "a:salary:664d3c:extra"])
def test_forged_or_stale_button_expires_harmlessly(fake_api, start_bot, data):
    start_bot()
    fake_api.press(CHAT, data)
    [ack] = fake_api.wait_for("answerCallbackQuery", 1)
    assert ack.params["text"] == EXPIRED
    fake_api.send_text(CHAT, "thanks")  # the next update is handled: nothing was sent for the button
    [only] = fake_api.wait_for_messages(1)
    assert "welcome" in plain(only).lower()


def test_clarification_chosen_by_button(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "architect salary?")
    [question] = fake_api.wait_for_messages(1)
    choices = buttons_of(question)
    assert list(choices) == ["Data Architect", "AI Architect", "Machine Learning Data Architect"]
    fake_api.press(CHAT, choices["AI Architect"], message=question.result)
    answer = fake_api.wait_for_messages(2)[1]
    assert plain(answer).startswith("AI Architect: salary")
    # pressed again later (the clarification is no longer pending): still the same, explicit question
    fake_api.press(CHAT, choices["Data Architect"], message=question.result)
    again = fake_api.wait_for_messages(3)[2]
    assert plain(again).startswith("Data Architect: salary")


def test_long_reply_is_split_in_order_with_buttons_on_the_last_part(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "all skills of a machine learning data architect")
    fake_api.send_text(CHAT, "thanks")
    fake_api.wait_until(lambda api: any("welcome" in plain(m).lower() for m in api.sent()), what="'thanks'")
    *parts, thanks = fake_api.sent(CHAT)
    assert "welcome" in plain(thanks).lower()   # answered after every part of the long reply
    assert len(parts) >= 2
    assert parts[0].params["text"].startswith("<b>Machine Learning Data Architect: skills</b>")
    assert all(len(p.params["text"]) <= 4096 for p in parts)
    assert sum(len(p.params["text"]) for p in parts) > 4096
    assert [bool(keyboard(p)) for p in parts] == [False] * (len(parts) - 1) + [True]
    assert "Sources:" in plain(parts[-1])
    assert_all_html(fake_api)


def test_group_answers_mentions_replies_and_commands_only(fake_api, start_bot):
    group = -100777
    start_bot()
    fake_api.send_text(group, "how much does a data architect earn", chat_type="supergroup", user_id=5)
    fake_api.send_sticker(group, chat_type="supergroup", user_id=5)
    fake_api.send_command(group, "/salary@SomeOtherBot", "data architect", chat_type="supergroup", user_id=5)
    asked = fake_api.send_mention(group, f"@{BOT_USERNAME} what does a data engineer do", chat_type="supergroup",
                                  user_id=5)
    [answer] = fake_api.wait_for_messages(1)
    assert plain(answer).startswith("Data Engineer")
    assert answer.params["reply_parameters"]["message_id"] == asked["message"]["message_id"]
    # a reply to one of the bot's messages is addressed to the bot
    fake_api.send_text(group, "and the salary?", chat_type="supergroup", user_id=6, reply_to=answer.result)
    fake_api.send_command(group, f"/outlook@{BOT_USERNAME}", "data analyst", chat_type="supergroup", user_id=5)
    messages = fake_api.wait_for_messages(3)
    assert plain(messages[1]).startswith("Data Engineer: salary")
    assert plain(messages[2]).startswith("Data Analyst: outlook")
    fake_api.quiet_for(0.3)
    assert len(fake_api.sent()) == 3


class WrappedEngine:
    """The real engine's knowledge and understanding, with a reply a test replaces."""

    def __init__(self, real):
        self.real = real
        self.kb, self.understander = real.kb, real.understander

    def understand(self, text, session=None):
        return self.real.understand(text, session)


def test_user_text_with_markup_characters_is_escaped(fake_api, start_bot, engine):
    class Echo(WrappedEngine):
        """The real engine, but every reply quotes the message: user text reaches the HTML."""

        def reply(self, text, session=None):
            return Reply("unknown", (), None, (), (Block("title", text), Block("text", f"You said: {text}"))), \
                session or Session()

    start_bot(engine_override=Echo(engine))
    fake_api.send_text(CHAT, "what does a <b>&plumber do")
    [answer] = fake_api.wait_for_messages(1)
    assert answer.params["text"] == ("<b>what does a &lt;b&gt;&amp;plumber do</b>\n\n"
                                     "You said: what does a &lt;b&gt;&amp;plumber do")
    assert plain(answer).endswith("You said: what does a <b>&plumber do")


def test_unknown_role_with_markup_characters_is_valid_html(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "what does a <b>&plumber do")
    fake_api.send_text(CHAT, "what does a <i>plumber</i> & co do?")
    for answer in fake_api.wait_for_messages(2):
        assert "<b>&" not in answer.params["text"] and "<i>plumber" not in answer.params["text"]
        assert not set(re.findall(r"</?(\w+)", answer.params["text"])) - {"b", "i"}
    assert_all_html(fake_api)


def test_non_text_message_in_private_chat_gets_a_hint(fake_api, start_bot):
    start_bot()
    fake_api.send_sticker(CHAT)
    [hint] = fake_api.wait_for_messages(1)
    assert hint.params["text"] == NOT_TEXT
    assert "only read text" in plain(hint)


def test_commands(fake_api, start_bot):
    start_bot(limits=None)  # ten messages in one chat: throttling is tested in test_telegram_traffic
    fake_api.send_command(CHAT, "/salary")                                       # no role, no context: ask
    fake_api.send_command(CHAT, "/salary", "data architect")
    fake_api.send_command(CHAT, "/outlook")                                      # the role being discussed
    fake_api.send_command(CHAT, "/compare", "data architect vs data engineer")
    fake_api.send_command(CHAT, "/help")
    fake_api.send_command(CHAT, "/roles")
    fake_api.send_command(CHAT + 1, "/compare")                                  # nothing to compare yet
    fake_api.send_command(CHAT, "/compare")                                      # the last two roles
    fake_api.send_command(CHAT, "/skills", "statistician")
    fake_api.send_command(CHAT, "/education", "nlp engineer")
    fake_api.wait_for_messages(10)
    texts = [plain(m) for m in fake_api.sent(CHAT)]
    assert texts[0].startswith("Which role do you mean?")
    assert texts[1].startswith("Data Architect: salary")
    assert texts[2].startswith("Data Architect: outlook")
    assert texts[3].startswith("Data Architect vs Data Engineer")
    assert "/compare" in texts[4] and "/roles" in texts[4]
    assert texts[6].startswith("Data Architect vs Data Engineer")
    assert texts[7].startswith("Statistician: skills")
    assert texts[8].startswith("NLP Engineer: education")
    roles_message = fake_api.sent(CHAT)[5]
    role_buttons = buttons_of(roles_message)
    assert len(role_buttons) == 25 and all(d.startswith("a:overview:") for d in role_buttons.values())
    assert all(len(row) <= 2 for row in keyboard(roles_message))
    [usage] = fake_api.sent(CHAT + 1)
    assert plain(usage).startswith("Which roles should I compare?")
    fake_api.press(CHAT, role_buttons["Statistician"], message=roles_message.result)
    assert plain(fake_api.wait_for_messages(11)[-1]).startswith("Statistician")


def test_inline_mode(fake_api, start_bot):
    start_bot()
    fake_api.inline("data architect")
    fake_api.inline("data architect vs data engineer")
    fake_api.inline("")
    fake_api.inline("data arch")
    answers = fake_api.wait_for("answerInlineQuery", 4)
    by_query = {a.params["inline_query_id"]: a.params["results"] for a in answers}
    cards, comparison, popular, typing = (by_query[f"iq{n}"] for n in range(1, 5))
    assert cards[0]["title"] == "Data Architect"
    assert cards[0]["input_message_content"]["parse_mode"] == "HTML"
    assert cards[0]["input_message_content"]["message_text"].startswith("<b>Data Architect</b>")
    assert len(cards) <= 5
    assert [c["title"] for c in comparison] == ["Data Architect vs Data Engineer"]
    assert 3 <= len(popular) <= 5
    assert "Data Architect" in [c["title"] for c in typing]
    assert not fake_api.sent()


def test_allow_list_ignores_others_acknowledges_and_counts_them(fake_api, start_bot):
    with LogCapture(logging.INFO) as logs:
        bot = start_bot(allowed_ids=frozenset({7}))
        fake_api.send_text(8, "secret question about a data architect salary")
        for n in range(5):
            fake_api.send_text(9, f"another stranger #{n}")
        pressed = fake_api.press(8, "a:salary:664d3c")
        fake_api.inline("data architect", user_id=8)
        fake_api.send_text(7, "what does a data architect do")
        [answer] = fake_api.wait_for_messages(1)
        [ack] = fake_api.wait_for("answerCallbackQuery", 1)          # the stranger's button stops spinning
        [inline] = fake_api.wait_for("answerInlineQuery", 1)
    assert answer.params["chat_id"] == 7
    assert ack.params == {"callback_query_id": pressed["callback_query"]["id"]}
    assert inline.params["results"] == []
    assert bot.services.ignored == 8
    assert logs.text.count("Ignored ") == 1                          # counted, not logged one line each
    assert "secret question" not in logs.text and "stranger" not in logs.text


def test_error_in_a_handler_is_reported_and_the_bot_keeps_running(fake_api, start_bot, engine):
    class Fragile(WrappedEngine):
        def reply(self, text, session=None):
            if "boom" in text:
                raise RuntimeError("the engine broke")
            return self.real.reply(text, session)

    with LogCapture(logging.INFO) as logs:
        start_bot(engine_override=Fragile(engine))
        fake_api.send_text(CHAT, "boom")
        fake_api.send_text(CHAT, "what does a data architect do")
        first, second = fake_api.wait_for_messages(2)
    assert first.params["text"] == SORRY
    assert plain(second).startswith("Data Architect")
    assert "the engine broke" in logs.text and "Traceback" in logs.text


# --- the pure parts ------------------------------------------------------------------------------

def test_every_button_fits_and_means_what_it_says(engine):
    from bot.answers.compose import ASPECT_PHRASES

    buttons = Buttons(engine)
    roles = sorted(engine.kb.roles)
    for role in roles:
        for intent in ASPECT_PHRASES:
            for kind in ("ask", "pick"):
                data = buttons.encode(Button(kind, intent, (role,)))
                assert data and len(data.encode()) <= 64
                decoded = buttons.decode(data)
                assert decoded == Button(kind, intent, (role,))
                understood = engine.understand(buttons.message(decoded, Session()))
                assert (understood.intent, understood.roles) == (intent, (role,)), data
    for a, b in [(roles[0], roles[-1]), ("machine-learning-data-architect", "lead-machine-learning-engineer")]:
        for aspect in (None, "skills", "salary", "outlook", "education"):
            data = buttons.encode(Button("compare", "compare", (a, b), aspect))
            assert len(data.encode()) <= 64
            understood = engine.understand(buttons.message(buttons.decode(data), Session()))
            assert (understood.intent, understood.roles, understood.aspect) == ("compare", (a, b), aspect)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_decoding_arbitrary_callback_data_never_fails(engine, data):
    decoded = Buttons(engine).decode(data)
    assert decoded is None or decoded.kind in ("ask", "compare", "pick", "question", "chart")


def test_inline_cards_are_unique_and_bounded(engine):
    buttons = Buttons(engine)
    for query in ("", "architect", "engineer", "data", "zzz", "x" * 300, "ml engineer salary"):
        cards = inline_cards(engine, buttons, query)
        assert len(cards) <= 5 and len({c.id for c in cards}) == len(cards)
        for card in cards:
            parse_html(card.html)
            assert len(card.id.encode()) <= 64 and len(card.html) <= 4096
    assert inline_cards(engine, buttons, "ml engineer salary")[0].title == "Machine Learning Engineer: salary"


def test_inline_cards_find_any_occupation(engine):
    buttons = Buttons(engine)
    [card, *_] = inline_cards(engine, buttons, "plumber salary")
    assert card.title == "Plumbers, Pipefitters, and Steamfitters: salary" and card.id == "salary:o47215200"
    assert "$62,970" in card.html  # the BLS median, answered from the official tier
    teachers = inline_cards(engine, buttons, "teacher")
    assert {"Elementary School Teachers, Except Special Education",
            "Secondary School Teachers, Except Special and Career/Technical Education"} <= {c.title for c in teachers}


def test_configuration_helpers(tmp_path):
    assert load_token(environ={"TELEGRAM_BOT_TOKEN": f" {TOKEN}\n"}) == TOKEN
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    assert load_token(token_file, environ={}) == TOKEN
    for environ in ({}, {"TELEGRAM_BOT_TOKEN": "  "}, {"TELEGRAM_BOT_TOKEN": "12345:short"},
                    {"TELEGRAM_BOT_TOKEN": "abc:" + "x" * 40}):
        with pytest.raises(ConfigError) as error:
            load_token(environ=environ)
        assert "short" not in str(error.value)
    with pytest.raises(ConfigError, match="Cannot read"):
        load_token(tmp_path / "missing", environ={})
    assert api_urls("http://127.0.0.1:8081/bot") == ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot")
    assert api_urls("https://api.example.org/") == ("https://api.example.org/bot", "https://api.example.org/file/bot")
    with pytest.raises(ConfigError):
        api_urls("ftp://example.org")
    assert api_urls("http://localhost:8081")[0] == "http://localhost:8081/bot"
    assert api_urls("http://[::1]:8081/bot")[0] == "http://[::1]:8081/bot"
    for remote in ("http://api.example.org", "http://10.0.0.5:8081/bot", "http://127.0.0.1.example.org/bot"):
        with pytest.raises(ConfigError, match="the bot token travels in the URL"):
            api_urls(remote)
    assert parse_allowed_ids(None) is None and parse_allowed_ids(" ") is None
    assert parse_allowed_ids("7, -100123 42") == frozenset({7, -100123, 42})
    with pytest.raises(ConfigError):
        parse_allowed_ids("7,alice")
    assert strip_mention(f"@{BOT_USERNAME} what does a data analyst do", BOT_USERNAME) == \
        "what does a data analyst do"
    assert strip_mention(f"salary of a data analyst, @{BOT_USERNAME.lower()}?", BOT_USERNAME) == \
        "salary of a data analyst, ?"


def test_session_store_stays_bounded_per_chat(fake_api, start_bot):
    store = MemoryStore(max_sessions=3)
    bot = start_bot(store=store)
    for chat in range(1, 8):
        fake_api.send_text(chat, "what does a data architect do")
    fake_api.wait_for_messages(7)
    assert len(store.keys()) <= 3 and bot.services.store is store


# --- the process: `python -m bot telegram` ---------------------------------------------------------

def _bot_process(env_changes: dict[str, str | None], *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CAREER_BOT_"))}
    env["CAREER_BOT_STATE"] = "off"  # never the user's own state file (the state tests pass their own)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen([sys.executable, "-m", "bot", "telegram", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("env, args, expected", [
    ({}, (), "No Telegram bot token"),
    ({"TELEGRAM_BOT_TOKEN": "123:not-a-real-token"}, (), "malformed"),
    ({}, ("--token-file", "/nonexistent/token"), "Cannot read the token file"),
])
def test_missing_or_malformed_token_refuses_to_start(env, args, expected):
    process = _bot_process(env, *args)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert expected in err and "Traceback" not in err + out
    assert "not-a-real-token" not in err + out


def test_rejected_token_refuses_to_start_without_showing_it(fake_api):
    other = "987654321:AAHsomeOTHERtokenTHATtheFAKErejects_xyz"
    process = _bot_process({"TELEGRAM_BOT_TOKEN": other, "TELEGRAM_API_BASE_URL": fake_api.base_url})
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "rejected the bot token" in err and "Traceback" not in err + out
    assert other not in err + out and other.split(":")[1] not in err + out


def test_process_runs_answers_and_stops_gracefully_on_sigterm(fake_api, tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    process = _bot_process({"TELEGRAM_API_BASE_URL": fake_api.base_url, "CAREER_BOT_LOG_LEVEL": "DEBUG"},
                           "--token-file", str(token_file))
    try:
        fake_api.send_text(CHAT, "how much does a data architect earn")
        [answer] = fake_api.wait_for_messages(1, timeout=30)
        assert "$135,980" in plain(answer)
        assert fake_api.calls("setMyCommands", ok_only=True)       # post_init ran under run_polling
        # only the update types the bot handles
        assert fake_api.calls("getUpdates")[0].params["allowed_updates"] == ["message", "callback_query",
                                                                              "inline_query"]
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err[-2000:]
    assert "Running as @" + BOT_USERNAME in err
    assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err
    assert "Traceback" not in err
