"""The interactive terminal chat: readline editing and history, /help, /roles, /quit."""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..engine import Engine
from ..answers.render import to_text
from ..answers.reply import Reply
from ..understanding.session import Session

PROMPT = "you> "
HISTORY_FILE = Path(os.environ.get("CAREER_BOT_HISTORY", Path.home() / ".career_advisor_history"))
COMMANDS = {
    "/help": "help",
    "/roles": "which roles do you know",
    "/start": "hi",
}
QUIT = {"/quit", "/exit", "/q", "quit", "exit", "bye"}
if TYPE_CHECKING:
    from .state import StateStore

STATE_KEY = "terminal"  # the terminal's one conversation in a state store (--state FILE)
CHART = "/chart"
NO_CHART = ("The last answer has no chart. Charts go with salary answers and pay or outlook comparisons of roles "
            "with official U.S. figures, and with education answers about one occupation.")


def save_chart(engine: Engine, reply: Reply | None, directory: str | os.PathLike[str] | None = None) -> str:
    """Write the reply's chart as a PNG in ``directory`` (default: the current one, else a temporary one).

    Returns the line to show: where it was written, or why nothing was.
    """
    from ..answers.charts import chart_png
    drawn = chart_png(reply, engine.kb, engine.official) if reply is not None else None
    if drawn is None:
        return NO_CHART
    png, caption = drawn
    name = f"chart-{reply.chart.kind}-{time.strftime('%Y%m%d-%H%M%S')}"  # type: ignore[union-attr]
    places = [Path(directory)] if directory is not None else [Path.cwd(), Path(tempfile.gettempdir())]
    problem = ""
    for place in places:
        for n in range(1, 100):
            path = place / (f"{name}.png" if n == 1 else f"{name}-{n}.png")
            try:
                with open(path, "xb") as handle:  # never overwrite a file
                    handle.write(png)
            except FileExistsError:
                continue
            except OSError as exc:
                problem = f"{path}: {exc.strerror or exc}"
                break
            return f"Chart saved: {path.resolve()}\n({caption.splitlines()[0]})"
    return f"Could not save the chart ({problem or 'no free file name'})."


def _setup_readline() -> Callable[[], None]:
    """Line editing and history where readline exists; returns a function that saves the history."""
    try:
        import readline
    except ImportError:  # pragma: no cover - e.g. Windows without pyreadline
        return lambda: None
    with contextlib.suppress(OSError, UnicodeDecodeError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY_FILE)
    return save


def chat_loop(engine: Engine, read: Callable[[str], str], out: TextIO, store: StateStore | None = None) -> int:
    """Read messages until /quit or end of input; one session for the whole conversation (kept in ``store``)."""
    greeting, session = engine.reply("hi", (store.get(STATE_KEY) if store is not None else None) or Session())
    out.write(to_text(greeting) + "\n\nType /help for examples, /roles for every role, /chart to save the last "
              "answer's chart, /quit to leave.\n")
    last: Reply | None = None
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
        if message.lower() == CHART:
            out.write(save_chart(engine, last) + "\n\n")
            out.flush()
            continue
        message = COMMANDS.get(message.split()[0].lower(), message) if message.startswith("/") else message
        reply, session = engine.safe_reply(message, session)
        last = reply
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
