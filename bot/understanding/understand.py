"""From a message and the conversation so far to what the person asks: parse, then the dialogue rules."""
from __future__ import annotations

from ..knowledge.official import OfficialData
from ..knowledge.profiles import KnowledgeBase
from .dialogue import Dialogue, Understanding
from .intents import IntentSet
from .parse import MAX_MATCH_CHARS, Parse, Parser, clip
from .session import Session

__all__ = ["MAX_MATCH_CHARS", "Understander", "Understanding", "clip"]


class Understander:
    """A context-free parser and the dialogue rules over it, built once and shared by every chat."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet, official: OfficialData | None = None) -> None:
        self.parser = Parser(kb, intents, official)
        self.index = self.parser.index
        self.dialogue = Dialogue(intents, self.index)

    def parse(self, text: str) -> Parse:
        return self.parser.parse(text)

    def understand(self, text: str, session: Session) -> Understanding:
        return self.dialogue.decide(self.parser.parse(text), session)
