"""Helpers the answer tests share: a conversation pushed through the engine, and the line an answer opens with."""
from __future__ import annotations

from bot.answers.render import to_text
from bot.understanding.session import Session


def first_line(reply) -> str:
    """What the person reads first: the answer to the question asked should be here."""
    return to_text(reply).split("\n", 1)[0]


def talk(engine, *messages):
    """The last reply to ``messages`` said in one conversation, and the session after it."""
    session = Session()
    reply = None
    for text in messages:
        reply, session = engine.reply(text, session)
    return reply, session
