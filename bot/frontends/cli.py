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
    chat.add_argument("--state", metavar="FILE", help="keep the conversation's context in FILE across runs "
                      "(or set CAREER_BOT_STATE; default: off, the context ends with the chat)")
    ask = sub.add_parser("ask", parents=[common], help="answer one question, or one per line of stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("question", nargs="*", help="the question; none: read one per line from stdin")
    validate = sub.add_parser("validate", parents=[common], help="check a knowledge base and the intents")
    validate.add_argument("directory", nargs="?", help="the knowledge base folder to check")
    telegram = sub.add_parser("telegram", parents=[common], help="run the Telegram bot (long polling, or a webhook)")
    telegram.add_argument("--token-file", metavar="FILE", help="read the bot token from FILE "
                          "(default: the TELEGRAM_BOT_TOKEN environment variable)")
    telegram.add_argument("--api-base-url", metavar="URL", help="Bot API address, e.g. http://127.0.0.1:8081/bot "
                          "(default: TELEGRAM_API_BASE_URL or Telegram's own)")
    telegram.add_argument("--state", metavar="FILE", help="where conversations are kept: a SQLite file, a "
                          "redis:// URL, or 'off' for memory only (or set CAREER_BOT_STATE / CAREER_BOT_REDIS_URL; "
                          "default: $XDG_DATA_HOME/career-advisor/state.sqlite3)")
    telegram.add_argument("--webhook-url", metavar="URL", help="receive updates by webhook at this https URL "
                          "instead of long polling (or set CAREER_BOT_WEBHOOK_URL)")
    telegram.add_argument("--listen", metavar="ADDRESS", help="webhook: the address to listen on "
                          "(default 127.0.0.1, behind a reverse proxy; or CAREER_BOT_LISTEN)")
    telegram.add_argument("--port", metavar="PORT", help="webhook: the port to listen on (default 8443; "
                          "or CAREER_BOT_PORT)")
    telegram.add_argument("--delete-webhook-on-exit", action="store_true", help="webhook: remove it when the bot "
                          "stops (default: keep it, so Telegram holds updates until the bot is back)")
    return parser


def _load(args: argparse.Namespace):
    from ..engine import Engine
    return Engine.load(args.knowledge, args.intents)


def _answer_lines(engine, lines, out: TextIO, as_json: bool, keep_context: bool, skip_blank: bool = True,
                  store=None) -> None:
    from ..answers.render import to_text
    from ..understanding.session import Session

    STATE_KEY = "terminal"  # the same conversation as the interactive chat's (terminal.STATE_KEY)
    session = (store.get(STATE_KEY) if store is not None else None) or Session()
    for line in lines:
        line = line.rstrip("\r\n")
        if skip_blank and not line.strip():
            continue
        reply, new_session = engine.reply(line, session if keep_context else Session())
        if keep_context:
            session = new_session
            if store is not None:
                store.put(STATE_KEY, session)
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


def _chat_store(args: argparse.Namespace):
    """The chat's store: --state FILE or CAREER_BOT_STATE; off (memory, nothing kept) by default."""
    from .state import STATE_ENV, open_store

    setting = getattr(args, "state", None) or os.environ.get(STATE_ENV) or "off"
    return open_store(setting, warn=lambda message: print(f"warning: {message}", file=sys.stderr))


def cmd_chat(args: argparse.Namespace) -> int:
    engine = _load(args)
    store = _chat_store(args)
    try:
        if getattr(args, "json", False) or not sys.stdin.isatty():
            _answer_lines(engine, sys.stdin, sys.stdout, getattr(args, "json", False), keep_context=True,
                          store=store)
            return 0
        from ..frontends.terminal import run_terminal
        return run_terminal(engine, store)
    finally:
        store.close()


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
    return run_telegram(engine, token_file=args.token_file, api_base_url=args.api_base_url, state=args.state,
                        webhook_url=args.webhook_url, listen=args.listen, port=args.port,
                        delete_webhook_on_exit=args.delete_webhook_on_exit)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or ("telegram" if os.environ.get("TELEGRAM_BOT_TOKEN") else "chat")
    if args.command is None:
        args.json, args.token_file, args.api_base_url, args.state = False, None, None, None
        args.webhook_url, args.listen, args.port, args.delete_webhook_on_exit = None, None, None, False
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
