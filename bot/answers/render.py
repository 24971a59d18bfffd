"""Turn a structured Reply into plain text (terminal, JSON) or Telegram HTML, split to fit."""
from __future__ import annotations

import html
import re

from ..answers.reply import Block, Item, Reply

TELEGRAM_LIMIT = 4096


def _refs(refs: tuple[int, ...]) -> str:
    return " " + "".join(f"[{n}]" for n in dict.fromkeys(refs)) if refs else ""


def _item_text(item: Item) -> str:
    label = f"{item.label}: " if item.label else ""
    return f"{label}{item.text}{_refs(item.refs)}"


SOURCE_JOIN = " · "   # the sources of an answer on one line: "Sources: [1] … · [2] …"


def to_text(reply: Reply, with_actions: bool = True) -> str:
    """Plain text for the terminal and for the contract's ``text`` field."""
    parts: list[str] = []
    for block in reply.blocks:
        if block.kind == "list":
            lines = [f"{block.text}:"] if block.text else []
            lines += [f"  • {_item_text(item)}" for item in block.items]
            parts.append("\n".join(lines))
        else:
            parts.append(block.text + _refs(block.refs))
    if reply.sources:
        parts.append("Sources: " + SOURCE_JOIN.join(f"[{i}] {title}" for i, title in enumerate(reply.sources, 1)))
    if with_actions and reply.actions and reply.intent not in ("greeting", "help", "unknown"):
        labels = [a.label for a in reply.actions if a.intent != "example"]
        if labels:
            parts.append("Next: " + " · ".join(labels))
    return "\n\n".join(p for p in parts if p.strip()) or "…"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _html_item(item: Item) -> str:
    label = f"<b>{_esc(item.label)}</b>: " if item.label else ""
    return f"{label}{_esc(item.text)}{_esc(_refs(item.refs))}"


def _html_block(block: Block) -> str:
    if block.kind == "title":
        return f"<b>{_esc(block.text)}</b>"
    if block.kind == "note":
        return f"<i>{_esc(block.text)}</i>"
    if block.kind == "list":
        lines = [f"<b>{_esc(block.text)}</b>"] if block.text else []
        lines += [f"• {_html_item(item)}" for item in block.items]
        return "\n".join(lines)
    return _esc(block.text) + _esc(_refs(block.refs))


def to_html(reply: Reply) -> str:
    """Telegram HTML: only <b> and <i>, every piece of text escaped."""
    parts = [_html_block(b) for b in reply.blocks]
    if reply.sources:
        parts.append("<i>Sources:</i> " + SOURCE_JOIN.join(f"[{i}] {_esc(t)}" for i, t in enumerate(reply.sources, 1)))
    return "\n\n".join(p for p in parts if p.strip()) or "…"


_TAG = re.compile(r"</?[bi]>")


def _cut_line(line: str, limit: int) -> list[str]:
    """A single line longer than a message: drop its formatting and cut the text, never inside an entity."""
    plain = html.unescape(_TAG.sub("", line))
    out, piece = [], ""
    for char in plain:
        escaped = _esc(char)
        if len(piece) + len(escaped) > limit:
            out.append(piece)
            piece = ""
        piece += escaped
    if piece:
        out.append(piece)
    return out


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split on paragraph boundaries, then lines; every part fits ``limit`` and keeps its tags balanced.

    Nothing is lost but the paragraph or line break where one part ends and the next begins, and
    blank stretches that would make a blank part of their own (a blank message cannot be sent).
    A single line longer than ``limit`` is cut anywhere, never inside an entity, and loses its tags.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[tuple[str, str]] = []  # (the break before it, the piece)
    for paragraph in text.split("\n\n"):
        if len(paragraph) <= limit:
            pieces.append(("\n\n", paragraph))
            continue
        for n, line in enumerate(paragraph.split("\n")):
            cuts = [line] if len(line) <= limit else _cut_line(line, limit)
            pieces += [("" if k else "\n\n" if n == 0 else "\n", cut) for k, cut in enumerate(cuts)]
    parts: list[str] = []
    current: str | None = None
    for joiner, piece in pieces:
        if current is not None and len(current) + len(joiner) + len(piece) <= limit:
            current += joiner + piece
            continue
        if current is not None and current.strip():
            parts.append(current)
        current = piece
    if current is not None and current.strip():
        parts.append(current)
    return parts
