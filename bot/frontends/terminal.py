"""The interactive terminal chat: readline editing and history, /help, /roles, /quit."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TextIO

from ..engine import Engine
from ..answers.render import to_text
from ..understanding.session import Session

if TYPE_CHECKING:
    from .state import StateStore

PROMPT = "you> "
HISTORY_FILE = Path(os.environ.get("CAREER_BOT_HISTORY", Path.home() / ".career_advisor_history"))
COMMANDS = {
    "/help": "help",
    "/roles": "which roles do you know",
    "/start": "hi",
}
QUIT = {"/quit", "/exit", "/q", "quit", "exit", "bye"}
STATE_KEY = "terminal"  # the terminal's one conversation in a state store (--state FILE)


def _setup_readline() -> Callable[[], None]:
    """Line editing and history where readline exists; returns a function that saves the history."""
    try:
        import readline
    except ImportError:  # pragma: no cover - e.g. Windows without pyreadline
        return lambda: None
    try:
        readline.read_history_file(HISTORY_FILE)
    except (OSError, UnicodeDecodeError):
        pass
    readline.set_history_length(1000)

    def save() -> None:
        try:
            readline.write_history_file(HISTORY_FILE)
        except OSError:
            pass
    return save


def chat_loop(engine: Engine, read: Callable[[str], str], out: TextIO, store: StateStore | None = None) -> int:
    """Read messages until /quit or end of input; one session for the whole conversation (kept in ``store``)."""
    greeting, session = engine.reply("hi", (store.get(STATE_KEY) if store is not None else None) or Session())
    out.write(to_text(greeting) + "\n\nType /help for examples, /roles for every role, /quit to leave.\n")
    while True:
        try:
            line = read(PROMPT)
        except EOFError:
            out.write("\nBye!\n")
            return 0
        except KeyboardInterrupt:
            out.write("\nBye!\n")
            return 0
        message = line.strip()
        if not message:
            continue
        if message.lower() in QUIT:
            out.write("Bye!\n")
            return 0
        message = COMMANDS.get(message.split()[0].lower(), message) if message.startswith("/") else message
        reply, session = engine.reply(message, session)
        if store is not None:
            store.put(STATE_KEY, session)
        out.write("\n" + to_text(reply) + "\n\n")
        out.flush()


def run_terminal(engine: Engine, store: StateStore | None = None) -> int:
    save_history = _setup_readline()
    try:
        return chat_loop(engine, input, sys.stdout, store)
    finally:
        save_history()
