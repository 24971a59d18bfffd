"""Shared fixtures: one engine for the session, and a chat that pushes a message and pops the reply."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.answers.render import to_text
from bot.understanding.session import Session

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


class Chat:
    """A test front end: push a message, pop the reply; context carries over like in a real chat."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session = Session()

    def say(self, text: str):
        reply, self.session = self.engine.reply(text, self.session)
        return reply

    def text(self, text: str) -> str:
        return to_text(self.say(text))


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine)


# --- Telegram front end: a fake Bot API server and the real bot polling it -------------------------

@pytest.fixture
def fake_api():
    from .fake_bot_api import FakeBotAPI

    with FakeBotAPI() as api:
        yield api


@pytest.fixture
def start_bot(engine, fake_api):
    """``start_bot(**build_application options)`` -> a RunningBot; stopped after the test."""
    from .fake_bot_api import RunningBot

    running = []

    def start(engine_override=None, **options):
        bot = RunningBot(engine_override or engine, fake_api, **options)
        running.append(bot)
        return bot.start()

    yield start
    for bot in reversed(running):
        bot.stop()


@pytest.fixture
def redis_server(tmp_path):
    """A real redis-server on a free 127.0.0.1 port (skipped without one, except under CI=true)."""
    from .redis_server import RedisServer

    server = RedisServer(tmp_path).start()
    try:
        yield server
    finally:
        server.stop()
