"""The answer as structure: front ends turn it into plain text or Telegram HTML."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Item:
    """One line of a list: optional bold label, text, and source numbers."""

    text: str
    label: str | None = None
    refs: tuple[int, ...] = ()


MOVES = "moves:"       # the key of a list of moves from their own job: it says what carries over itself
CARRIED = "carried:"   # the key prefix of 'From your job (...)': what carries over, said once a conversation
DIRECT = "direct"   # the key of the first line that answers the question actually asked (bot/answers/direct.py)
VERDICT = "verdict"  # the key of a comparison's verdict on the aspect asked ('which pays more'): a second question
# answered beside it ('and which is quickest to get into') follows it


@dataclass(frozen=True)
class Block:
    """title: the answer's heading; text: a paragraph; list: a heading with items; note: a remark."""

    kind: str
    text: str = ""
    items: tuple[Item, ...] = ()
    refs: tuple[int, ...] = ()
    key: str = ""   # boilerplate said once per conversation ("figure-labels"), "lead" (the official lead) or DIRECT


@dataclass(frozen=True)
class Action:
    """A next step a front end may offer as a button; ``message`` is what typing it looks like."""

    label: str
    intent: str
    roles: tuple[str, ...] = ()
    message: str = ""
    aspect: str | None = None   # a comparison's topic ('salary'), so front ends need not parse ``message``


@dataclass(frozen=True)
class ChartSpec:
    """A chart that goes with an answer: ``kind`` pay | growth | education, of ``roles`` (bot/answers/charts.py)."""

    kind: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    intent: str
    roles: tuple[str, ...]
    aspect: str | None
    candidates: tuple[str, ...]
    blocks: tuple[Block, ...]
    sources: tuple[str, ...] = ()      # numbered from 1 in the order given
    actions: tuple[Action, ...] = ()
    unknown_role: str | None = None
    offered: tuple[str, ...] = ()      # roles the answer numbered for the person to pick from ('2')
    chart: ChartSpec | None = None     # draw with bot.answers.charts.chart_png
    said: tuple[str, ...] = ()         # keys of the once-per-conversation notes this answer says

    def to_json(self, text: str) -> dict[str, Any]:
        """The contract's object (../shared/contract.md) plus a few extra keys."""
        out: dict[str, Any] = {
            "intent": self.intent,
            "roles": list(self.roles),
            "aspect": self.aspect,
            "candidates": list(self.candidates),
            "text": text,
        }
        if self.unknown_role:
            out["unknown_role"] = self.unknown_role
        if self.sources:
            out["sources"] = list(self.sources)
        out["chart"] = self.chart is not None
        return out
