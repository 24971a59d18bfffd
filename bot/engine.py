"""The core: ``Engine.reply(text, session) -> (Reply, Session)``. Pure: no I/O after load."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from .answers.compose import Composer
from .understanding.intents import IntentSet, load_intents
from .knowledge.load import load_knowledge
from .knowledge.profiles import KnowledgeBase
from .answers.reply import Reply
from .understanding.session import Pending, Session
from .understanding.understand import Understander, Understanding, clip

if TYPE_CHECKING:
    from .knowledge.recommend import Recommender, Suggestion

MAX_INPUT_CHARS = 10_000  # what a front end may pass in; Telegram's own limit is 4,096


class Engine:
    """Everything built once from the knowledge base and intents; safe to share between chats."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet) -> None:
        self.kb = kb
        self.intents = intents
        self.understander = Understander(kb, intents)
        self._recommender: Recommender | None = None
        self.composer = Composer(kb, self.understander.index, lambda role_id: self.recommender.similar_to(role_id))

    @property
    def recommender(self) -> Recommender:
        """Built on first use: most conversations never ask for a recommendation."""
        if self._recommender is None:
            from .knowledge.recommend import Recommender
            self._recommender = Recommender(self.kb)
        return self._recommender

    @classmethod
    def load(cls, knowledge_dir: str | os.PathLike[str] | None = None,
             intents_dir: str | os.PathLike[str] | None = None) -> Engine:
        """Load and validate both data sets; raises DataError with every problem found."""
        return cls(load_knowledge(knowledge_dir), load_intents(intents_dir))

    def understand(self, text: str, session: Session | None = None) -> Understanding:
        return self.understander.understand(text[:MAX_INPUT_CHARS], session or Session())

    def reply(self, text: str, session: Session | None = None) -> tuple[Reply, Session]:
        """Answer one message in the context of ``session``; return the reply and the new context."""
        session = session or Session()
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        understanding = self.understand(text, session)
        suggestions: tuple[Suggestion, ...] = ()
        if understanding.intent == "recommend":
            suggestions = self.recommender.rank(clip(text))
            understanding = replace(understanding, roles=tuple(s.role_id for s in suggestions[:5]))
        reply = self.composer.compose(understanding, suggestions)
        return reply, self._next_session(session, understanding)

    def _next_session(self, session: Session, u: Understanding) -> Session:
        if u.candidates:
            pending = Pending(u.intent, u.candidates, u.aspect, u.known, u.slot)
            return replace(session, pending=pending, offered=u.candidates, last_intent=u.intent)
        if u.intent == "recommend":
            return replace(session, pending=None, offered=u.roles[:3], last_intent=u.intent)
        if u.intent == "similar" and len(u.roles) == 1:  # 'number 2' then picks from the list shown
            offered = tuple(self.composer.similar_ids(u.roles[0]))
            return session.remember(u.intent, u.roles, u.aspect, offered=offered)
        if u.roles:
            return session.remember(u.intent, u.roles, u.aspect)
        if u.intent in ("greeting", "thanks", "unknown", "help", "list_roles"):
            return replace(session, pending=None)
        return replace(session, pending=None, last_intent=u.intent)
