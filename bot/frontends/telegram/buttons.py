"""Buttons: next steps as callback data of at most 64 bytes, checked when pressed."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ...answers.compose import ASPECT_PHRASES, aspect_message
from ...answers.reply import Action, Reply
from ...knowledge.profiles import GROUPS
from ...understanding.session import Session
from .config import CALLBACK_LIMIT


# --- buttons: callback data of at most 64 bytes, checked on the way back ---------------------------

@dataclass(frozen=True)
class Button:
    """What a pressed button asks.

    kind "ask": ``intent`` (an aspect) of one role; "compare": two roles, optionally on ``aspect``;
    "pick": a candidate chosen in a clarification (``intent`` is the question waiting for it);
    "question": ``text`` to send as typed (the greeting's examples).
    """

    kind: str
    intent: str = ""
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    text: str = ""


class Buttons:
    """Encodes next steps compactly (a 6-hex-digit code per role) and validates pressed buttons."""

    KINDS = {"a": "ask", "c": "compare", "p": "pick", "q": "question"}

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.code_of: dict[str, str] = {}
        self.role_of: dict[str, str] = {}
        for role_id in sorted(engine.kb.roles):
            digest = hashlib.sha1(role_id.encode()).hexdigest()
            size = 6
            while digest[:size] in self.role_of:  # never in practice; stay unique anyway
                size += 1
            self.code_of[role_id] = digest[:size]
            self.role_of[digest[:size]] = role_id

    def name(self, role_id: str) -> str:
        return self.engine.kb.role(role_id).name

    # encoding ----------------------------------------------------------------------------------

    def from_action(self, action: Action, reply: Reply) -> Button | None:
        """The button for one of the reply's next steps, or None when it cannot be offered."""
        roles = tuple(action.roles)
        if any(r not in self.code_of for r in roles):
            return None
        if action.intent == "example":
            return Button("question", text=action.message or action.label)
        if action.intent == "compare" and len(roles) == 1:
            return Button("pick", "compare", roles)
        if action.intent == "compare" and len(roles) == 2:
            aspect = self.engine.understand(action.message).aspect if action.message else None
            return Button("compare", "compare", roles, aspect if aspect in ASPECT_PHRASES else None)
        if action.intent in ASPECT_PHRASES and len(roles) == 1:
            kind = "pick" if roles[0] in reply.candidates else "ask"
            return Button(kind, action.intent, roles)
        return None

    def encode(self, button: Button) -> str | None:
        codes = [self.code_of[r] for r in button.roles]
        if button.kind == "ask":
            data = f"a:{button.intent}:{codes[0]}"
        elif button.kind == "pick":
            data = f"p:{button.intent}:{codes[0]}"
        elif button.kind == "compare":
            data = f"c:{button.aspect or ''}:{codes[0]}:{codes[1]}"
        else:
            data = f"q:{button.text}"
        return data if len(data.encode()) <= CALLBACK_LIMIT else None

    # decoding ----------------------------------------------------------------------------------

    def decode(self, data: str | None) -> Button | None:
        """The button ``data`` encodes, or None when it is malformed, forged or refers to unknown roles."""
        if not data or len(data.encode()) > CALLBACK_LIMIT or ":" not in data:
            return None
        kind = self.KINDS.get(data.split(":", 1)[0])
        if kind == "question":
            text = data[2:].strip()
            return Button("question", text=text) if text and text.isprintable() else None
        fields = data.split(":")[1:]
        if kind in ("ask", "pick") and len(fields) == 2:
            intent, code = fields
            role = self.role_of.get(code)
            allowed = set(ASPECT_PHRASES) | ({"compare"} if kind == "pick" else set())
            return Button(kind, intent, (role,)) if role and intent in allowed else None
        if kind == "compare" and len(fields) == 3:
            aspect, *codes = fields
            roles = tuple(self.role_of.get(c) for c in codes)
            if all(roles) and roles[0] != roles[1] and (not aspect or aspect in ASPECT_PHRASES):
                return Button("compare", "compare", roles, aspect or None)  # type: ignore[arg-type]
        return None

    def message(self, button: Button, session: Session) -> str:
        """What typing the button's question looks like, in the chat's current context."""
        if button.kind == "question":
            return button.text
        names = [self.name(r) for r in button.roles]
        if button.kind == "compare":
            aspect = f" {button.aspect.replace('_', ' ')}" if button.aspect else ""
            return f"compare {names[0]} and {names[1]}{aspect}"
        pending = session.pending
        if (button.kind == "pick" and pending and pending.intent == button.intent
                and button.roles[0] in pending.candidates):
            return str(pending.candidates.index(button.roles[0]) + 1)  # the clarification keeps its context
        if button.intent == "compare":
            return f"compare {names[0]}"
        return aspect_message(button.intent, names[0])

    # keyboards ---------------------------------------------------------------------------------

    def rows(self, reply: Reply) -> list[list[tuple[str, str]]]:
        """Rows of (label, callback data) to show under ``reply``."""
        if reply.intent == "list_roles" and not reply.roles:
            return self.role_rows()
        buttons = []
        for action in reply.actions:
            button = self.from_action(action, reply)
            data = self.encode(button) if button else None
            if data:
                buttons.append((action.label, data))
        return _pack(buttons)

    def role_rows(self) -> list[list[tuple[str, str]]]:
        """Every role as a button (asking for its overview), grouped, two to a row."""
        rows: list[list[tuple[str, str]]] = []
        for group in GROUPS:
            roles = sorted((r for r in self.engine.kb.roles.values() if r.group == group), key=lambda r: r.name)
            buttons = [(r.name, f"a:overview:{self.code_of[r.id]}") for r in roles]
            rows += [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
        return rows


def _pack(buttons: list[tuple[str, str]], short: int = 14, per_row: int = 4) -> list[list[tuple[str, str]]]:
    """Short labels share a row (up to ``per_row``); a long label gets a row of its own."""
    rows: list[list[tuple[str, str]]] = []
    row: list[tuple[str, str]] = []
    for label, data in buttons:
        if len(label) > short:
            if row:
                rows.append(row)
                row = []
            rows.append([(label, data)])
            continue
        row.append((label, data))
        if len(row) == per_row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


