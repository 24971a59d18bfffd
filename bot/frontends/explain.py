"""``python -m bot explain "message"``: why a message is understood as it is (scores, matches, the rule)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..engine import Engine
from ..understanding.dialogue import Understanding, next_session
from ..understanding.session import Session


def replay(engine: Engine, lines: Iterable[str]) -> Session:
    """The context after a conversation: messages (one per line) or a ``chat --json`` transcript."""
    session = Session()
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            answer = json.loads(line)
        except ValueError:
            answer = None
        if isinstance(answer, dict) and "intent" in answer:
            u = Understanding(str(answer["intent"]), tuple(answer.get("roles") or ()), answer.get("aspect"),
                              tuple(answer.get("candidates") or ()))
            session = next_session(session, u)
        else:
            session = engine.reply(line, session)[1]
    return session


def explain(engine: Engine, text: str, session: Session, out: TextIO) -> None:
    p = engine.parse(text)
    u = engine.understand(text, session)
    write = out.write
    write(f"message:  {text!r}\n")
    write(f"tokens:   {' '.join(p.tokens)}\n")
    if list(p.tokens) != list(p.raw):
        write(f"as typed: {' '.join(p.raw)}\n")
    write("roles:\n")
    for m in p.mentions:
        write(f"  words {m.start}-{m.end} {m.words!r} -> {', '.join(m.roles)}{' (ambiguous)' if m.ambiguous else ''}\n")
    for m in p.own:
        write(f"  words {m.start}-{m.end} {m.words!r} -> {', '.join(m.roles)} (the person's own job: left out)\n")
    if p.unknown_role:
        write(f"  unknown occupation: {p.unknown_role!r}\n")
    if not (p.mentions or p.own or p.unknown_role):
        write("  none named\n")
    write("intent scores (the question's sentence counts twice):\n")
    for name, score in sorted(p.scores.items(), key=lambda kv: -kv[1]):
        fired = ", ".join(f"{what} {weight:+g}" for intent, what, weight in p.fired if intent == name)
        write(f"  {name:<17} {score:5.1f}  {fired}\n")
    if not p.scores:
        write("  none\n")
    if session != Session():
        write(f"context:  focus={list(session.focus)} recent={list(session.recent)} last={session.last_intent}"
              f"{' pending=' + str(list(session.pending.candidates)) if session.pending else ''}\n")
    write(f"decided by rule: {u.rule}\n")
    write(f"understood: intent={u.intent} roles={list(u.roles)} aspect={u.aspect} candidates={list(u.candidates)}"
          f"{' unknown_role=' + repr(u.unknown_role) if u.unknown_role else ''}"
          f"{' needs_role' if u.needs_role else ''}\n")
