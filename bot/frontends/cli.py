"""Command line: chat (default), ask, validate, telegram. Errors become messages, not tracebacks."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

from ..errors import DataError

ROLE_LIST_HINT = "Type /roles to see every role, /help for examples, /quit to leave."


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", metavar="DIR", help="a knowledge base folder (default: the bundled one; "
                        "or set CAREER_BOT_KNOWLEDGE)")
    common.add_argument("--intents", metavar="DIR", help="an intents folder (default: the bundled one)")
    parser = argparse.ArgumentParser(prog="python -m bot", parents=[common],
                                     description="A career advisor for data and AI roles.")
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", parents=[common], help="talk to the bot in the terminal (the default)")
    chat.add_argument("--json", action="store_true", help="one JSON object per answer (see contract.md)")
    ask = sub.add_parser("ask", parents=[common], help="answer one question, or one per line of stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("question", nargs="*", help="the question; none: read one per line from stdin")
    validate = sub.add_parser("validate", parents=[common], help="check a knowledge base and the intents")
    validate.add_argument("directory", nargs="?", help="the knowledge base folder to check")
    telegram = sub.add_parser("telegram", parents=[common], help="run the Telegram bot (long polling)")
    telegram.add_argument("--token-file", metavar="FILE", help="read the bot token from FILE "
                          "(default: the TELEGRAM_BOT_TOKEN environment variable)")
    telegram.add_argument("--api-base-url", metavar="URL", help="Bot API address, e.g. http://127.0.0.1:8081/bot "
                          "(default: TELEGRAM_API_BASE_URL or Telegram's own)")
    return parser


def _load(args: argparse.Namespace):
    from ..engine import Engine
    return Engine.load(args.knowledge, args.intents)


def _answer_lines(engine, lines, out: TextIO, as_json: bool, keep_context: bool, skip_blank: bool = True) -> None:
    from ..answers.render import to_text
    from ..understanding.session import Session

    session = Session()
    for line in lines:
        line = line.rstrip("\r\n")
        if skip_blank and not line.strip():
            continue
        reply, new_session = engine.reply(line, session if keep_context else Session())
        if keep_context:
            session = new_session
        text = to_text(reply)
        if as_json:
            out.write(json.dumps(reply.to_json(text), ensure_ascii=False) + "\n")
        else:
            out.write(text + "\n\n")
        out.flush()


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _load(args)
    if args.question:
        _answer_lines(engine, [" ".join(args.question)], sys.stdout, args.json, keep_context=False, skip_blank=False)
    else:
        _answer_lines(engine, sys.stdin, sys.stdout, args.json, keep_context=False)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    engine = _load(args)
    if getattr(args, "json", False) or not sys.stdin.isatty():
        _answer_lines(engine, sys.stdin, sys.stdout, getattr(args, "json", False), keep_context=True)
        return 0
    from ..frontends.terminal import run_terminal
    return run_terminal(engine)


def cmd_validate(args: argparse.Namespace) -> int:
    from ..engine import Engine
    engine = Engine.load(args.directory or args.knowledge, args.intents)
    roles = len(engine.kb.roles)
    print(f"OK: {roles} role profiles, {len(engine.intents.intents)} intents, "
          f"{sum(len(r.salaries) for r in engine.kb.roles.values())} salary figures, all valid.")
    return 0


def cmd_telegram(args: argparse.Namespace) -> int:
    from .telegram.app import run_telegram
    engine = _load(args)
    return run_telegram(engine, token_file=args.token_file, api_base_url=args.api_base_url)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or ("telegram" if os.environ.get("TELEGRAM_BOT_TOKEN") else "chat")
    if args.command is None:
        args.json, args.token_file, args.api_base_url = False, None, None
    handler = {"ask": cmd_ask, "chat": cmd_chat, "validate": cmd_validate, "telegram": cmd_telegram}[command]
    try:
        return handler(args)
    except DataError as exc:
        print(exc.report(), file=sys.stderr)
        print("Fix the files above (or point --knowledge at another folder) and try again.", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
