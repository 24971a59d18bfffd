"""Buttons: next steps as callback data of at most 64 bytes, checked when pressed.

A pressed button is already understood: it becomes an ``Understanding`` (intent, roles, aspect) for
``Engine.answer``, never an English sentence to parse again; only the greeting's example questions are
sent as typed text.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ...engine import Engine
from ...answers.charts import MAX_ROWS, pay_chart
from ...answers.compose import ASPECT_PHRASES, aspect_message
from ...answers.occupation import code_of, is_onet, onet_id
from ...answers.reply import Action, Reply
from ...knowledge.profiles import GROUPS
from ...understanding.dialogue import Understanding
from ...understanding.session import Session
from .config import CALLBACK_LIMIT

ONET_CODE = re.compile(r"o[0-9]{8}")            # "o" and the 8 digits of an O*NET-SOC code: o47215200
CHART_ROLES = MAX_ROWS                          # roles a chart button asks for: as many as a chart shows
CHART_LABEL = "📊 Chart"


# --- buttons: callback data of at most 64 bytes, checked on the way back ---------------------------

@dataclass(frozen=True)
class Button:
    """What a pressed button asks.

    kind "ask": ``intent`` (an aspect) of one role; "compare": two roles, optionally on ``aspect``;
    "pick": a candidate chosen in a clarification (``intent`` is the question waiting for it);
    "question": ``text`` to send as typed (the greeting's examples); "chart": the pay chart of ``roles``.
    """

    kind: str
    intent: str = ""
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    text: str = ""


class Buttons:
    """Encodes next steps compactly and validates pressed buttons.

    A curated role is a 6-hex-digit code (a hash of its id); an O*NET occupation is "o" and the 8 digits
    of its code ("onet:47-2152.00" -> "o47215200"), valid only when the official data has it.
    """

    KINDS = {"a": "ask", "c": "compare", "p": "pick", "q": "question", "g": "chart"}

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        official = getattr(engine, "official", None)
        self.official_names = official.names if official is not None else {}
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
        if is_onet(role_id):
            return self.official_names[code_of(role_id)]
        return self.engine.kb.role(role_id).name

    def code(self, role_id: str) -> str | None:
        """The compact code of a curated role or an O*NET occupation; None for anything else."""
        if is_onet(role_id):
            code = code_of(role_id)
            digits = code.replace("-", "").replace(".", "")
            if code in self.official_names and ONET_CODE.fullmatch("o" + digits):
                return "o" + digits
            return None
        return self.code_of.get(role_id)

    def role(self, code: str) -> str | None:
        """The role a code stands for, or None when it is malformed or unknown."""
        if ONET_CODE.fullmatch(code):
            onet = f"{code[1:3]}-{code[3:7]}.{code[7:9]}"
            return onet_id(onet) if onet in self.official_names else None
        return self.role_of.get(code)

    # encoding ----------------------------------------------------------------------------------

    def from_action(self, action: Action, reply: Reply) -> Button | None:
        """The button for one of the reply's next steps, or None when it cannot be offered."""
        roles = tuple(action.roles)
        if any(self.code(r) is None for r in roles):
            return None
        if action.intent == "example":
            return Button("question", text=action.message or action.label)
        if action.intent == "compare" and len(roles) == 1:
            return Button("pick", "compare", roles)
        if action.intent == "compare" and len(roles) == 2:
            aspect = action.aspect
            return Button("compare", "compare", roles, aspect if aspect in ASPECT_PHRASES else None)
        if action.intent in ASPECT_PHRASES and len(roles) == 1:
            kind = "pick" if roles[0] in reply.candidates else "ask"
            return Button(kind, action.intent, roles)
        return None

    def encode(self, button: Button) -> str | None:
        codes = [self.code(r) for r in button.roles]
        if None in codes:
            return None
        if button.kind == "ask":
            data = f"a:{button.intent}:{codes[0]}"
        elif button.kind == "pick":
            data = f"p:{button.intent}:{codes[0]}"
        elif button.kind == "compare":
            data = f"c:{button.aspect or ''}:{codes[0]}:{codes[1]}"
        elif button.kind == "chart":
            data = "g:" + ":".join(codes)  # type: ignore[arg-type]
        else:
            data = f"q:{button.text}"
        return data if len(data.encode()) <= CALLBACK_LIMIT else None

    def chart_button(self, reply: Reply) -> str | None:
        """Callback data for the pay chart of the reply's roles, when it has no chart of its own and some of
        them have official pay figures: as many of the first ``CHART_ROLES`` as fit in 64 bytes."""
        if reply.chart is not None or not reply.roles:
            return None
        codes = [c for c in (self.code(r) for r in dict.fromkeys(reply.roles)) if c is not None][:CHART_ROLES]
        while codes and len(("g:" + ":".join(codes)).encode()) > CALLBACK_LIMIT:
            codes.pop()
        roles = [r for r in (self.role(c) for c in codes) if r]
        if not roles or pay_chart(roles, self.engine.kb, getattr(self.engine, "official", None)) is None:
            return None
        return "g:" + ":".join(codes)

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
            role = self.role(code)
            allowed = set(ASPECT_PHRASES) | ({"compare"} if kind == "pick" else set())
            return Button(kind, intent, (role,)) if role and intent in allowed else None
        if kind == "compare" and len(fields) == 3:
            aspect, *codes = fields
            roles = tuple(self.role(c) for c in codes)
            if all(roles) and roles[0] != roles[1] and (not aspect or aspect in ASPECT_PHRASES):
                return Button("compare", "compare", roles, aspect or None)  # type: ignore[arg-type]
        if kind == "chart" and 1 <= len(fields) <= CHART_ROLES:
            roles = tuple(self.role(c) for c in fields)
            if all(roles) and len(set(roles)) == len(roles):
                return Button("chart", "pay", roles)  # type: ignore[arg-type]
        return None

    def understanding(self, button: Button, session: Session) -> Understanding | None:
        """What a pressed button asks, already understood, in the chat's current context.

        None when it is to be sent as typed text (``message``): an example question, or a comparison's
        candidate chosen after the clarification is no longer pending ("compare X" with the role in focus).
        """
        if button.kind == "ask":
            return Understanding(button.intent, button.roles)
        if button.kind == "compare":
            return Understanding("compare", button.roles, button.aspect)
        if button.kind == "pick":
            pending = session.pending
            if pending and pending.intent == button.intent and button.roles[0] in pending.candidates:
                return Understanding(pending.intent, pending.answer(button.roles[0]), pending.aspect)
            if button.intent != "compare":
                return Understanding(button.intent, button.roles)
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
        chart = self.chart_button(reply)
        if chart:
            buttons.append((CHART_LABEL, chart))
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


