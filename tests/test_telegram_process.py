"""The real ``python -m bot telegram`` process against the fake Bot API: restarts, two instances on Redis,
webhook secrets, a broken state file, configuration errors."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from bot.frontends.telegram.config import ConfigError, derived_secret, parse_webhook

from .conftest import ROOT
from .fake_bot_api import TOKEN, parse_html
from .redis_server import free_port
from .test_telegram_traffic import post_update

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
CHAT = 5005
READY = "Application started"   # PTB logs it once updates are being received (polling or webhook server up)


def title(call) -> str:
    return parse_html(call.params["text"]).split("\n", 1)[0]


def buttons_of(call) -> dict[str, str]:
    rows = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


class BotProcess:
    """``python -m bot telegram`` with its log read line by line (waiting for a line is an event, not a sleep)."""

    def __init__(self, env_changes: dict[str, str], *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CAREER_BOT_", "XDG_"))}
        env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}, **env_changes)
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "telegram", *args], cwd=ROOT, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()
        with self.changed:
            self.lines.append("")  # end of output
            self.changed.notify_all()

    @property
    def output(self) -> str:
        with self.changed:
            return "".join(self.lines)

    def wait_for_log(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not any(text in line for line in self.lines):
                if (self.lines and self.lines[-1] == "") or time.monotonic() > deadline:
                    raise AssertionError(f"no {text!r} in the bot's log:\n{''.join(self.lines)[-3000:]}")
                self.changed.wait(deadline - time.monotonic())

    def terminate(self, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout)
        self.wait_for_log("")  # all output read
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture
def processes():
    started: list[BotProcess] = []

    def start(env: dict[str, str], *args: str) -> BotProcess:
        bot = BotProcess(env, *args)
        started.append(bot)
        return bot

    yield start
    for bot in started:
        bot.kill()


def assert_clean(bot: BotProcess) -> None:
    out = bot.output
    assert "Traceback" not in out, out[-3000:]
    assert TOKEN not in out and TOKEN.split(":")[1] not in out


# --- a restart keeps conversations (SQLite in the data directory) -------------------------------------

def test_restart_keeps_context_and_buttons_and_loses_or_repeats_no_update(fake_api, processes, tmp_path):
    env = {"TELEGRAM_API_BASE_URL": fake_api.base_url, "XDG_DATA_HOME": str(tmp_path / "data")}
    first = processes(env)
    first.wait_for_log(READY)
    fake_api.send_text(CHAT, "architect vs data engineer")            # which architect? (buttons)
    [question] = fake_api.wait_for_messages(1)
    assert list(buttons_of(question)) == ["Data Architect", "AI Architect", "Machine Learning Data Architect"]
    fake_api.send_text(CHAT, "how much does a data engineer earn")     # queued while it stops
    assert first.terminate() == 0
    assert "Conversations saved" in first.output
    fake_api.send_text(CHAT, "what about the skills?")                 # queued while it is down
    assert (tmp_path / "data" / "career-advisor" / "state.sqlite3").is_file()

    second = processes(env)
    second.wait_for_log(READY)
    fake_api.wait_for_messages(3)
    # a button from before the restart, pressed after two other questions: it still completes *its* comparison
    # (without that context it would ask "Which roles should I compare?")
    fake_api.press(CHAT, buttons_of(question)["AI Architect"], message=question.result)
    fake_api.wait_for_messages(4)
    fake_api.send_text(CHAT, "and the education?")
    fake_api.wait_for_messages(5)
    fake_api.quiet_for(0.3)
    assert second.terminate() == 0
    titles = [title(c) for c in fake_api.sent(CHAT)]
    assert titles[0].endswith("do you mean?")                          # the clarification, answered once
    # 'and the education?' right after the comparison compares the same two on education
    assert titles[1:] == ["Data Engineer: salary", "Data Engineer: skills", "AI Architect vs Data Engineer",
                          "AI Architect vs Data Engineer"]
    for bot in (first, second):
        assert_clean(bot)


def test_a_corrupt_state_file_is_reported_and_the_bot_runs_in_memory(fake_api, processes, tmp_path):
    state = tmp_path / "state.sqlite3"
    state.write_bytes(b"\x00garbage" * 500)
    bot = processes({"TELEGRAM_API_BASE_URL": fake_api.base_url}, "--state", str(state))
    bot.wait_for_log(READY)
    fake_api.send_text(CHAT, "what does a data architect do")
    assert title(fake_api.wait_for_messages(1)[0]) == "Data Architect"
    assert bot.terminate() == 0
    assert f"cannot use the state file {state}: file is not a database" in bot.output
    assert "Keeping conversations in memory only" in bot.output
    assert_clean(bot)


# --- two instances behind one webhook URL, sharing Redis -------------------------------------------------

def test_two_webhook_instances_share_conversations_through_redis(fake_api, processes, redis_server):
    secret = "two-instances-share-this-secret"
    ports = free_port(), free_port()
    env = {"TELEGRAM_API_BASE_URL": fake_api.base_url, "CAREER_BOT_REDIS_URL": redis_server.url,
           "CAREER_BOT_WEBHOOK_SECRET": secret}
    one = processes({**env, "CAREER_BOT_WEBHOOK_URL": "https://example.org/bot", "CAREER_BOT_LISTEN": "127.0.0.1",
                     "CAREER_BOT_PORT": str(ports[0])})
    two = processes(env, "--webhook-url", "https://example.org/bot", "--listen", "127.0.0.1",
                    "--port", str(ports[1]), "--delete-webhook-on-exit")
    one.wait_for_log(READY)
    two.wait_for_log(READY)
    assert fake_api.webhook == {"url": "https://example.org/bot", "secret_token": secret,
                                "allowed_updates": ["message", "callback_query", "inline_query"],
                                "drop_pending_updates": False}
    assert not fake_api.calls("getUpdates")

    def post(instance: int, text: str, secret_sent: str | None = secret) -> int:
        return post_update(ports[instance], fake_api.update("message", fake_api.message(CHAT, text)), secret_sent)

    assert post(0, "how much does a data architect earn") == 200
    [salary] = fake_api.wait_for_messages(1)
    assert post(1, "and the skills?") == 200
    fake_api.wait_for_messages(2)
    press = {"id": "cb-1", "from": fake_api.user(CHAT), "chat_instance": "ci", "data": buttons_of(salary)["Outlook"],
             "message": salary.result}
    assert post_update(ports[0], fake_api.update("callback_query", press), secret) == 200
    fake_api.wait_for_messages(3)
    # forged requests: refused, and nothing changes (no answer, no context)
    assert post(1, "what does a statistician do", secret_sent="wrong") == 403
    assert post(1, "what does a statistician do", secret_sent=None) == 403
    assert post(1, "and the education?") == 200
    fake_api.wait_for_messages(4)
    fake_api.quiet_for(0.3)
    assert [title(c) for c in fake_api.sent(CHAT)] == [
        "Data Architect: salary", "Data Architect: skills", "Data Architect: outlook", "Data Architect: education"]
    assert one.terminate() == 0
    assert not fake_api.calls("deleteWebhook")              # kept unless asked: Telegram holds updates meanwhile
    assert two.terminate() == 0
    assert len(fake_api.calls("deleteWebhook", ok_only=True)) == 1 and fake_api.webhook is None
    for bot in (one, two):
        assert_clean(bot)
        assert secret not in bot.output


def test_webhook_secret_is_generated_when_not_given(fake_api, processes):
    port = free_port()
    bot = processes({"TELEGRAM_API_BASE_URL": fake_api.base_url, "CAREER_BOT_STATE": "off"},
                    "--webhook-url", "https://example.org/hook", "--port", str(port))
    bot.wait_for_log(READY)
    secret = fake_api.webhook["secret_token"]
    assert secret == derived_secret(TOKEN) and len(secret) == 64
    update = fake_api.update("message", fake_api.message(CHAT, "what does a data architect do"))
    assert post_update(port, update, None, path="/hook") == 403
    assert post_update(port, update, secret, path="/hook") == 200
    assert title(fake_api.wait_for_messages(1)[0]) == "Data Architect"
    later = fake_api.update("message", fake_api.message(CHAT, "and the salary?"))
    assert post_update(port, later, secret, path="/hook") == 200
    assert bot.terminate() == 0                      # SIGTERM right after Telegram got its 200: still answered
    assert [title(c) for c in fake_api.sent(CHAT)] == ["Data Architect", "Data Architect: salary"]
    assert_clean(bot)
    assert secret not in bot.output


def test_webhook_and_api_settings_are_checked():
    hook = parse_webhook("https://example.org/bot/hook", None, None, None, TOKEN)
    assert (hook.listen, hook.port, hook.path, hook.secret) == ("127.0.0.1", 8443, "bot/hook", derived_secret(TOKEN))
    assert parse_webhook("", "0.0.0.0", "80", None, TOKEN) is None
    assert parse_webhook("https://example.org/", "0.0.0.0", "8080", "abc_DEF-1", TOKEN).secret == "abc_DEF-1"
    for url, port, secret in [("http://example.org/bot", None, None), ("https://example.org/bot", "http", None),
                              ("https://example.org/bot", "70000", None), ("https://example.org/bot", None, "a b")]:
        with pytest.raises(ConfigError):
            parse_webhook(url, None, port, secret, TOKEN)


@pytest.mark.parametrize("env, args, expected", [
    ({"TELEGRAM_API_BASE_URL": "http://api.example.org/bot"}, (), "the bot token travels in the URL"),
    ({}, ("--webhook-url", "http://example.org/bot"), "The webhook URL must be https://"),
    ({"CAREER_BOT_WEBHOOK_URL": "https://example.org/bot", "CAREER_BOT_PORT": "x"}, (), "must be a port number"),
])
def test_bad_settings_refuse_to_start_with_a_message(processes, env, args, expected):
    bot = processes({"CAREER_BOT_STATE": "off", **env}, *args)
    assert bot.process.wait(60) == 2
    bot.wait_for_log("")
    assert expected in bot.output
    assert_clean(bot)


def test_sigterm_during_a_long_flood_control_wait_stops_at_once(fake_api, processes):
    """Telegram asks for 60 s of quiet; SIGTERM gives the wait up instead of holding the shutdown for it."""
    bot = processes({"TELEGRAM_API_BASE_URL": fake_api.base_url, "CAREER_BOT_STATE": "off"})
    bot.wait_for_log(READY)
    fake_api.fail("sendMessage", status=429, retry_after=60)
    fake_api.send_text(CHAT, "what does a data architect do")
    bot.wait_for_log("waiting 60 s")
    assert bot.terminate(timeout=20) == 0          # far less than the 60 s asked for
    assert "gave up waiting out flood control for sendMessage in chat 5005" in bot.output
    assert "Gave up answering chat 5005: Telegram flood control." in bot.output
    assert [c.fault for c in fake_api.calls("sendMessage")] == ["status"]
    assert_clean(bot)
