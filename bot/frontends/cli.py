"""Command line: chat (default), ask, validate, telegram. Errors become messages, not tracebacks."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from ..errors import DataError

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
    ask.add_argument("--chart", metavar="FILE", help="write the answer's chart (PNG) to FILE when it has one; "
                     "with several questions, the Nth answer's chart goes to FILE-N.png")
    ask.add_argument("question", nargs="*", help="the question; none: read one per line from stdin")
    explain = sub.add_parser("explain", parents=[common], help="show why a message is understood as it is")
    explain.add_argument("message", nargs="+", help="the message")
    explain.add_argument("--session", metavar="FILE", help="context: earlier messages, one per line, or a "
                         "`chat --json` transcript")
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


def _chart_path(chart: str, number: int, several: bool) -> str:
    """FILE for one question; FILE-N.png (before FILE's extension) for the Nth of several."""
    if not several:
        return chart
    stem, ext = os.path.splitext(chart)
    return f"{stem}-{number}{ext or '.png'}"


def _write_chart(engine, reply, path: str) -> tuple[bool, str]:
    """Draw the reply's chart into ``path``: (written, a line saying what happened)."""
    from ..answers.charts import chart_png
    drawn = chart_png(reply, engine.kb, engine.official)
    if drawn is None:
        return False, f"This answer has no chart; nothing written to {path}."
    png, _caption = drawn
    try:
        with open(path, "wb") as handle:
            handle.write(png)
    except OSError as exc:
        return False, f"Cannot write the chart to {path}: {exc.strerror or exc}"
    return True, f"Chart written to {path} ({len(png):,} bytes)."


def _answer_lines(engine, lines, out: TextIO, as_json: bool, keep_context: bool, skip_blank: bool = True,
                  chart: str | None = None, several: bool = False, store=None) -> int:
    """Answer each line; returns 1 when a chart could not be written, else 0. ``store`` keeps the context."""
    from ..answers.render import to_text
    from ..understanding.session import Session

    state_key = "terminal"  # the same conversation as the interactive chat's (terminal.STATE_KEY)
    session = (store.get(state_key) if store is not None else None) or Session()
    status = 0
    number = 0
    for line in lines:
        line = line.rstrip("\r\n")
        if skip_blank and not line.strip():
            continue
        number += 1
        reply, new_session = engine.safe_reply(line, session if keep_context else Session())
        if keep_context:
            session = new_session
            if store is not None:
                store.put(state_key, session)
        text = to_text(reply)
        said = None
        if chart:
            path = _chart_path(chart, number, several)
            written, said = _write_chart(engine, reply, path)
            if not written and reply.chart is not None:
                status = 1
        if as_json:
            answer = reply.to_json(text)
            if chart and written:
                answer["chart_file"] = path
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
            if said:  # stdout stays one JSON object per line
                print(said, file=sys.stderr)
        else:
            out.write(text + "\n" + (f"\n{said}\n" if said else "") + "\n")
        out.flush()
    return status


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _load(args)
    if args.question:
        return _answer_lines(engine, [" ".join(args.question)], sys.stdout, args.json, keep_context=False,
                             skip_blank=False, chart=args.chart)
    return _answer_lines(engine, sys.stdin, sys.stdout, args.json, keep_context=False, chart=args.chart,
                         several=True)


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


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain, replay
    from ..understanding.session import Session
    engine = _load(args)
    session = Session()
    if args.session:
        try:
            with open(args.session, encoding="utf-8") as lines:
                session = replay(engine, lines)
        except OSError as exc:
            print(f"Cannot read {args.session}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    explain(engine, " ".join(args.message), session, sys.stdout)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from ..engine import Engine
    from ..knowledge.load import default_knowledge_dir
    from ..prebuilt import FILE, stale
    from ..understanding.intents import default_intents_dir
    engine = Engine.load(args.directory or args.knowledge, args.intents, prebuilt=False)  # the YAML, every check
    roles = len(engine.kb.roles)
    print(f"OK: {roles} role profiles, {len(engine.intents.intents)} intents, "
          f"{sum(len(r.salaries) for r in engine.kb.roles.values())} salary figures, all valid.")
    merges = engine.kb.merges
    if merges:
        items = sum(len(m.merged) for m in merges)
        print(f"Near-identical list items merged: {items} items into {len(merges)} "
              f"(in {len({m.role for m in merges})} roles), every source kept:")
        for m in merges:
            print(f"  {m.role}.{m.field}: {len(m.merged)} -> \"{m.kept}\"")
    for kind, root in (("knowledge", Path(args.directory or args.knowledge or default_knowledge_dir())),
                       ("intents", Path(args.intents or default_intents_dir()))):
        why = stale(root, kind) if (root / FILE).exists() else None
        if why:  # the bot still starts, from the YAML, only slower
            print(f"Note: {why}, so the bot reads the YAML at every start (slower); "
                  "run scripts/build_prebuilt.py to rebuild it.")
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
    handler = {"ask": cmd_ask, "chat": cmd_chat, "explain": cmd_explain, "validate": cmd_validate,
               "telegram": cmd_telegram}[command]
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
